package org.mlpot.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {
    /** Relative tolerance for factors taken from published tables with 10 or more digits. */
    private static final double RELATIVE = 1e-9;

    /**
     * Every unit word's factor against a literal value. Sources: CODATA 2018 (NIST,
     * physics.nist.gov/cuu/Constants): Bohr radius 0.529177210903e-10 m, Hartree energy
     * 27.211386245988 eV, Rydberg constant times hc 13.605693122994 eV, e = 1.602176634e-19 C
     * (exact), N_A = 6.02214076e23 (exact); 1 thermochemical kcal = 4184 J (exact, NIST SP 811);
     * 1 eV/Å³ = 160.2176634 GPa (= 1e21 e). Prefixes: 1 nm = 10 Å, 1 pm = 0.01 Å, 1 ps = 1000 fs,
     * 1 ns = 1e6 fs, 1 meV = 0.001 eV.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ANGSTROM, 1.0",
            "NANOMETRE, 10.0",
            "PICOMETRE, 0.01",
            "BOHR, 0.529177210903",
            "ELECTRONVOLT, 1.0",
            "MILLIELECTRONVOLT, 0.001",
            "HARTREE, 27.211386245988",
            "RYDBERG, 13.605693122994",
            "KILOCALORIE, 2.6114473967543833e22",
            "KILOJOULE, 6.241509074460763e21",
            "MOLE, 6.02214076e23",
            "KELVIN, 1.0",
            "FEMTOSECOND, 1.0",
            "PICOSECOND, 1000.0",
            "NANOSECOND, 1.0e6",
            "GIGAPASCAL, 0.006241509074460763",
            "MEGAPASCAL, 6.241509074460763e-6",
            "ATOM, 1.0",
            "AMU, 1.0",
    })
    void everyWordHasItsPublishedFactor(UnitWord word, double expected) {
        assertEquals(expected, word.factor(), RELATIVE * expected);
        assertEquals(expected, Unit.of(word).factor(), RELATIVE * expected);
    }

    @Test
    void everyWordIsCheckedAbove() {
        // The CsvSource above lists 19 words; a new word must get a published factor there too.
        assertEquals(19, UnitWord.values().length);
    }

    @Test
    void wordsAgreeWithUnitsConstants() {
        assertEquals(Units.BOHR, UnitWord.BOHR.factor());
        assertEquals(Units.HARTREE, UnitWord.HARTREE.factor());
        assertEquals(Units.HARTREE / 2, UnitWord.RYDBERG.factor());
        assertEquals(Units.GPA, UnitWord.GIGAPASCAL.factor());
        assertEquals(Units.GPA / 1000, UnitWord.MEGAPASCAL.factor(), 1e-22);
        assertEquals(Units.AVOGADRO, UnitWord.MOLE.factor());
    }

    @Test
    void wordsHaveTheirDimensions() {
        Set<UnitWord> lengths = EnumSet.of(UnitWord.ANGSTROM, UnitWord.NANOMETRE, UnitWord.PICOMETRE, UnitWord.BOHR);
        Set<UnitWord> energies = EnumSet.of(UnitWord.ELECTRONVOLT, UnitWord.MILLIELECTRONVOLT, UnitWord.HARTREE,
                UnitWord.RYDBERG, UnitWord.KILOCALORIE, UnitWord.KILOJOULE);
        Set<UnitWord> times = EnumSet.of(UnitWord.FEMTOSECOND, UnitWord.PICOSECOND, UnitWord.NANOSECOND);
        for (UnitWord word : UnitWord.values()) {
            Dimension expected = lengths.contains(word) ? Dimension.LENGTH
                    : energies.contains(word) ? Dimension.ENERGY
                    : times.contains(word) ? Dimension.TIME
                    : switch (word) {
                        case MOLE -> Dimension.DIMENSIONLESS;
                        case KELVIN -> Dimension.TEMPERATURE;
                        case GIGAPASCAL, MEGAPASCAL -> Dimension.PRESSURE;
                        case ATOM -> Dimension.COUNT;
                        case AMU -> Dimension.MASS;
                        default -> throw new AssertionError("no dimension listed for " + word);
                    };
            assertEquals(expected, word.dimension(), word.name());
        }
    }

    @Test
    void algebraCombinesWordsAndCancels() {
        Unit ev = Unit.of(UnitWord.ELECTRONVOLT);
        Unit angstrom = Unit.of(UnitWord.ANGSTROM);
        assertEquals("eV/Å", ev.dividedBy(angstrom).toString());
        assertEquals("Å²", angstrom.times(angstrom).toString());
        assertEquals("1/Å²", angstrom.pow(-2).toString());
        assertEquals("eV/Å³", ev.dividedBy(angstrom.pow(3)).toString());
        assertEquals(Unit.ONE, angstrom.dividedBy(angstrom));
        assertEquals("1", angstrom.dividedBy(angstrom).toString());
        assertEquals(Unit.ONE, ev.pow(0));
        assertEquals(ev, ev.dividedBy(angstrom).times(angstrom));
        assertEquals("eV·Å^4/fs^5", ev.times(angstrom.pow(4)).dividedBy(Unit.of(UnitWord.FEMTOSECOND).pow(5)).toString());
    }

    @Test
    void sameDimensionDifferentWordsAreDifferentUnits() {
        Unit hartreePerBohr = Unit.of(UnitWord.HARTREE).dividedBy(Unit.of(UnitWord.BOHR));
        Unit evPerAngstrom = Unit.of(UnitWord.ELECTRONVOLT).dividedBy(Unit.of(UnitWord.ANGSTROM));
        assertEquals(hartreePerBohr.dimension(), evPerAngstrom.dimension());
        assertNotEquals(hartreePerBohr, evPerAngstrom);
        Unit angstromPerNanometre = Unit.of(UnitWord.ANGSTROM).dividedBy(Unit.of(UnitWord.NANOMETRE));
        assertEquals(Dimension.DIMENSIONLESS, angstromPerNanometre.dimension());
        assertEquals(0.1, angstromPerNanometre.factor(), 1e-16);
        assertNotEquals(Unit.ONE, angstromPerNanometre);
    }

    @Test
    void conversionsToAndFromInternalUnits() {
        Unit mev = Unit.of(UnitWord.MILLIELECTRONVOLT);
        assertEquals(0.05, mev.toInternal(50), 1e-15);
        assertEquals(50, mev.fromInternal(0.05), 1e-12);
    }
}
