package org.mlpot.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kernel gradients and mixed second derivatives against central finite differences, and the kernels' defining properties. */
class KernelGradientTest {
    /** Allowed difference between analytic and finite-difference gradients, eV² per feature unit. */
    private static final double GRADIENT_TOLERANCE = 1e-8;
    /** Allowed difference between analytic and finite-difference mixed second derivatives, eV² per feature unit². */
    private static final double SECOND_DERIVATIVE_TOLERANCE = 1e-7;

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of(new DotProductKernel(4, 1.3)),
                Arguments.of(new DotProductKernel(2.5, 0.7)),
                Arguments.of(new DotProductKernel(1, 2.0)),
                Arguments.of(new DotProductKernel(2, 0.9)),
                Arguments.of(new DotProductKernel(1.5, 1.2)),
                Arguments.of(new DotProductKernel(0.5, 0.6)),
                Arguments.of(new SquaredExponentialKernel(0.8, 1.1)),
                Arguments.of(new SquaredExponentialKernel(3.0, 0.2)));
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gradientMatchesFiniteDifferences(Kernel kernel) {
        Random random = new Random(17);
        double h = 1e-6;
        for (int trial = 0; trial < 5; trial++) {
            int n = 1 + random.nextInt(7);
            double[] q = new double[n];
            double[] p = new double[n];
            for (int g = 0; g < n; g++) {
                q[g] = 0.1 + random.nextDouble(); // positive, so non-integer ζ is defined
                p[g] = 0.1 + random.nextDouble();
            }
            double[] gradient = new double[n];
            double k = kernel.valueAndGradient(q, p, gradient);
            assertEquals(kernel.value(q, p), k, 1e-15 * Math.abs(k) + 1e-300);
            for (int g = 0; g < n; g++) {
                double[] plus = q.clone();
                double[] minus = q.clone();
                plus[g] += h;
                minus[g] -= h;
                double expected = (kernel.value(plus, p) - kernel.value(minus, p)) / (2 * h);
                assertEquals(expected, gradient[g], GRADIENT_TOLERANCE, kernel + " feature " + g + " of " + n);
            }
        }
    }

    /**
     * {@code uᵀ(∂²k/∂q∂q′ᵀ)v} against the central difference of {@code u·∇k(q, q′ ± h v)} in q′, for
     * random vectors (positive where ζ is not an integer, of either sign otherwise) and random
     * directions; at least one value per kernel is far larger than the tolerance, so a wrong sign fails.
     */
    @ParameterizedTest
    @MethodSource("kernels")
    void mixedSecondDerivativeMatchesFiniteDifferencesOfTheGradient(Kernel kernel) {
        boolean signed = !(kernel instanceof DotProductKernel dot) || dot.zeta() == Math.rint(dot.zeta());
        Random random = new Random(29);
        double h = 1e-5;
        double largest = 0;
        for (int trial = 0; trial < 8; trial++) {
            int n = 1 + random.nextInt(9);
            double[] q = new double[n];
            double[] p = new double[n];
            double[] u = new double[n + 2]; // longer than q: only the first n entries count
            double[] v = new double[n];
            for (int g = 0; g < n; g++) {
                q[g] = signed ? random.nextGaussian() : 0.1 + random.nextDouble();
                p[g] = signed ? random.nextGaussian() : 0.1 + random.nextDouble();
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
            kernel.valueAndGradient(q, plus, gradientPlus);
            kernel.valueAndGradient(q, minus, gradientMinus);
            double expected = 0;
            for (int g = 0; g < n; g++) {
                expected += u[g] * (gradientPlus[g] - gradientMinus[g]) / (2 * h);
            }
            double actual = kernel.mixedSecondDerivative(q, p, u, v);
            assertEquals(expected, actual, SECOND_DERIVATIVE_TOLERANCE * (1 + Math.abs(expected)), kernel + " trial " + trial);
            assertEquals(actual, kernel.mixedSecondDerivative(p, q, v, u), 1e-12 * (1 + Math.abs(actual)),
                    kernel + " is symmetric, trial " + trial);
            largest = Math.max(largest, Math.abs(expected));
        }
        assertTrue(largest > 1e3 * SECOND_DERIVATIVE_TOLERANCE, kernel + ": the values are large enough to catch a sign " + largest);
    }

    @Test
    void mixedSecondDerivativeAtOrthogonalVectorsForZetaOne() {
        // ζ = 1: k = δ² q̂·q̂′, so uᵀHv = δ² (u·v − (u·q̂′)(v·q̂′) − (u·q̂)(v·q̂))/(|q||q′|) at c = 0
        Kernel kernel = new DotProductKernel(1, 1.5);
        double[] q = {2, 0, 0};
        double[] p = {0, 3, 0};
        double[] u = {0.3, 0.5, -0.7};
        double[] v = {-0.2, 0.4, 0.6};
        double expected = 2.25 * (u[0] * v[0] + u[1] * v[1] + u[2] * v[2] - u[1] * v[1] - u[0] * v[0]) / 6;
        assertEquals(expected, kernel.mixedSecondDerivative(q, p, u, v), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> kernel.mixedSecondDerivative(q, p, new double[2], v));
    }

    @Test
    void dotProductKernelIgnoresTheVectorsLengths() {
        Kernel kernel = new DotProductKernel(3, 1.5);
        double[] q = {0.3, 1.2, 0.4};
        double[] p = {0.9, 0.1, 0.5};
        double[] longer = {3.0, 12.0, 4.0};
        assertEquals(kernel.value(q, p), kernel.value(longer, p), 1e-14);
        assertEquals(1.5 * 1.5, kernel.value(q, longer), 1e-14);
        double[] gradient = new double[3];
        kernel.valueAndGradient(q, longer, gradient);
        for (double g : gradient) {
            assertEquals(0.0, g, 1e-14, "k(q, λq) is at its maximum");
        }
    }

    @Test
    void squaredExponentialKernelHasItsClosedForm() {
        Kernel kernel = new SquaredExponentialKernel(0.5, 2.0);
        assertEquals(4.0 * Math.exp(-1.0 / (2 * 0.25)), kernel.value(new double[] {0, 1}, new double[] {1, 1}), 1e-15);
        assertEquals(4.0, kernel.value(new double[] {0.2, 0.3}, new double[] {0.2, 0.3}), 0.0);
    }

    @Test
    void refusesZeroVectorsAndMismatchedLengths() {
        Kernel kernel = new DotProductKernel(2, 1);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> kernel.value(new double[] {0, 0}, new double[] {1, 0}));
        assertEquals(true, zero.getMessage().contains("zero descriptor"), zero.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SquaredExponentialKernel(1, 1).value(new double[] {0, 0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new DotProductKernel(0, 1));
    }
}
