package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.ExtrapolationWarning;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.potential.CheckedResult;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * {@link NeuralNetworkPotential#evaluateChecked}: a silicon potential whose scaling statistics come
 * from one rattled 64-atom crystal finds that crystal inside its range and a compressed copy outside,
 * and returns the same result as {@link NeuralNetworkPotential#evaluate}.
 */
class NeuralNetworkPotentialExtrapolationTest {
    private static final Set<Property> ALL = EnumSet.of(Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES);

    private final Structure training = rattledSilicon(2, 9);
    private final NeuralNetworkPotential potential = siliconPotentialScaledOn(training);

    @Test
    void theTrainingStructureStaysInsideTheRange() {
        CheckedResult checked = potential.evaluateChecked(training, ALL);
        assertFalse(checked.extrapolates(), checked.extrapolation()::toString);
        assertEquals(0, checked.extrapolation().count());
        assertEquals(64, checked.extrapolation().atoms());
        assertEquals(64L * potential.descriptor().size(Element.Si), checked.extrapolation().values());
        assertSameResult(potential.evaluate(training, ALL), checked.result());
    }

    @Test
    void aCompressedStructureExtrapolates() {
        double c = -0.06; // 6 % shorter along every axis
        Structure compressed = training.strained(new double[][] {{c, 0, 0}, {0, c, 0}, {0, 0, c}});
        CheckedResult checked = potential.evaluateChecked(compressed, ALL);
        assertTrue(checked.extrapolates(), "a compressed crystal should leave the range");
        assertTrue(checked.extrapolation().atomsOutside() > 0);
        for (ExtrapolationWarning w : checked.extrapolation().warnings()) {
            assertEquals(Element.Si, w.element());
            assertTrue(w.value() < w.min() || w.value() > w.max(), w::toString);
        }
        assertSameResult(potential.evaluate(compressed, ALL), checked.result());
    }

    @Test
    void theNd4jPathChecksTheSameWay() {
        double c = -0.06;
        Structure compressed = training.strained(new double[][] {{c, 0, 0}, {0, c, 0}, {0, 0, c}});
        CheckedResult java = potential.withComputePath(ComputePath.JAVA).evaluateChecked(compressed, Set.of());
        CheckedResult nd4j = potential.withComputePath(ComputePath.ND4J).evaluateChecked(compressed, Set.of());
        assertEquals(java.extrapolation(), nd4j.extrapolation());
        assertEquals(java.result().energy(), nd4j.result().energy(), 1e-12 * Math.abs(java.result().energy()), "energy, eV");
    }

    private static void assertSameResult(Result expected, Result actual) {
        assertEquals(expected.energy(), actual.energy(), 0.0, "energy, eV");
        assertArrayEquals(expected.forces(), actual.forces(), 0.0, "forces, eV/Å");
        assertArrayEquals(expected.atomEnergies(), actual.atomEnergies(), 0.0, "atom energies, eV");
        assertArrayEquals(expected.stress().toVoigt(), actual.stress().toVoigt(), 0.0, "stress, eV/Å³");
    }

    /** A 2×2×2 diamond silicon supercell (a = 5.431 Å) rattled by up to 0.1 Å. */
    private static Structure rattledSilicon(int n, long seed) {
        Structure crystal = Crystals.diamond(Element.Si, 5.431).supercell(n, n, n);
        Random random = new Random(seed);
        double[] p = crystal.positions();
        for (int k = 0; k < p.length; k++) {
            p[k] += 0.1 * (2 * random.nextDouble() - 1);
        }
        return crystal.withPositions(p);
    }

    /** Generated symmetry functions at 4 Å, scale-center scaling from {@code training}, a random 8-8 tanh network. */
    private static NeuralNetworkPotential siliconPotentialScaledOn(Structure training) {
        List<Element> elements = List.of(Element.Si);
        SymmetryFunctions descriptor = new SymmetryFunctionGenerator(elements, SyntheticPotentials.CUTOFF,
                CutoffShape.of(CutoffType.COS)).standardSet(4, 2);
        FeatureStatisticsAccumulator statistics = new FeatureStatisticsAccumulator(descriptor);
        statistics.add(new FeatureCalculator(descriptor).compute(training, false));
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SCALE_CENTER, statistics.statistics(), -1.0, 1.0);
        int g = descriptor.size(Element.Si);
        DenseNetwork network = SyntheticPotentials.randomNetwork(new int[] {g, 8, 8, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.LINEAR}, 21);
        return new NeuralNetworkPotential("si-scaled-on-training", descriptor, scaling, List.of(network),
                EnergyNormalization.none(), 1);
    }
}
