package org.mlpot.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DimensionTest {
    @Test
    void algebraAddsSubtractsAndMultipliesExponents() {
        assertEquals(new Dimension(1, -1, 0, 0, 0, 0), Dimension.ENERGY.dividedBy(Dimension.LENGTH));
        assertEquals(new Dimension(0, -2, 0, 0, 0, 0), Dimension.LENGTH.pow(-2));
        assertEquals(new Dimension(2, 1, -1, 1, 3, -1),
                new Dimension(1, 2, 0, 1, 1, 0).times(new Dimension(1, -1, -1, 0, 2, -1)));
        assertEquals(Dimension.DIMENSIONLESS, Dimension.PRESSURE.dividedBy(Dimension.PRESSURE));
        assertEquals(Dimension.DIMENSIONLESS, Dimension.FORCE.pow(0));
        assertEquals(Dimension.PRESSURE, Dimension.FORCE.dividedBy(Dimension.LENGTH.pow(2)));
        assertEquals(Dimension.INVERSE_AREA, Dimension.INVERSE_LENGTH.times(Dimension.INVERSE_LENGTH));
    }

    @Test
    void countMakesEnergyPerAtomDistinctFromEnergy() {
        assertNotEquals(Dimension.ENERGY, Dimension.ENERGY_PER_ATOM);
        assertEquals(new Dimension(1, 0, 0, 0, 0, -1), Dimension.ENERGY_PER_ATOM);
        assertEquals(Dimension.ENERGY, Dimension.ENERGY_PER_ATOM.times(Dimension.COUNT));
    }

    @Test
    void commonDimensionsHaveNames() {
        assertEquals("a length", Dimension.LENGTH.description());
        assertEquals("an energy", Dimension.ENERGY.description());
        assertEquals("an energy per atom", Dimension.ENERGY_PER_ATOM.description());
        assertEquals("a force (energy/length)", Dimension.FORCE.description());
        assertEquals("an inverse area (1/length²)", Dimension.INVERSE_AREA.description());
        assertEquals("an inverse length (1/length)", Dimension.INVERSE_LENGTH.description());
        assertEquals("a pressure (energy/length³)", Dimension.PRESSURE.description());
        assertEquals("a time", Dimension.TIME.description());
        assertEquals("a temperature", Dimension.TEMPERATURE.description());
        assertEquals("a mass", Dimension.MASS.description());
        assertEquals("a number of atoms", Dimension.COUNT.description());
        assertEquals("dimensionless", Dimension.DIMENSIONLESS.description());
    }

    @Test
    void otherDimensionsPrintAsFormulas() {
        Dimension energyPerArea = Dimension.ENERGY.times(Dimension.INVERSE_AREA);
        assertEquals("energy·length^-2", energyPerArea.description());
        assertEquals("energy·length^-2", energyPerArea.toString());
        assertEquals("length·time^-1", Dimension.LENGTH.dividedBy(Dimension.TIME).description());
        assertEquals("energy·temperature^-1", Dimension.ENERGY.dividedBy(Dimension.TEMPERATURE).formula());
        assertEquals("energy·length·time·temperature·mass·count", new Dimension(1, 1, 1, 1, 1, 1).formula());
        assertEquals("1", Dimension.DIMENSIONLESS.formula());
    }

    @Test
    void dimensionlessIsRecognised() {
        assertTrue(Dimension.DIMENSIONLESS.isDimensionless());
        assertFalse(Dimension.COUNT.isDimensionless());
    }
}
