package org.mlpot.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.nn.Activation;
import org.mlpot.spec.LossWeights;
import org.mlpot.structure.Element;

/** The loss gradient (energies and forces) against central finite differences, and its independence of threads. */
class TrainingLossTest {

    private static final SymmetryFunctions DESCRIPTOR = TrainingFixtures.silicon();

    private static FittingSet set() {
        return TrainingFixtures.fittingSet(TrainingFixtures.swFrames(5, 0.15, 3), DESCRIPTOR, ScalingType.SCALE_CENTER);
    }

    private static NetworkLayout layout(Activation hidden) {
        int g = DESCRIPTOR.size(Element.Si);
        return new NetworkLayout(new int[][] {{g, 7, 5, 1}},
                new Activation[][] {{hidden, hidden, Activation.LINEAR}});
    }

    private static double[] randomParameters(NetworkLayout layout, long seed) {
        Random random = new Random(seed);
        double[] p = new double[layout.parameterCount()];
        for (int q = 0; q < p.length; q++) {
            p[q] = 0.5 * random.nextGaussian();
        }
        return p;
    }

    @ParameterizedTest
    @CsvSource({"TANH, 1.0, 0.0", "TANH, 0.0, 1.0", "TANH, 1.0, 0.1", "SHIFTED_SOFTPLUS, 0.7, 0.3",
            "LOGISTIC, 1.0, 1.0", "GAUSSIAN, 1.0, 1.0"})
    void gradientMatchesFiniteDifferences(Activation hidden, double energyWeight, double forceWeight) {
        FittingSet set = set();
        NetworkLayout layout = layout(hidden);
        FeatureScaling scaling = scalingOf(set);
        double[] constants = {-4.2};
        int[] members = {0, 1, 2, 3, 4};
        {
            TrainingLoss loss = new TrainingLoss(layout, scaling, 0.8, constants,
                    new LossWeights(energyWeight, forceWeight, 0), null);
            double[] p = randomParameters(layout, 5);
            double[] gradient = new double[p.length];
            loss.evaluate(p, set, members, gradient);
            double largest = 0;
            for (double g : gradient) {
                largest = Math.max(largest, Math.abs(g));
            }
            assertTrue(largest > 0);
            double h = 1e-6;
            for (int q = 0; q < p.length; q++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[q] += h;
                minus[q] -= h;
                double expected = (loss.evaluate(plus, set, members, null).loss()
                        - loss.evaluate(minus, set, members, null).loss()) / (2 * h);
                assertEquals(expected, gradient[q], 1e-6 * largest, "parameter " + q);
            }
        }
    }

    @Test
    void resultIsTheSameBitForBitOnOneAndThreeThreads() {
        FittingSet set = set();
        NetworkLayout layout = layout(Activation.TANH);
        double[] p = randomParameters(layout, 9);
        int[] members = {4, 0, 3, 1, 2};
        double[] one = new double[p.length];
        double[] three = new double[p.length];
        ErrorSums a;
        ErrorSums b;
        {
            TrainingLoss loss = new TrainingLoss(layout, scalingOf(set), 1.0, new double[] {0}, new LossWeights(1, 1, 0), null);
            a = loss.evaluate(p, set, members, one);
        }
        {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(3);
            TrainingLoss loss = new TrainingLoss(layout, scalingOf(set), 1.0, new double[] {0}, new LossWeights(1, 1, 0), pool);
            b = loss.evaluate(p, set, members, three);
            pool.shutdown();
        }
        assertEquals(a, b);
        assertArrayEquals(one, three);
    }

    @Test
    void errorSumsAreTheRmseOfEnergyPerAtomAndForceComponents() {
        FittingSet set = set();
        NetworkLayout layout = layout(Activation.TANH);
        double[] p = new double[layout.parameterCount()]; // all zero: every atom gets exactly the constant
        {
            TrainingLoss loss = new TrainingLoss(layout, scalingOf(set), 1.0, new double[] {-4.0}, new LossWeights(2, 3, 0), null);
            ErrorSums e = loss.evaluate(p, set, new int[] {0, 1}, null);
            double energySquared = 0;
            double forceSquared = 0;
            for (int m = 0; m < 2; m++) {
                double perAtom = (-4.0 * 8 - set.energy(m)) / 8;
                energySquared += perAtom * perAtom;
                for (double f : set.forces(m)) {
                    forceSquared += f * f; // the predicted forces are 0
                }
            }
            assertEquals(energySquared, e.energySquared(), 1e-12 * energySquared);
            assertEquals(forceSquared, e.forceSquared(), 1e-12 * forceSquared);
            assertEquals(48, e.forceComponents());
            assertEquals(2 * energySquared / 2 + 3 * forceSquared / 48, e.loss(), 1e-12 * e.loss());
        }
    }

    private static FeatureScaling scalingOf(FittingSet set) {
        return set.scaling();
    }
}
