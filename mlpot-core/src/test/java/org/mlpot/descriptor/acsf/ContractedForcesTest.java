package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mlpot.structure.Element.H;
import static org.mlpot.structure.Element.O;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpot.descriptor.AtomEnergyGradient;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * {@link FeatureCalculator#computeWithForces} against the stored derivatives contracted by
 * {@link StructureFeatures#addForces} and {@link StructureFeatures#addStrainDerivative}, for a
 * per-atom energy whose weights depend on the atom's own features: H and O with element-resolved
 * (sparse) sensitivities, in a small triclinic cell where every atom sees several images of its
 * neighbours and of itself. Forces and strain derivatives agree to 1e-12 eV/Å and eV relative to
 * their largest magnitude; the features exactly.
 */
class ContractedForcesTest {

    /** Weights ∂E_i/∂G_ig = sin(G_ig + g + 0.1·atom), a smooth function of the atom's own features. */
    private static final AtomEnergyGradient ENERGY = (atom, species, features, gradient) -> {
        for (int g = 0; g < features.length && g < gradient.length; g++) {
            gradient[g] = Math.sin(features[g] + g + 0.1 * atom + species);
        }
    };

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void contractedForcesMatchStoredDerivatives(int threads) {
        SymmetryFunctions descriptor = new SymmetryFunctions(List.of(H, O), WideAngularMomentsTest.momentFunctions());
        List<Element> species = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            species.add(i % 3 == 0 ? O : H);
        }
        Structure structure = Samples.triclinic(species, 11, 3.5);
        FeatureCalculator calculator = new FeatureCalculator(descriptor, threads);

        StructureFeatures stored = calculator.compute(structure, true);
        int n = structure.size();
        double[] expectedForces = new double[3 * n];
        double[] expectedStrain = new double[9];
        double[] features = new double[64];
        double[] weights = new double[64];
        for (int i = 0; i < n; i++) {
            stored.copyValues(i, features, 0);
            ENERGY.gradient(i, stored.species(i), java.util.Arrays.copyOf(features, stored.size(i)), weights);
            stored.addForces(i, weights, 0, expectedForces);
            stored.addStrainDerivative(i, weights, 0, expectedStrain);
        }

        double[] forces = new double[3 * n];
        double[] strain = new double[9];
        StructureFeatures values = calculator.computeWithForces(structure,
                (atom, s, raw, gradient) -> ENERGY.gradient(atom, s, java.util.Arrays.copyOf(raw, descriptor.size(
                        descriptor.elements().get(s))), gradient), forces, strain);

        assertFalse(values.hasDerivatives());
        for (int i = 0; i < n; i++) {
            assertArrayEquals(stored.values(i), values.values(i), "features of atom " + i);
        }
        assertClose(expectedForces, forces, "forces");
        assertClose(expectedStrain, strain, "strain derivative");
    }

    /**
     * Forces and strain derivatives are summed in an order that does not depend on the thread count:
     * 160 atoms (5 tasks) and 1 100 atoms (35 tasks in 32 unequal groups) give bit-identical results on
     * 1, 2, 3 and 7 threads.
     */
    @ParameterizedTest
    @ValueSource(ints = {160, 1100})
    void contractedForcesAreTheSameForAnyThreadCount(int atoms) {
        SymmetryFunctions descriptor = new SymmetryFunctions(List.of(H, O), WideAngularMomentsTest.momentFunctions());
        List<Element> species = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            species.add(i % 3 == 0 ? O : H);
        }
        Structure structure = Samples.triclinic(species, 5, 3.5 * Math.cbrt(atoms / 16.0));
        double[] firstForces = null;
        double[] firstStrain = null;
        for (int threads : new int[] {1, 2, 3, 7}) {
            double[] forces = new double[3 * atoms];
            double[] strain = new double[9];
            new FeatureCalculator(descriptor, threads).computeWithForces(structure, ENERGY, forces, strain);
            if (firstForces == null) {
                firstForces = forces;
                firstStrain = strain;
            } else {
                assertArrayEquals(firstForces, forces, 0.0, "forces on " + threads + " threads");
                assertArrayEquals(firstStrain, strain, 0.0, "strain derivative on " + threads + " threads");
            }
        }
    }

    @Test
    void refusesArraysOfTheWrongLength() {
        SymmetryFunctions descriptor = new SymmetryFunctions(List.of(H, O), WideAngularMomentsTest.momentFunctions());
        Structure structure = Samples.triclinic(List.of(H, O, H), 3, 6.0);
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        assertThrows(IllegalArgumentException.class,
                () -> calculator.computeWithForces(structure, ENERGY, new double[8], new double[9]));
        assertThrows(IllegalArgumentException.class,
                () -> calculator.computeWithForces(structure, ENERGY, new double[9], new double[6]));
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        double scale = 0.0;
        for (double x : expected) {
            scale = Math.max(scale, Math.abs(x));
        }
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-12 * scale, what + " " + k);
        }
        assertFalse(scale == 0.0, what + " are all zero");
    }
}
