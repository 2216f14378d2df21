package org.mlpot.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.ExpRadial;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Element;

/**
 * A sum of kernels is the sum of its terms on their slices, for elements whose parts differ in size;
 * its gradient and mixed second derivative match central finite differences; a new δ keeps the
 * terms' ratios; splits that cannot be told apart by length are refused.
 */
class SumKernelTest {
    /** Allowed difference between analytic and finite-difference gradients, eV² per feature unit. */
    private static final double GRADIENT_TOLERANCE = 1e-8;
    /** Allowed difference between analytic and finite-difference mixed second derivatives, eV² per feature unit². */
    private static final double SECOND_DERIVATIVE_TOLERANCE = 1e-7;

    private static final Kernel RADIAL = new SquaredExponentialKernel(0.8, 1.1);
    private static final Kernel SOAP = new DotProductKernel(3, 0.4);
    /** Element A: 3 + 4 features; element B: 2 + 3. */
    private static final List<int[]> SPLITS = List.of(new int[] {3, 4}, new int[] {2, 3}, new int[] {3, 4});
    private static final SumKernel SUM = new SumKernel(List.of(RADIAL, SOAP), SPLITS);

    private static double[] random(Random random, int n) {
        double[] x = new double[n];
        for (int g = 0; g < n; g++) {
            x[g] = 0.1 + random.nextDouble();
        }
        return x;
    }

    @Test
    void valueIsTheSumOfTheTermsOnTheirSlices() {
        Random random = new Random(3);
        for (int[] split : SPLITS) {
            int n = split[0] + split[1];
            double[] q = random(random, n);
            double[] p = random(random, n);
            double expected = RADIAL.value(Arrays.copyOfRange(q, 0, split[0]), Arrays.copyOfRange(p, 0, split[0]))
                    + SOAP.value(Arrays.copyOfRange(q, split[0], n), Arrays.copyOfRange(p, split[0], n));
            assertEquals(expected, SUM.value(q, p), 1e-15 * expected, "eV², split " + Arrays.toString(split));
            double[] gradient = new double[n + 3];
            assertEquals(expected, SUM.valueAndGradient(q, p, gradient), 1e-15 * expected);
        }
        assertEquals(2, SUM.partSizes().size(), "splits of the same length are kept once");
        assertEquals(Math.sqrt(1.1 * 1.1 + 0.4 * 0.4), SUM.delta(), 1e-15);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Random random = new Random(17);
        double h = 1e-6;
        for (int[] split : SPLITS) {
            int n = split[0] + split[1];
            double[] q = random(random, n);
            double[] p = random(random, n);
            double[] gradient = new double[n];
            SUM.valueAndGradient(q, p, gradient);
            for (int g = 0; g < n; g++) {
                double[] plus = q.clone();
                double[] minus = q.clone();
                plus[g] += h;
                minus[g] -= h;
                double expected = (SUM.value(plus, p) - SUM.value(minus, p)) / (2 * h);
                assertEquals(expected, gradient[g], GRADIENT_TOLERANCE, "feature " + g + " of " + n);
            }
        }
    }

    @Test
    void mixedSecondDerivativeMatchesFiniteDifferencesOfTheGradient() {
        Random random = new Random(29);
        double h = 1e-5;
        double largest = 0;
        for (int trial = 0; trial < 6; trial++) {
            int[] split = SPLITS.get(trial % SPLITS.size());
            int n = split[0] + split[1];
            double[] q = random(random, n);
            double[] p = random(random, n);
            double[] u = new double[n + 2]; // longer than q: only the first n entries count
            double[] v = new double[n];
            for (int g = 0; g < n; g++) {
                u[g] = random.nextGaussian();
                v[g] = random.nextGaussian();
            }
            u[n] = 1e3;
            u[n + 1] = -1e3;
            double[] plus = p.clone();
            double[] minus = p.clone();
            for (int g = 0; g < n; g++) {
                plus[g] += h * v[g];
                minus[g] -= h * v[g];
            }
            double[] gradientPlus = new double[n];
            double[] gradientMinus = new double[n];
            SUM.valueAndGradient(q, plus, gradientPlus);
            SUM.valueAndGradient(q, minus, gradientMinus);
            double expected = 0;
            for (int g = 0; g < n; g++) {
                expected += u[g] * (gradientPlus[g] - gradientMinus[g]) / (2 * h);
            }
            double actual = SUM.mixedSecondDerivative(q, p, u, v);
            assertEquals(expected, actual, SECOND_DERIVATIVE_TOLERANCE * (1 + Math.abs(expected)), "trial " + trial);
            double[] uExact = Arrays.copyOf(u, n);
            double terms = RADIAL.mixedSecondDerivative(Arrays.copyOfRange(q, 0, split[0]), Arrays.copyOfRange(p, 0, split[0]),
                    Arrays.copyOfRange(uExact, 0, split[0]), Arrays.copyOfRange(v, 0, split[0]))
                    + SOAP.mixedSecondDerivative(Arrays.copyOfRange(q, split[0], n), Arrays.copyOfRange(p, split[0], n),
                    Arrays.copyOfRange(uExact, split[0], n), Arrays.copyOfRange(v, split[0], n));
            assertEquals(terms, actual, 1e-14 * (1 + Math.abs(terms)), "the terms' sum, trial " + trial);
            largest = Math.max(largest, Math.abs(expected));
        }
        assertTrue(largest > 1e3 * SECOND_DERIVATIVE_TOLERANCE, "the values are large enough to catch a sign " + largest);
    }

