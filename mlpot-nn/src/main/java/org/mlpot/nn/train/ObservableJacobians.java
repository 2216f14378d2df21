package org.mlpot.nn.train;

import java.util.Arrays;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;

/**
 * Single observables of one structure and their gradients with respect to every network
 * parameter, as the Kalman filter needs them: the energy per atom, and one force component. Not
 * thread-safe (it keeps its buffers).
 */
final class ObservableJacobians {
    private final NetworkPass[] passes;
    private final FeatureScaling scaling;
    private final double outputToEv;
    private final double[] constants;
    private final double[] slope;
    private final double[] direction;
    private double[] forces = new double[0];
    private double[] unit = new double[0];

    ObservableJacobians(NetworkLayout layout, FeatureScaling scaling, double outputToEv, double[] constants) {
        this.passes = new NetworkPass[layout.elementCount()];
        int widest = 0;
        for (int s = 0; s < passes.length; s++) {
            passes[s] = new NetworkPass(layout, s);
            widest = Math.max(widest, layout.inputSize(s));
        }
        this.scaling = scaling;
        this.outputToEv = outputToEv;
        this.constants = constants.clone();
        this.slope = new double[widest];
        this.direction = new double[widest];
    }

    /** The energy of an atom of element {@code species} whose network output is 0, eV. */
    double constant(int species) {
        return constants[species];
    }

    /** Structure m's predicted energy, eV. */
    double energy(double[] p, FittingSet set, int m) {
        StructureFeatures features = set.features(m);
        double[] x = set.inputs(m);
        int stride = set.stride();
        double energy = 0;
        for (int i = 0; i < features.atoms(); i++) {
            int s = features.species(i);
            energy += outputToEv * passes[s].valueAndGradient(p, x, i * stride, slope, 0) + constants[s];
        }
        return energy;
    }

    /**
     * Structure m's predicted energy per atom, eV/atom, with its gradient written into {@code jacobian}.
     */
    double energyPerAtom(double[] p, FittingSet set, int m, double[] jacobian) {
        StructureFeatures features = set.features(m);
        double[] x = set.inputs(m);
        int stride = set.stride();
        int n = features.atoms();
        Arrays.fill(jacobian, 0.0);
        Arrays.fill(direction, 0.0);
        double energy = 0;
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            energy += outputToEv * passes[s].valueAndGradient(p, x, i * stride, slope, 0) + constants[s];
            passes[s].accumulate(p, x, i * stride, direction, 0, outputToEv / n, 0.0, jacobian);
        }
        return energy / n;
    }

    /**
     * Structure m's predicted force component k (atom k / 3, direction k % 3), eV/Å, with its
     * gradient written into {@code jacobian}.
     */
    double forceComponent(double[] p, FittingSet set, int m, int k, double[] jacobian) {
        StructureFeatures features = set.features(m);
        double[] x = set.inputs(m);
        int stride = set.stride();
        int n = features.atoms();
        if (forces.length < 3 * n) {
            forces = new double[3 * n];
            unit = new double[3 * n];
        }
        Arrays.fill(forces, 0, 3 * n, 0.0);
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            passes[s].valueAndGradient(p, x, i * stride, slope, 0);
            int size = features.size(i);
            for (int g = 0; g < size; g++) {
                slope[g] *= outputToEv;
            }
            scaling.toRawDerivatives(s, slope, 0);
            features.addForces(i, slope, 0, forces);
        }
        Arrays.fill(jacobian, 0.0);
        unit[k] = 1.0;
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            features.projectPositionDerivatives(i, unit, direction, 0);
            int size = features.size(i);
            boolean touched = false;
            for (int g = 0; g < size && !touched; g++) {
                touched = direction[g] != 0;
            }
            if (touched) {
                scaling.toRawDerivatives(s, direction, 0);
                passes[s].accumulate(p, x, i * stride, direction, 0, 0.0, -outputToEv, jacobian);
            }
        }
        unit[k] = 0.0;
        return forces[k];
    }
}
