package org.mlpot.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitParserTest {
    private static Unit parse(String text) {
        return UnitParser.parse(text);
    }

    @Test
    void everySpellingParsesToItsWord() {
        for (UnitWord word : UnitWord.values()) {
            assertEquals(Unit.of(word), parse(word.symbol()), word.symbol());
            for (String alias : word.aliases()) {
                assertEquals(Unit.of(word), parse(alias), alias);
            }
        }
        assertEquals(Unit.of(UnitWord.ANGSTROM), parse("\u212B"), "Ångström sign U+212B");
        assertEquals(Unit.of(UnitWord.BOHR), parse("bohr"));
        assertEquals(Unit.of(UnitWord.HARTREE), parse("Ha"));
    }

    @Test
    void inverseAreaHasOneMeaningInEverySpelling() {
        Unit expected = Unit.of(UnitWord.ANGSTROM).pow(-2);
        for (String text : List.of("1/Å²", "1/Å^2", "Å^-2", "Å^(-2)", "Å⁻²", "1/Ang^2", "1/Angstrom²", "1/Å/Å",
                "Å/Å³", " 1 / Å^2 ")) {
            Unit unit = parse(text);
            assertEquals(expected, unit, text);
            assertEquals(Dimension.INVERSE_AREA, unit.dimension(), text);
            assertEquals(1.0, unit.factor(), 0.0, text);
            assertEquals("1/Å²", unit.toString(), text);
        }
    }

    @Test
    void compositeUnitsHaveTheirFactorsAndDimensions() {
        assertEquals(Dimension.FORCE, parse("eV/Å").dimension());
        assertEquals(1.0, parse("eV/Å").factor(), 0.0);
        assertEquals(Dimension.ENERGY_PER_ATOM, parse("meV/atom").dimension());
        assertEquals(1e-3, parse("meV/atom").factor(), 1e-18);
        assertEquals(Dimension.PRESSURE, parse("eV/Å³").dimension());
        assertEquals(Dimension.PRESSURE, parse("GPa").dimension());
        assertEquals(Dimension.TIME, parse("ps").dimension());
        assertEquals(Dimension.MASS, parse("amu").dimension());
        assertEquals(Dimension.TEMPERATURE, parse("K").dimension());
    }

    @Test
    void molarEnergiesArePerParticleEnergies() {
        // Literals: 4184 J/mol and 1000 J/mol divided by the Faraday constant F = e N_A =
        // 96485.33212 C/mol (CODATA 2018), to 10 digits (so within 5e-10 relative); conversion
        // tables round them to 0.0433641 and 0.0103643 eV (e.g. NIST CCCBDB).
        Unit kcalPerMol = parse("kcal/mol");
        assertEquals(Dimension.ENERGY, kcalPerMol.dimension());
        assertEquals(Units.KCAL_PER_MOL, kcalPerMol.factor(), 1e-12 * Units.KCAL_PER_MOL);
        assertEquals(0.04336410424, kcalPerMol.factor(), 5e-10 * 0.04336410424);
        assertEquals(0.0433641, kcalPerMol.factor(), 5e-8);
        Unit kjPerMol = parse("kJ/mol");
        assertEquals(Dimension.ENERGY, kjPerMol.dimension());
        assertEquals(Units.KJ_PER_MOL, kjPerMol.factor(), 1e-12 * Units.KJ_PER_MOL);
        assertEquals(0.01036426966, kjPerMol.factor(), 5e-10 * 0.01036426966);
        assertEquals(0.0103643, kjPerMol.factor(), 5e-8);
        assertEquals(4.184, kcalPerMol.factor() / kjPerMol.factor(), 1e-12);
    }

    @Test
    void atomicUnitOfForceInEvPerAngstrom() {
        // CODATA 2018 atomic unit of force 8.2387235038e-8 N = 51.42206751 eV/Å (N · 1e-10 m/Å / e);
        // Units.HARTREE / Units.BOHR is 51.422067476, the same to the 10 published digits.
        Unit unit = parse("Ha/Bohr");
        assertEquals(Dimension.FORCE, unit.dimension());
        assertEquals(Units.HARTREE / Units.BOHR, unit.factor(), 0.0);
        assertEquals(51.42206751, unit.factor(), 1e-9 * 51.42206751);
        assertEquals(unit, parse("Hartree/bohr"));
        assertEquals(Units.RYDBERG / Units.BOHR, parse("Ry/Bohr").factor(), 0.0);
    }

    @Test
    void pressures() {
        // 1 GPa = 1e9 J/m³ = 1e9 · 1e-30 J/Å³ / 1.602176634e-19 J/eV = 1/160.2176634 eV/Å³.
        assertEquals(1 / 160.2176634, parse("GPa").factor(), 1e-12 / 160.2176634);
        // ASE's units.GPa (CODATA 2014 elementary charge) differs by 8e-9 relative.
        assertEquals(1 / 160.21766208, parse("GPa").factor(), 1e-8 / 160.21766208);
        assertEquals(Units.GPA, parse("GPa").factor(), 0.0);
        assertEquals(parse("GPa").factor() / 1000, parse("MPa").factor(), 1e-20);
        assertEquals(Dimension.PRESSURE, parse("Hartree/Bohr³").dimension());
    }

    @Test
    void operatorsApplyFromLeftToRight() {
        assertEquals(parse("eV/Å/atom"), parse("eV/Å·atom").dividedBy(parse("atom")).dividedBy(parse("atom")));
        assertEquals(Dimension.FORCE.dividedBy(Dimension.COUNT), parse("eV/Å/atom").dimension());
        // a/b*c is (a/b)·c, not a/(b·c)
        assertEquals(Dimension.ENERGY, parse("eV/Å*Å").dimension());
        assertEquals(parse("eV·Å"), parse("eV*Å"));
        assertEquals(parse("eV·Å"), parse("eV⋅Å"));
        assertEquals(parse("kJ/mol/Å"), parse("kJ / mol / Å"));
        assertEquals(1e-3 / 1e3, parse("meV/ps").factor(), 1e-20);
    }

    @Test
    void canonicalTextParsesBackToAnEqualUnit() {
        for (String text : List.of("Å", "eV/Å", "1/Å²", "meV/atom", "kcal/mol", "kJ/mol", "GPa", "eV/Å³",
                "Hartree/Bohr", "fs", "K", "amu", "1", "eV/Å/atom", "Å·fs^-2", "Ry^4·K/ns^5/amu", "eV²")) {
            Unit unit = parse(text);
            Unit again = parse(unit.toString());
            assertEquals(unit, again, text);
            assertEquals(unit.toString(), again.toString(), text);
        }
        assertEquals("eV/Å", parse("eV/Ang").toString());
        assertEquals("Hartree/Bohr", parse("Ha/bohr").toString());
        assertEquals("1/Å²", parse("Å^-2").toString());
        assertEquals("Å/fs²", parse("Å·fs^-2").toString());
        assertEquals("eV·Å", parse("Å·eV").toString());
        assertEquals(parse("eV·Å"), parse("Å*eV"));
        assertEquals("amu·Å²/fs²", parse("Å^2/fs^2*amu").toString());
        assertEquals("eV/Å/atom", parse("1/atom/Å*eV").toString());
        assertEquals("kcal/Å/mol", parse("kcal/mol/Å").toString());
        assertEquals("eV/Å³", parse("eV·Å^-3").toString());
        assertEquals("1", parse("Å/Å").toString());
    }

    @Test
    void randomProductsRoundTrip() {
        Random random = new Random(20240607L);
        UnitWord[] words = UnitWord.values();
        for (int trial = 0; trial < 500; trial++) {
            Unit unit = Unit.ONE;
            List<String> pieces = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                UnitWord word = words[random.nextInt(words.length)];
                int exponent = random.nextInt(7) - 3;
                if (exponent == 0) {
                    exponent = 1;
                }
                unit = unit.times(Unit.of(word).pow(exponent));
                pieces.add(word.symbol() + "^" + exponent);
            }
            String written = String.join("*", pieces);
            Unit parsed = parse(written);
            assertEquals(unit, parsed, written);
            assertEquals(unit.factor(), parsed.factor(), Math.abs(unit.factor()) * 1e-14, written);
            assertEquals(unit, parse(unit.toString()), written);
            assertEquals(unit.dimension(), parse(unit.toString()).dimension(), written);
        }
    }

    @Test
    void textKeepsWhatTheUserWrote() {
        assertEquals("Ang^2", parse("  Ang^2 ").text());
        assertEquals("Å²", parse("Ang^2").toString());
        assertEquals("eV/Å", Unit.of(UnitWord.ELECTRONVOLT).dividedBy(Unit.of(UnitWord.ANGSTROM)).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "eV/Ang2 | 'eV/Ang2' is not a unit: 'Ang2' is unknown; did you mean 'Ang²' or 'Ang^2'?",
            "1/Å3 | '1/Å3' is not a unit: 'Å3' is unknown; did you mean 'Å³' or 'Å^3'?",
            "Å4 | 'Å4' is not a unit: 'Å4' is unknown; did you mean 'Å^4'?",
            "Angstroms | 'Angstroms' is not a unit: 'Angstroms' is unknown; did you mean 'Angstrom'?",
            "MeV | 'MeV' is not a unit: 'MeV' is unknown; did you mean 'meV'? (unit words are case-sensitive)",
            "ev/Å | 'ev/Å' is not a unit: 'ev' is unknown; did you mean 'eV'? (unit words are case-sensitive)",
            "meV/atoms | 'meV/atoms' is not a unit: 'atoms' is unknown; did you mean 'atom'?",
            "kcal/mole | 'kcal/mole' is not a unit: 'mole' is unknown; did you mean 'mol'?",
            "hartree | 'hartree' is not a unit: 'hartree' is unknown; did you mean 'Hartree'? (unit words are case-sensitive)",
            "eV/A | 'eV/A' is not a unit: 'A' is unknown; did you mean 'Å' or 'Ang'? ('A' would be the ampere)",
            "kbar | 'kbar' is not a unit: 'kbar' is unknown; write pressures in GPa or MPa (1 kbar = 0.1 GPa)",
            "s | 's' is not a unit: 's' is unknown; write times in fs, ps or ns",
            "furlong | 'furlong' is not a unit: 'furlong' is unknown; unit words are eV, meV, Hartree, Ha, Ry, kcal, kJ, GPa, MPa, amu, Å, Ang, Angstrom, nm, pm, Bohr, bohr, fs, ps, ns, K, mol, atom",
            "\"\" | '' is not a unit: the unit is empty; write for example 'eV', 'Å' or 'eV/Å'",
            "eV/ | 'eV/' is not a unit: a unit word must follow '/'",
            "/Å | '/Å' is not a unit: a unit starts with a unit word or with '1/', as in '1/Å²'",
            "Å⁻ | 'Å⁻' is not a unit: '⁻' must be followed by superscript digits, as in 'Å⁻²'",
            "Å^-2² | 'Å^-2²' is not a unit: 'Å' has more than one power",
            "Å^123 | 'Å^123' is not a unit: the power 123 is out of range (-9 to 9)",
            "\"  \" | '' is not a unit: the unit is empty; write for example 'eV', 'Å' or 'eV/Å'",
            "eV//Å | 'eV//Å' is not a unit: a unit word must follow '/', not '/'",
            "eV Å | 'eV Å' is not a unit: '/', '*' or '·' is missing before 'Å'",
            "2/Å | '2/Å' is not a unit: a number (2) may appear in a unit only as the 1 of a leading '1/', as in '1/Å²'",
            "1.0/Å | '1.0/Å' is not a unit: a number (1.0) may appear in a unit only as the 1 of a leading '1/', as in '1/Å²'",
            "eV/2 | 'eV/2' is not a unit: a number (2) may appear in a unit only as the 1 of a leading '1/', as in '1/Å²'",
            "1*Å | '1*Å' is not a unit: a leading 1 must be followed by '/', as in '1/Å²'",
            "Å^ | 'Å^' is not a unit: '^' must be followed by an integer power, as in 'Å^2' or 'Å^-2'",
            "Å^(-2 | 'Å^(-2' is not a unit: ')' is missing after the power of 'Å'",
            "Å^0 | 'Å^0' is not a unit: the power 0 is not allowed; leave the word out instead",
            "Å^12 | 'Å^12' is not a unit: the power 12 is out of range (-9 to 9)",
            "Å²^2 | 'Å²^2' is not a unit: 'Å' has more than one power",
            "Å-2 | 'Å-2' is not a unit: '-' is not allowed here; write a negative power as '^-2' (Å^-2) or divide (1/Å²)",
            "eV/(Å·atom) | 'eV/(Å·atom)' is not a unit: parentheses are not supported; operators apply from left to right, so write a/b/c for a/(b·c)",
            "eV% | 'eV%' is not a unit: '%' is not a unit; write a percentage directly after the number, as in 10%",
            "eV_Å | 'eV_Å' is not a unit: unexpected '_'; combine unit words with '/', '*' or '·' and write powers as ², ³ or ^n",
    })
    void refusalsSayWhatIsWrongAndSuggestAFix(String text, String message) {
        UnitException error = assertThrows(UnitException.class, () -> parse(text));
        assertEquals(message, error.getMessage());
        assertEquals(text.strip(), error.text());
    }

    @Test
    void refusalsLocateTheOffendingPart() {
        UnitException unknown = assertThrows(UnitException.class, () -> parse("eV/Ang2"));
        assertEquals("Ang2", unknown.text().substring(unknown.start(), unknown.end()));
        UnitException dangling = assertThrows(UnitException.class, () -> parse("eV/"));
        assertEquals(3, dangling.start());
        assertEquals(3, dangling.end());
        UnitException missing = assertThrows(UnitException.class, () -> parse("meV atom"));
        assertEquals("atom", missing.text().substring(missing.start(), missing.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MeV", "Mev", "EV", "KCAL"})
    void caseMatters(String text) {
        assertThrows(UnitException.class, () -> parse(text));
    }
}