    @Test
    void aNewDeltaKeepsTheRatiosOfTheTerms() {
        SumKernel scaled = SUM.withDelta(3.0);
        assertEquals(3.0, scaled.delta(), 1e-15 * 3.0);
        double factor = 3.0 / SUM.delta();
        for (int d = 0; d < 2; d++) {
            assertEquals(SUM.terms().get(d).delta() * factor, scaled.terms().get(d).delta(), 1e-15, "term " + d);
        }
        assertEquals(RADIAL.delta() / SOAP.delta(), scaled.terms().get(0).delta() / scaled.terms().get(1).delta(), 1e-14);
        Random random = new Random(5);
        double[] q = random(random, 7);
        double[] p = random(random, 7);
        assertEquals(factor * factor * SUM.value(q, p), scaled.value(q, p), 1e-14 * scaled.value(q, p));
        assertArrayEquals(SUM.partSizes().get(1), scaled.partSizes().get(1));
        assertThrows(IllegalArgumentException.class, () -> SUM.withDelta(0));
        assertThrows(IllegalArgumentException.class, () -> SUM.withDelta(Double.NaN));
    }

    @Test
    void aPartWithoutFeaturesAddsNothing() {
        SumKernel sum = new SumKernel(List.of(RADIAL, SOAP), List.of(new int[] {0, 4}));
        double[] q = {0.3, 0.2, 0.9, 0.4};
        double[] p = {0.5, 0.1, 0.7, 0.8};
        assertEquals(SOAP.value(q, p), sum.value(q, p), 1e-15);
    }

    @Test
    void refusesAmbiguousSplitsUnknownLengthsAndBadSizes() {
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
                () -> new SumKernel(List.of(RADIAL, SOAP), List.of(new int[] {3, 4}, new int[] {2, 3}, new int[] {4, 3})));
        assertTrue(ambiguous.getMessage().contains("7 features") && ambiguous.getMessage().contains("[3, 4] and [4, 3]"),
                ambiguous.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SUM.value(new double[6], new double[6]));
        assertTrue(unknown.getMessage().contains("[7, 5]") && unknown.getMessage().contains("of 6 features"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SUM.value(new double[7], new double[5]));
        assertThrows(IllegalArgumentException.class, () -> new SumKernel(List.of(RADIAL), List.of(new int[] {3})));
        assertThrows(IllegalArgumentException.class, () -> new SumKernel(List.of(RADIAL, SOAP), List.of(new int[] {3})));
        assertThrows(IllegalArgumentException.class, () -> new SumKernel(List.of(RADIAL, SOAP), List.of(new int[] {3, -1})));
        assertThrows(IllegalArgumentException.class, () -> new SumKernel(List.of(RADIAL, SOAP), List.of(new int[] {0, 0})));
        assertThrows(IllegalArgumentException.class, () -> new SumKernel(List.of(RADIAL, SOAP), List.of()));
    }

    /** Symmetry functions with {@code counts[s]} radial functions for the s-th element (Si, O). */
    private static Descriptor radial(int... counts) {
        List<Element> elements = List.of(Element.O, Element.Si);
        List<SymmetryFunction> functions = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            for (int k = 0; k < counts[s]; k++) {
                functions.add(new ExpRadial(elements.get(s), Element.Si, 0.1 * (k + 1), 0.0, 4.0, CutoffShape.of(CutoffType.COS)));
            }
        }
        return new SymmetryFunctions(elements, functions);
    }

    @Test
    void overAConcatenatedDescriptorTakesEachElementsPartSizes() {
        Descriptor descriptor = new ConcatenatedDescriptor(List.of(radial(2, 3), radial(4, 2)));
        SumKernel sum = SumKernel.over(List.of(RADIAL, SOAP), descriptor);
        assertArrayEquals(new int[] {2, 4}, sum.partSizes().get(0));
        assertArrayEquals(new int[] {3, 2}, sum.partSizes().get(1));
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class, () -> SumKernel.over(
                List.of(RADIAL, SOAP), new ConcatenatedDescriptor(List.of(radial(2, 3), radial(3, 2)))));
        assertTrue(ambiguous.getMessage().contains("split them differently"), ambiguous.getMessage());
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> SumKernel.over(List.of(RADIAL, SOAP), radial(2, 3)));
        assertTrue(single.getMessage().contains("1 descriptor;"), single.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SumKernel.over(List.of(RADIAL, SOAP, RADIAL), descriptor));
    }
}
