package org.mlpot.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeAndSuggestionsTest {

    @Test
    void rangesSayWhatTheyAccept() {
        assertEquals("0 to 20", Range.between(0, 20).describe());
        assertEquals("greater than 0", Range.greaterThan(0).describe());
        assertEquals("at least 1", Range.atLeast(1).describe());
        assertEquals("at least 0 and below 1", Range.fromBelow(0, 1).describe());
        assertEquals("greater than 0 and at most 1", new Range(0, false, 1, true).describe());
        assertEquals("finite", Range.any().describe());
        assertTrue(Range.fromBelow(0, 1).contains(0));
        assertFalse(Range.fromBelow(0, 1).contains(1));
        assertFalse(Range.greaterThan(0).contains(0));
        assertFalse(Range.any().contains(Double.POSITIVE_INFINITY));
        assertEquals("0.5", Range.format(0.5));
        assertEquals("100000", Range.format(100_000));
    }

    @Test
    void suggestionsAreTheNearestWordsWithinAFewEdits() {
        List<String> keys = List.of("cutoff", "function", "alpha", "scaling", "scaled_min", "scaled_max");
        assertEquals(" (did you mean 'cutoff'?)", Suggestions.hint("cutof", keys));
        assertEquals(" (did you mean 'scaled_max'?)", Suggestions.hint("scaled_mx", keys));
        assertEquals(" (did you mean 'scaled_min' or 'scaled_max'?)", Suggestions.hint("scaled_m", keys));
        assertEquals("", Suggestions.hint("temperature", keys));
        assertEquals(" (did you mean 'cur'?)", Suggestions.hint("cru", List.of("cur", "uniform")));
        assertEquals(1, Suggestions.distance("cru", "cur"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
