package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(7, fields.start(1));
        assertEquals(10, fields.end(1));
        fields.reset(" \t ");
        assertEquals(0, fields.count());
    }

    @Test
    void reusesItsBufferForLongAndShortLines() {
        LineFields fields = new LineFields();
        String longLine = "atom" + " 1.25".repeat(63);
        fields.reset(longLine);
        assertEquals(64, fields.count());
        assertEquals(1.25, fields.number(63));
        fields.reset("energy -7.5");
        assertEquals(2, fields.count());
        assertEquals(-7.5, fields.number(1));
        assertThrows(IndexOutOfBoundsException.class, () -> fields.number(2));
        fields.reset(longLine + " 2.0");
        assertEquals(65, fields.count());
        assertThrows(IndexOutOfBoundsException.class, () -> fields.text(64));
    }

    @Test
    void readsNumbersAsAtofDoes() {
        LineFields fields = new LineFields();
        fields.reset("energy nan -inf Infinity 1. .5 -0.0 1.0E-3");
        assertTrue(Double.isNaN(fields.number(1)));
        assertEquals(Double.NEGATIVE_INFINITY, fields.number(2));
        assertEquals(Double.POSITIVE_INFINITY, fields.number(3));
        assertEquals(1.0, fields.number(4));
        assertEquals(0.5, fields.number(5));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(fields.number(6)));
        assertEquals(1.0e-3, fields.number(7));
    }

    /** Garbage that atof would read partly or as 0, including what only Python's float() reads. */
    @ParameterizedTest
    @ValueSource(strings = {"-", ".", "+.", "1.0d0", "1.5f", "0x1p3", "1e", "1e+", "e5", "1,5", "1.2.3", "--1", "nanx",
        "nan(1)", "abc", "1_0", "\uff11\uff12", "\u0131nf"})
    void refusesWhatIsNotADecimalNumber(String text) {
        LineFields fields = new LineFields();
        fields.reset("energy " + text);
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> fields.number(1));
        assertEquals("'" + text + "' is not a number", e.getMessage());
    }
}
