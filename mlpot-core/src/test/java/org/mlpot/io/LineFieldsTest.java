package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineFieldsTest {

    @Test
    void splitsOnSpacesAndTabs() {
        LineFields fields = new LineFields();
        fields.reset("  atom\t1.0   -2.5e3 \t Si  ");
        assertEquals(4, fields.count());
        assertTrue(fields.is(0, "atom"));
        assertFalse(fields.is(0, "ato"));
        assertEquals("Si", fields.text(3));
        assertEquals(1.0, fields.number(1));
        assertEquals(-2500.0, fields.number(2));
        fields.reset(" \t ");
        assertEquals(0, fields.count());
    }

    @Test
    void parsesRandomDecimalsExactlyAsJava() {
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
            assertEquals(Double.parseDouble(text), LineFields.parse(text, 0, text.length()), text);
        }
    }

    @Test
    void readsWhatDoubleToStringWrites() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 100_000; trial++) {
            double value = Double.longBitsToDouble(random.nextLong());
            String text = Double.toString(value);
            double parsed = LineFields.parse(text, 0, text.length());
            assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(parsed), text);
        }
    }

    @Test
    void readsSpecialValuesAsAtofDoes() {
        assertTrue(Double.isNaN(LineFields.parse("nan", 0, 3)));
        assertTrue(Double.isNaN(LineFields.parse("NaN", 0, 3)));
        assertEquals(Double.NEGATIVE_INFINITY, LineFields.parse("-inf", 0, 4));
        assertEquals(Double.POSITIVE_INFINITY, LineFields.parse("Infinity", 0, 8));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(LineFields.parse("-0.0", 0, 4)));
        assertEquals(0.5, LineFields.parse(".5", 0, 2));
        assertEquals(1.0, LineFields.parse("1.", 0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "+.", "1.0d0", "1.5f", "0x1p3", "1e", "1e+", "e5", "1,5", "1.2.3", "--1", "nanx", "abc", "1 2"})
    void refusesWhatIsNotADecimalNumber(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> LineFields.parse(text, 0, text.length()));
        assertEquals("'" + text + "' is not a number", e.getMessage());
    }
}
