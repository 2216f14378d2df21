package org.mlpot.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kernel gradients against central finite differences, and the kernels' defining properties. */
class KernelGradientTest {
    /** Allowed difference between analytic and finite-difference gradients, eV² per feature unit. */
    private static final double GRADIENT_TOLERANCE = 1e-8;

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of(new DotProductKernel(4, 1.3)),
                Arguments.of(new DotProductKernel(2.5, 0.7)),
                Arguments.of(new DotProductKernel(1, 2.0)),
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
