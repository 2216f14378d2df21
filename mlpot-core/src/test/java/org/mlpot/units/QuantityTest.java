package org.mlpot.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantityTest {
    private static Quantity quantity(double value, String unit) {
        return new Quantity(value, UnitParser.parse(unit));
    }

    @Test
    void valuesConvertToInternalUnits() {
        assertEquals(6.0, quantity(6.0, "Å").in(Dimension.LENGTH), 0.0);
        assertEquals(60.0, quantity(6.0, "nm").in(Dimension.LENGTH), 1e-13);
        assertEquals(0.05, quantity(50, "meV/Å").in(Dimension.FORCE), 1e-15);
        assertEquals(0.001, quantity(1, "meV/atom").in(Dimension.ENERGY_PER_ATOM), 1e-18);
        assertEquals(0.003, quantity(0.003, "1/Å²").in(Dimension.INVERSE_AREA), 0.0);
        assertEquals(0.003 / (Units.BOHR * Units.BOHR), quantity(0.003, "Bohr^-2").in(Dimension.INVERSE_AREA), 1e-15);
        assertEquals(2500.0, quantity(2.5, "ps").in(Dimension.TIME), 1e-12);
        assertEquals(10 * Units.GPA, quantity(10, "GPa").in(Dimension.PRESSURE), 1e-15);
        assertEquals(300.0, quantity(300, "K").in(Dimension.TEMPERATURE), 0.0);
        assertEquals(4.0, new Quantity(4.0, Unit.ONE).in(Dimension.DIMENSIONLESS), 0.0);
    }

    @Test
    void valuesConvertBetweenUnits() {
        assertEquals(500.0, quantity(0.5, "eV").in(UnitParser.parse("meV")), 1e-12);
        assertEquals(1.0, quantity(Units.HARTREE, "eV").in(UnitParser.parse("Ha")), 1e-15);
        assertEquals(1.0, quantity(160.2176634, "GPa").in(UnitParser.parse("eV/Å³")), 1e-12);
    }

    @Test
    void wrongDimensionIsRefusedWithTheWrittenUnit() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> quantity(2.0, "eV").in(Dimension.LENGTH));
        assertEquals("expects a length, got 2.0 eV", error.getMessage());
        assertEquals("expects a force (energy/length), got 50.0 meV/Ang²",
                assertThrows(IllegalArgumentException.class,
                        () -> quantity(50, "meV/Ang²").in(Dimension.FORCE)).getMessage());
        assertEquals("expects a dimensionless number, got 4.0 Å",
                assertThrows(IllegalArgumentException.class,
                        () -> quantity(4, "Å").in(Dimension.DIMENSIONLESS)).getMessage());
        assertEquals("expects an energy, got 2.0 Å",
                assertThrows(IllegalArgumentException.class,
                        () -> quantity(2, "Å").in(UnitParser.parse("meV"))).getMessage());
    }

    @Test
    void perAtomMixUpsGetAHint() {
        assertEquals("expects an energy per atom, got 1.0 meV; for a value per atom write 1.0 meV/atom",
                assertThrows(IllegalArgumentException.class,
                        () -> quantity(1, "meV").in(Dimension.ENERGY_PER_ATOM)).getMessage());
        assertEquals("expects an energy per atom, got 0.5 kcal/mol; for a value per atom write 0.5 kcal/mol/atom",
                assertThrows(IllegalArgumentException.class,
                        () -> quantity(0.5, "kcal/mol").in(Dimension.ENERGY_PER_ATOM)).getMessage());
        assertEquals("expects an energy, got 1.0 meV/atom (an energy per atom); a total is expected, not a value per atom",
                assertThrows(IllegalArgumentException.class,
                        () -> quantity(1, "meV/atom").in(Dimension.ENERGY)).getMessage());
    }

    @Test
    void printsAsWritten() {
        assertEquals("6.0 Ang", quantity(6, "Ang").toString());
        assertEquals("0.25", new Quantity(0.25, Unit.ONE).toString());
    }

    @Test
    void refusesNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> quantity(Double.NaN, "eV"));
        assertThrows(IllegalArgumentException.class, () -> quantity(Double.POSITIVE_INFINITY, "eV"));
    }
}
