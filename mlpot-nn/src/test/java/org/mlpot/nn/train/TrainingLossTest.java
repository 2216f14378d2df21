package org.mlpot.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Structure;
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
    void gradientMatchesFiniteDifferencesForTwoElementsWithTheirOwnNetworks() {
        List<Element> elements = List.of(Element.O, Element.Si);
        SymmetryFunctions descriptor = new SymmetryFunctionGenerator(elements, 4.0, CutoffShape.of(CutoffType.COS))
                .standardSet(3, 3);
        Random random = new Random(21);
        List<Frame> frames = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            Structure s = Crystals.diamond(Element.Si, 5.4);
            double[] p = s.positions();
            for (int k = 0; k < p.length; k++) {
                p[k] += 0.2 * (2 * random.nextDouble() - 1);
            }
            List<Element> species = new ArrayList<>(s.speciesList());
            species.set(m, Element.O);
            species.set(m + 3, Element.O);
            double[] forces = new double[p.length];
            for (int k = 0; k < forces.length; k++) {
                forces[k] = random.nextGaussian();
            }
            frames.add(Frame.of(Structure.of(species, p, s.cell()), Labels.of(-30 + random.nextGaussian(), forces)));
        }
        FittingSet set = TrainingFixtures.fittingSet(Dataset.of("O-Si", frames), descriptor, ScalingType.SCALE_CENTER);
        NetworkLayout layout = new NetworkLayout(
                new int[][] {{descriptor.size(Element.O), 4, 1}, {descriptor.size(Element.Si), 5, 3, 1}},
                new Activation[][] {{Activation.SHIFTED_SOFTPLUS, Activation.LINEAR},
                    {Activation.TANH, Activation.TANH, Activation.LINEAR}});
        TrainingLoss loss = new TrainingLoss(layout, set.scaling(), 0.7, new double[] {-5.0, -3.0},
                new LossWeights(1.0, 0.5, 0), null);
        int[] members = {0, 1, 2};
        double[] p = randomParameters(layout, 8);
        double[] gradient = new double[p.length];
        loss.evaluate(p, set, members, gradient);
        double largest = 0;
        for (double g : gradient) {
            largest = Math.max(largest, Math.abs(g));
        }
        double h = 1e-6;
        for (int q = 0; q < p.length; q++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[q] += h;
            minus[q] -= h;
            double expected = (loss.evaluate(plus, set, members, null).loss()
                    - loss.evaluate(minus, set, members, null).loss()) / (2 * h);
            assertEquals(expected, gradient[q], 1e-6 * largest, "parameter " + q + (q < layout.offset(1) ? " (O)" : " (Si)"));
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
