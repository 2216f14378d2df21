package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Activation values at known points and derivatives against central finite differences. */
class ActivationTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativeMatchesFiniteDifferences(Activation f) {
        double h = 1e-5;
        for (double x = -4.05; x <= 4.0; x += 0.37) {
            double expected = (f.value(x + h) - f.value(x - h)) / (2 * h);
            assertEquals(expected, f.derivative(x), 1e-8 * Math.max(1, Math.abs(expected)), f + " at " + x);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void secondDerivativeMatchesFiniteDifferencesOfTheFirst(Activation f) {
        double h = 1e-5;
        for (double x = -4.05; x <= 4.0; x += 0.37) {
            double expected = (f.derivative(x + h) - f.derivative(x - h)) / (2 * h);
            assertEquals(expected, f.secondDerivative(x), 1e-8 * Math.max(1, Math.abs(expected)), f + " at " + x);
        }
    }

    @Test
    void valuesAtKnownPoints() {
        assertEquals(Math.log(2), Activation.SOFTPLUS.value(0), 1e-15);
        assertEquals(0.0, Activation.SHIFTED_SOFTPLUS.value(0), 1e-15);
        assertEquals(0.5, Activation.LOGISTIC.value(0), 1e-15);
        assertEquals(0.5, Activation.REVERSE_LOGISTIC.value(0), 1e-15);
        assertEquals(Math.exp(-2), Activation.GAUSSIAN.value(2), 1e-15);
        assertEquals(Math.exp(-1.5), Activation.EXP.value(1.5), 1e-15);
        assertEquals(6.25, Activation.SQUARE.value(-2.5), 0.0);
        assertEquals(0.0, Activation.RELU.value(-3), 0.0);
        assertEquals(Math.cos(0.7), Activation.COS.value(0.7), 0.0);
        assertEquals(Math.tanh(0.7), Activation.TANH.value(0.7), 0.0);
    }

    @Test
    void softplusIsLinearAboveAndZeroBelowN2p2sLimit() {
        assertEquals(35.5, Activation.SOFTPLUS.value(35.5), 0.0);
        assertEquals(1.0, Activation.SOFTPLUS.derivative(35.5), 0.0);
        assertEquals(0.0, Activation.SOFTPLUS.value(-35.5), 0.0);
        assertEquals(0.0, Activation.SOFTPLUS.derivative(-35.5), 0.0);
        assertEquals(Math.log(1 + Math.exp(34.9)), Activation.SOFTPLUS.value(34.9), 0.0);
        assertEquals(800.0 - Math.log(2), Activation.SHIFTED_SOFTPLUS.value(800.0), 1e-12);
        assertEquals(0.0, Activation.SHIFTED_SOFTPLUS.derivative(-800.0), 0.0);
    }

    @Test
    void n2p2LettersRoundTrip() {
        String letters = "ltsprgcSeh";
        for (char c : letters.toCharArray()) {
            assertEquals(c, Activation.ofN2p2Letter(c).n2p2Letter());
        }
        assertEquals(Activation.LOGISTIC, Activation.ofN2p2Letter('s'));
        assertEquals(Activation.REVERSE_LOGISTIC, Activation.ofN2p2Letter('S'));
        assertThrows(IllegalArgumentException.class, () -> Activation.ofN2p2Letter('x'));
        assertThrows(IllegalStateException.class, Activation.SHIFTED_SOFTPLUS::n2p2Letter);
    }
}
