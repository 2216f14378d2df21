package org.mlpot.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.structure.Element;

/** Seeded random networks and a two-element (O, Si) potential built from generated symmetry functions. */
final class SyntheticPotentials {
    static final double CUTOFF = 4.0; // Å

    private SyntheticPotentials() {
    }

    /** A network with Gaussian weights of standard deviation 1/√(fan-in) and biases of 0.1. */
    static DenseNetwork randomNetwork(int[] sizes, Activation[] activations, long seed) {
        Random random = new Random(seed);
        double[][] weights = new double[sizes.length - 1][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 1; l < sizes.length; l++) {
            weights[l - 1] = new double[sizes[l] * sizes[l - 1]];
            biases[l - 1] = new double[sizes[l]];
            for (int k = 0; k < weights[l - 1].length; k++) {
                weights[l - 1][k] = random.nextGaussian() / Math.sqrt(sizes[l - 1]);
            }
            for (int k = 0; k < sizes[l]; k++) {
                biases[l - 1][k] = 0.1 * random.nextGaussian();
            }
        }
        return new DenseNetwork(sizes, activations, weights, biases);
    }

    /**
     * O with tanh networks, Si with softplus networks, 8-8 hidden neurons, scale + center scaling
     * from made-up statistics, mean energy and offsets in Hartree.
     */
    static NeuralNetworkPotential twoElements(int threads) {
        List<Element> elements = List.of(Element.O, Element.Si);
        SymmetryFunctions descriptor = new SymmetryFunctionGenerator(elements, CUTOFF, CutoffShape.of(CutoffType.COS))
                .standardSet(4, 2);
        Random random = new Random(7);
        double[][] min = new double[2][];
        double[][] max = new double[2][];
        double[][] mean = new double[2][];
        double[][] sigma = new double[2][];
        List<DenseNetwork> networks = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            int g = descriptor.size(elements.get(s));
            min[s] = new double[g];
            max[s] = new double[g];
            mean[s] = new double[g];
            sigma[s] = new double[g];
            for (int f = 0; f < g; f++) {
                max[s][f] = 0.5 + 2 * random.nextDouble();
                mean[s][f] = 0.4 * max[s][f];
                sigma[s][f] = 0.3 * max[s][f];
            }
            Activation hidden = s == 0 ? Activation.TANH : Activation.SOFTPLUS;
            networks.add(randomNetwork(new int[] {g, 8, 8, 1}, new Activation[] {hidden, hidden, Activation.LINEAR}, 100 + s));
        }
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SCALE_CENTER,
                FeatureStatistics.of(elements, min, max, mean, sigma), -1.0, 1.0);
        EnergyNormalization normalization = new EnergyNormalization(-0.5, 3.0,
                java.util.Map.of(Element.O, -75.0, Element.Si, -289.0), org.mlpot.units.Units.HARTREE);
        return new NeuralNetworkPotential("synthetic-OSi", descriptor, scaling, networks, normalization, threads);
    }
}
