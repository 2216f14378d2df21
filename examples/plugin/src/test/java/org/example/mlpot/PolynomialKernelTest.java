package org.example.mlpot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The polynomial kernel's gradient and mixed second derivative against central finite differences. */
class PolynomialKernelTest {
    /** Allowed difference between analytic and finite-difference gradients, eV² per feature unit. */
    private static final double GRADIENT_TOLERANCE = 1e-8;
    /** Allowed difference between analytic and finite-difference mixed second derivatives, eV² per feature unit². */
    private static final double SECOND_DERIVATIVE_TOLERANCE = 1e-6;
    private static final double H = 1e-5;

    static Stream<PolynomialKernel> kernels() {
        return Stream.of(new PolynomialKernel(new PolynomialKernelSpec(1.0, 3, 0.8)),
                new PolynomialKernel(new PolynomialKernelSpec(0.0, 1, 1.3)),
                new PolynomialKernel(new PolynomialKernelSpec(0.0, 2, 0.5)),
                new PolynomialKernel(new PolynomialKernelSpec(2.5, 4, 1.1)));
    }

    private static double[] random(Random random, int n) {
        double[] q = new double[n];
        for (int g = 0; g < n; g++) {
            q[g] = 2 * random.nextDouble() - 1;
        }
        return q;
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void gradientMatchesFiniteDifferences(PolynomialKernel kernel) {
        Random random = new Random(23);
        for (int trial = 0; trial < 5; trial++) {
            int n = 1 + random.nextInt(6);
            double[] q = random(random, n);
            double[] qPrime = random(random, n);
            double[] gradient = new double[n];
            assertEquals(kernel.value(q, qPrime), kernel.valueAndGradient(q, qPrime, gradient), 1e-14);
            for (int g = 0; g < n; g++) {
                double[] plus = q.clone();
                double[] minus = q.clone();
                plus[g] += H;
                minus[g] -= H;
                double fd = (kernel.value(plus, qPrime) - kernel.value(minus, qPrime)) / (2 * H);
                assertEquals(fd, gradient[g], GRADIENT_TOLERANCE, "feature " + g);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void mixedSecondDerivativeMatchesFiniteDifferencesOfTheGradient(PolynomialKernel kernel) {
        Random random = new Random(29);
        for (int trial = 0; trial < 5; trial++) {
            int n = 1 + random.nextInt(6);
            double[] q = random(random, n);
            double[] qPrime = random(random, n);
            double[] u = random(random, n + 2);
            double[] v = random(random, n + 1);
            double[] plus = qPrime.clone();
            double[] minus = qPrime.clone();
            for (int g = 0; g < n; g++) {
                plus[g] += H * v[g];
                minus[g] -= H * v[g];
            }
            double[] gradientPlus = new double[n];
            double[] gradientMinus = new double[n];
            kernel.valueAndGradient(q, plus, gradientPlus);
            kernel.valueAndGradient(q, minus, gradientMinus);
            double fd = 0;
            for (int g = 0; g < n; g++) {
                fd += u[g] * (gradientPlus[g] - gradientMinus[g]) / (2 * H);
            }
            assertEquals(fd, kernel.mixedSecondDerivative(q, qPrime, u, v), SECOND_DERIVATIVE_TOLERANCE);
            assertEquals(kernel.mixedSecondDerivative(q, qPrime, u, v), kernel.mixedSecondDerivative(qPrime, q, v, u), 1e-12);
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void aVectorCorrelatesWithItselfByDeltaSquaredAtAnyLength(PolynomialKernel kernel) {
        double[] q = {0.3, -1.2, 0.7};
        double[] longer = {0.6, -2.4, 1.4};
        assertEquals(kernel.delta() * kernel.delta(), kernel.value(q, longer), 1e-12);
        assertEquals(4 * kernel.value(q, longer), kernel.withDelta(2 * kernel.delta()).value(q, longer), 1e-12);
    }

    @Test
    void zeroVectorsAreRefused() {
        PolynomialKernel kernel = kernels().findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> kernel.value(new double[2], new double[] {1, 0}));
    }
}
