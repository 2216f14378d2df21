package org.mlpot.descriptor.cutoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** n2p2's cutoff, core and compact functions: formulas, limits and derivatives. */
class CutoffFunctionTest {
    private static final double RC = 5.0;

    @ParameterizedTest
    @EnumSource(CutoffType.class)
    void derivativeMatchesFiniteDifferencesAndEvaluateAgrees(CutoffType type) {
        for (double alpha : new double[] {0.0, 0.3}) {
            CutoffFunction f = new CutoffShape(type, alpha).withRadius(RC);
            double[] d = new double[1];
            for (int i = 1; i < 100; i++) {
                double r = RC * i / 100.0 + 0.0123; // off the kinks at r = alpha rc
                double h = 1e-6;
                double fd = (f.value(r + h) - f.value(r - h)) / (2 * h);
                assertEquals(fd, f.derivative(r), 1e-7, type + " alpha " + alpha + " at r = " + r);
                assertEquals(f.value(r), f.evaluate(r, d, 0), 1e-15);
                assertEquals(f.derivative(r), d[0], 1e-15);
            }
            assertEquals(0.0, f.value(RC));
            assertEquals(0.0, f.value(RC + 1));
            assertEquals(0.0, f.derivative(RC + 1));
        }
    }

    @Test
    void valuesFollowN2p2sFormulas() {
        double r = 1.7;
        double x = r / RC;
        assertEquals(1.0, CutoffShape.of(CutoffType.HARD).withRadius(RC).value(r));
        assertEquals(0.5 * (Math.cos(Math.PI * x) + 1), CutoffShape.of(CutoffType.COS).withRadius(RC).value(r), 1e-15);
        assertEquals(Math.pow(Math.tanh(1 - x), 3), CutoffShape.of(CutoffType.TANHU).withRadius(RC).value(r), 1e-15);
        assertEquals(Math.pow(Math.tanh(1 - x) / Math.tanh(1), 3), CutoffShape.of(CutoffType.TANH).withRadius(RC).value(r), 1e-15);
        assertEquals(1.0, CutoffShape.of(CutoffType.TANH).withRadius(RC).value(0.0), 1e-15);
        assertEquals(Math.exp(1 - 1 / (1 - x * x)), CutoffShape.of(CutoffType.EXP).withRadius(RC).value(r), 1e-15);
        assertEquals((2 * x - 3) * x * x + 1, CutoffShape.of(CutoffType.POLY1).withRadius(RC).value(r), 1e-15);
        assertEquals(((15 - 6 * x) * x - 10) * x * x * x + 1, CutoffShape.of(CutoffType.POLY2).withRadius(RC).value(r), 1e-15);
        assertEquals((x * (x * (20 * x - 70) + 84) - 35) * Math.pow(x, 4) + 1,
                CutoffShape.of(CutoffType.POLY3).withRadius(RC).value(r), 1e-15);
        assertEquals((x * (x * ((315 - 70 * x) * x - 540) + 420) - 126) * Math.pow(x, 5) + 1,
                CutoffShape.of(CutoffType.POLY4).withRadius(RC).value(r), 1e-15);
        // inner cutoff: 1 inside, then the shape on x = (r - rci)/(rc - rci)
        CutoffFunction inner = new CutoffShape(CutoffType.COS, 0.4).withRadius(RC);
        assertEquals(1.0, inner.value(1.9));
        assertEquals(0.5 * (Math.cos(Math.PI * (3.0 - 2.0) / 3.0) + 1), inner.value(3.0), 1e-15);
        // TANHU ignores alpha
        assertEquals(Math.pow(Math.tanh(1 - x), 3), new CutoffShape(CutoffType.TANHU, 0.5).withRadius(RC).value(r), 1e-15);
    }

    @Test
    void codesAndRefusals() {
        for (CutoffType t : CutoffType.values()) {
            assertEquals(t, CutoffType.ofCode(t.code()));
        }
        assertEquals(6, CutoffType.POLY2.code());
        assertThrows(IllegalArgumentException.class, () -> CutoffType.ofCode(9));
        assertThrows(IllegalArgumentException.class, () -> new CutoffShape(CutoffType.COS, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new CutoffShape(CutoffType.COS, -0.1));
        assertThrows(IllegalArgumentException.class, () -> CutoffShape.of(CutoffType.COS).withRadius(0.0));
        assertEquals("cutoff_type 6 0.0", CutoffShape.of(CutoffType.POLY2).settingsLine());
    }

    @ParameterizedTest
    @EnumSource(CoreFunction.class)
    void coreFunctionsFallFromOneToZeroWithFlatEnds(CoreFunction core) {
        assertEquals(1.0, core.value(0.0), 1e-15);
        assertEquals(0.0, core.value(1.0), 1e-15);
        assertEquals(0.0, core.derivative(0.0), 1e-15);
        assertEquals(0.0, core.derivative(1.0), 1e-15);
        assertEquals(0.0, core.derivative(0.999999), 1e-3);
    }

    @Test
    void compactFunctionsAreBumpsOnTheirSupport() {
        for (String subtype : new String[] {"p1", "p2", "p3", "p4", "p1a", "p2a", "p3a", "p4a", "e"}) {
            CompactShape shape = CompactShape.parse(subtype);
            assertEquals(subtype, shape.n2p2Name());
            CompactFunction c = new CompactFunction(shape, 1.0, 4.0);
            assertEquals(1.0, c.value(2.5), 1e-15, subtype);
            assertEquals(0.0, c.value(1.0), 1e-15, subtype);
            assertEquals(0.0, c.value(4.0), 1e-15, subtype);
            double[] d = new double[1];
            for (int i = 1; i < 60; i++) {
                double a = 1.0 + 3.0 * i / 60.0 + 0.001;
                double fd = (c.value(a + 1e-6) - c.value(a - 1e-6)) / 2e-6;
                assertEquals(fd, c.derivative(a), 1e-7, subtype + " at " + a);
                assertEquals(c.value(a), c.evaluate(a, d, 0), 1e-15);
                assertEquals(c.derivative(a), d[0], 1e-15);
            }
        }
        // p2 with rl = -rc is a POLY2 cutoff of radius rc
        CompactFunction p2 = new CompactFunction(CompactShape.parse("p2"), -6.0, 6.0);
        CutoffFunction poly2 = CutoffShape.of(CutoffType.POLY2).withRadius(6.0);
        assertEquals(poly2.value(2.2), p2.value(2.2), 1e-15);
        // asymmetric: core((2 - x) x)
        CompactFunction p2a = new CompactFunction(CompactShape.parse("p2a"), 0.0, 2.0);
        double x = 0.3;
        assertEquals(CoreFunction.POLY2.value((2 - x) * x), p2a.value(1.0 + x), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> CompactShape.parse("p5"));
        assertThrows(IllegalArgumentException.class, () -> CompactShape.parse("ea"));
        assertThrows(IllegalArgumentException.class, () -> new CompactFunction(CompactShape.parse("p2"), 2.0, 2.0));
    }
}
