package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    private static double real(String s) {
        return DecimalParser.parseReal(s.toCharArray(), 0, s.length());
    }

    @Test
    void agreesWithParseDoubleBitForBit() {
        Random random = new Random(7);
        for (int k = 0; k < 50_000; k++) {
            double v = switch (k % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 20;
                case 1 -> Double.longBitsToDouble(random.nextLong());
                case 2 -> Math.scalb(random.nextDouble(), random.nextInt(200) - 100);
                default -> Math.round(random.nextGaussian() * 1e8) / 1e8;
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            for (String text : new String[] {Double.toString(v), String.format(Locale.ROOT, "%.8f", v),
                String.format(Locale.ROOT, "%.17g", v), String.format(Locale.ROOT, "%.12e", v)}) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(real(text)), text);
            }
        }
    }

    @Test
    void readsPythonSpellings() {
        assertTrue(Double.isNaN(real("nan")));
        assertTrue(Double.isNaN(real("NaN")));
        assertEquals(Double.POSITIVE_INFINITY, real("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, real("-Infinity"));
        assertEquals(0.5, real(".5"));
        assertEquals(5.0, real("5."));
        assertEquals(1e5, real("1E+05"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(real("-0.00000000")));
        assertEquals(12345678901234567890.0, real("12345678901234567890"));
        assertEquals(4.9e-324, real("4.9e-324"));
        assertEquals(0.0, real("1e-400"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e5", "1e", "1.0d", "1f", "0x1p3", "1,5", "1 ", "--1", "infx", "NaNd", "1_0"})
    void refusesMalformedJavaOnlyAndUnderscoredSpellings(String text) {
        assertThrows(NumberFormatException.class, () -> real(text));
    }

    @Test
    void readsIntegersWithinLongRange() {
        assertEquals(Long.MAX_VALUE, DecimalParser.parseInteger("9223372036854775807".toCharArray(), 0, 19));
        assertEquals(Long.MIN_VALUE, DecimalParser.parseInteger("-9223372036854775808".toCharArray(), 0, 20));
        assertEquals(7, DecimalParser.parseInteger("+007".toCharArray(), 0, 4));
        assertThrows(NumberFormatException.class, () -> DecimalParser.parseInteger("9223372036854775808".toCharArray(), 0, 19));
        assertThrows(NumberFormatException.class, () -> DecimalParser.parseInteger("1.0".toCharArray(), 0, 3));
        assertThrows(NumberFormatException.class, () -> DecimalParser.parseInteger("+".toCharArray(), 0, 1));
    }

    @Test
    void readsBooleansAsAseDoes() {
        for (String t : new String[] {"T", "True", "true", "TRUE"}) {
            assertTrue(DecimalParser.parseBool(t.toCharArray(), 0, t.length()), t);
        }
        for (String f : new String[] {"F", "False", "false", "FALSE"}) {
            assertEquals(false, DecimalParser.parseBool(f.toCharArray(), 0, f.length()), f);
        }
        for (String bad : new String[] {"t", "f", "tRUE", "yes", "1", ""}) {
            assertThrows(NumberFormatException.class, () -> DecimalParser.parseBool(bad.toCharArray(), 0, bad.length()), bad);
        }
    }
}
