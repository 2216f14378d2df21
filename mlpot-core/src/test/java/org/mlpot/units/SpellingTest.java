package org.mlpot.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void levenshteinDistance() {
        assertEquals(0, Spelling.distance("eV", "eV"));
        assertEquals(1, Spelling.distance("Angstroms", "Angstrom"));
        assertEquals(3, Spelling.distance("kitten", "sitting"));
        assertEquals(3, Spelling.distance("", "abc"));
    }

    @Test
    void closestPrefersCaseOnlyDifferencesThenSmallestDistance() {
        List<String> words = List.of("eV", "meV", "K", "fs", "ps", "ns");
        assertEquals(List.of("meV"), Spelling.closest("MEV", words));
        assertEquals(List.of("fs", "ps", "ns"), Spelling.closest("ms", words));
        assertEquals(List.of(), Spelling.closest("x", words), "single letters get no guesses");
        assertEquals(List.of(), Spelling.closest("parsec", words));
    }
}
