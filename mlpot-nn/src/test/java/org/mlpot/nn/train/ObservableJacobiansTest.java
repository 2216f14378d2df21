package org.mlpot.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.nn.Activation;
import org.mlpot.structure.Element;

/** The Kalman filter's observables: values consistent with the loss, gradients equal to finite differences. */
class ObservableJacobiansTest {

    @Test
    void energyAndForceGradientsMatchFiniteDifferences() {
        SymmetryFunctions descriptor = TrainingFixtures.silicon();
        FittingSet set = TrainingFixtures.fittingSet(TrainingFixtures.swFrames(2, 0.15, 4), descriptor, ScalingType.SCALE_CENTER);
        int g = descriptor.size(Element.Si);
        NetworkLayout layout = new NetworkLayout(new int[][] {{g, 6, 4, 1}},
                new Activation[][] {{Activation.TANH, Activation.SHIFTED_SOFTPLUS, Activation.LINEAR}});
        Random random = new Random(2);
        double[] p = new double[layout.parameterCount()];
        for (int q = 0; q < p.length; q++) {
            p[q] = 0.5 * random.nextGaussian();
        }
        ObservableJacobians jacobians = new ObservableJacobians(layout, set.scaling(), 0.9, new double[] {-4.1});
        double[] energyGradient = new double[p.length];
        double[] forceGradient = new double[p.length];
        int component = 7; // atom 2, z
        double energy = jacobians.energyPerAtom(p, set, 1, energyGradient);
        double force = jacobians.forceComponent(p, set, 1, component, forceGradient);
        assertEquals(jacobians.energy(p, set, 1) / set.atoms(1), energy, 1e-12 * Math.abs(energy));
        assertTrue(Math.abs(force) > 1e-6, "a non-trivial force component");

        double h = 1e-6;
        double largestE = largest(energyGradient);
        double largestF = largest(forceGradient);
        for (int q = 0; q < p.length; q++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[q] += h;
            minus[q] -= h;
            double[] scratch = new double[p.length];
            double dE = (jacobians.energyPerAtom(plus, set, 1, scratch) - jacobians.energyPerAtom(minus, set, 1, scratch)) / (2 * h);
            double dF = (jacobians.forceComponent(plus, set, 1, component, scratch)
                    - jacobians.forceComponent(minus, set, 1, component, scratch)) / (2 * h);
            assertEquals(dE, energyGradient[q], 1e-6 * largestE, "energy, parameter " + q);
            assertEquals(dF, forceGradient[q], 1e-6 * largestF, "force, parameter " + q);
        }
    }

    @Test
    void forceComponentsOfAPeriodicCellSumToZero() {
        SymmetryFunctions descriptor = TrainingFixtures.silicon();
        FittingSet set = TrainingFixtures.fittingSet(TrainingFixtures.swFrames(1, 0.15, 6), descriptor, ScalingType.SCALE_CENTER);
        NetworkLayout layout = new NetworkLayout(new int[][] {{descriptor.size(Element.Si), 5, 1}},
                new Activation[][] {{Activation.TANH, Activation.LINEAR}});
        double[] p = WeightInitializer.initialize(layout, org.mlpot.spec.NetworkSpec.Initialization.GLOROT, 3);
        ObservableJacobians jacobians = new ObservableJacobians(layout, set.scaling(), 1.0, new double[] {0});
        double[] forces = new double[24];
        for (int k = 0; k < 24; k++) {
            forces[k] = jacobians.forceComponent(p, set, 0, k, new double[p.length]);
        }
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            double total = 0;
            for (int i = 0; i < 8; i++) {
                total += forces[3 * i + c];
            }
            sum += Math.abs(total);
        }
        assertTrue(sum < 1e-10, "forces of a periodic cell sum to zero, got " + sum);
    }

    private static double largest(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }
}
