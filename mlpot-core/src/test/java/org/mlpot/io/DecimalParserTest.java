package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpot.io.DecimalParser.Syntax;

class DecimalParserTest {

    private static double real(String s, Syntax syntax) {
        return DecimalParser.parseReal(s.toCharArray(), 0, s.length(), syntax);
    }

    private static long integer(String s) {
        return DecimalParser.parseInteger(s.toCharArray(), 0, s.length());
    }

    private static void assertSameBits(double expected, double actual, String text) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void readsBackFormattedDoublesAsParseDoubleDoes(Syntax syntax) {
        Random random = new Random(7);
        for (int k = 0; k < 100_000; k++) {
            double v = switch (k % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 20;
                case 1 -> Double.longBitsToDouble(random.nextLong());
                case 2 -> Math.scalb(random.nextDouble(), random.nextInt(200) - 100);
                default -> Math.round(random.nextGaussian() * 1e8) / 1e8;
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            assertSameBits(v, real(Double.toString(v), syntax), Double.toString(v));
            for (String text : new String[] {Double.toString(v), String.format(Locale.ROOT, "%.8f", v),
                String.format(Locale.ROOT, "%.17g", v), String.format(Locale.ROOT, "%.12e", v)}) {
                assertSameBits(Double.parseDouble(text), real(text, syntax), text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void agreesWithParseDoubleOnRandomDecimalShapes(Syntax syntax) {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(3) == 0) {
                sb.append(random.nextBoolean() ? '-' : '+');
            }
            int intDigits = random.nextInt(0, 21);
            for (int i = 0; i < intDigits; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            int fracDigits = random.nextInt(0, 21);
            if (fracDigits > 0 || intDigits == 0 || random.nextBoolean()) {
                sb.append('.');
                for (int i = 0; i < Math.max(fracDigits, intDigits == 0 ? 1 : 0); i++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
            }
            if (random.nextInt(3) == 0) {
                sb.append(random.nextBoolean() ? 'e' : 'E');
                if (random.nextBoolean()) {
                    sb.append(random.nextBoolean() ? '-' : '+');
                }
                sb.append(random.nextInt(0, 330));
            }
            String text = sb.toString();
            assertSameBits(Double.parseDouble(text), real(text, syntax), text);
        }
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void readsSpecialValuesAndEdgeSpellings(Syntax syntax) {
        assertTrue(Double.isNaN(real("nan", syntax)));
        assertTrue(Double.isNaN(real("NaN", syntax)));
        assertTrue(Double.isNaN(real("-nan", syntax)));
        assertEquals(Double.POSITIVE_INFINITY, real("inf", syntax));
        assertEquals(Double.POSITIVE_INFINITY, real("+Infinity", syntax));
        assertEquals(Double.NEGATIVE_INFINITY, real("-inf", syntax));
        assertEquals(Double.NEGATIVE_INFINITY, real("-INFINITY", syntax));
        assertEquals(0.5, real(".5", syntax));
        assertEquals(5.0, real("5.", syntax));
        assertEquals(1e5, real("1E+05", syntax));
        assertSameBits(-0.0, real("-0.0", syntax), "-0.0");
        assertSameBits(-0.0, real("-0.00000000", syntax), "-0.00000000");
        assertEquals(12345678901234567890.0, real("12345678901234567890", syntax));
        assertEquals(4.9e-324, real("4.9e-324", syntax));
        assertEquals(0.0, real("1e-400", syntax));
        assertEquals(Double.POSITIVE_INFINITY, real("1e400", syntax));
    }

    /** Refused in both syntaxes: malformed, Java-, C- or Fortran-only, and misplaced underscores. */
    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "+.", "e5", "1e", "1e+", "1.0d", "1.0d0", "1f", "1.5f", "0x1p3", "0x10",
        "1,5", "1.2.3", "1 ", " 1", "1 2", "--1", "+-1", "infx", "nanx", ".nan", "-.inf", "nan.", "NaNd", "nan(1)", "infinite", "abc",
        "\u0130nf", "\u0131nf", "n\u0430n", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1_e5", "+_1", "١٫٥"})
    void refusesMalformedAndForeignSpellings(String text) {
        for (Syntax syntax : Syntax.values()) {
            assertThrows(NumberFormatException.class, () -> real(text, syntax), syntax + " " + text);
        }
    }

    /** Python's float() reads these (PEP 515 underscores, Unicode digits); atof would misread them. */
    @ParameterizedTest
    @ValueSource(strings = {"1_0", "-1_000.5", "1.2_5", "1e1_0", "3_1.4_1e-0_1", "1_234_567_890_123_456_789.5",
        "\uff11\uff12", "-\u0663.\u0665", "\ud835\udfcf\ud835\udfd0", "\uff11_\uff12", "\uff11e\uff12"})
    void readsPythonExtrasOnlyInPythonSyntax(String text) {
        StringBuilder plain = new StringBuilder();
        text.codePoints().filter(c -> c != '_')
                .forEach(c -> plain.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
        assertSameBits(Double.parseDouble(plain.toString()), real(text, Syntax.PYTHON), text);
        assertThrows(NumberFormatException.class, () -> real(text, Syntax.PLAIN), text);
    }

    @Test
    void readsIntegersWithinLongRange() {
        assertEquals(Long.MAX_VALUE, integer("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, integer("-9223372036854775808"));
        assertEquals(7, integer("+007"));
        assertThrows(NumberFormatException.class, () -> integer("9223372036854775808"));
        assertThrows(NumberFormatException.class, () -> integer("9_223_372_036_854_775_808"));
        assertThrows(NumberFormatException.class, () -> integer("1.0"));
        assertThrows(NumberFormatException.class, () -> integer("1e3"));
        assertThrows(NumberFormatException.class, () -> integer("+"));
        assertThrows(NumberFormatException.class, () -> integer(""));
    }

    @Test
    void readsIntegersAsPythonIntDoes() {
        assertEquals(1000, integer("1_000"));
        assertEquals(-12, integer("-\uff11\uff12"));
        assertEquals(12, integer("\ud835\udfcf\ud835\udfd0"));
        for (String bad : new String[] {"1__0", "_1", "1_", "0x10", "\u0661\u066b\u0665"}) {
            assertThrows(NumberFormatException.class, () -> integer(bad), bad);
        }
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

    @Test
    void parsesOnlyTheGivenRange() {
        char[] line = "x 1_5 -2.5e3 nan y".toCharArray();
        assertEquals(15.0, DecimalParser.parseReal(line, 2, 5, Syntax.PYTHON));
        assertEquals(-2500.0, DecimalParser.parseReal(line, 6, 12, Syntax.PLAIN));
        assertTrue(Double.isNaN(DecimalParser.parseReal(line, 13, 16, Syntax.PLAIN)));
        assertEquals(15, DecimalParser.parseInteger(line, 2, 5));
    }
}
