package org.mlpot.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlpot.neighbor.NeighborList;

class CrystalsTest {

    @Test
    void diamondHasFourNeighboursAtAQuarterOfTheBodyDiagonal() {
        double a = 5.431;
        Structure si = Crystals.diamond(Element.Si, a);
        assertEquals(8, si.size());
        assertEquals(a * a * a, si.cell().volume(), 1e-9);
        double bond = a * Math.sqrt(3) / 4;
        NeighborList list = NeighborList.full(si, bond + 0.01);
        for (int i = 0; i < si.size(); i++) {
            assertEquals(4, list.count(i));
            for (int k = list.start(i); k < list.end(i); k++) {
                assertEquals(bond, list.distance(k), 1e-12);
            }
        }
    }

    @Test
    void fccHasTwelveNeighbours() {
        double a = 5.26;
        Structure ar = Crystals.fcc(Element.Ar, a);
        assertEquals(4, ar.size());
        NeighborList list = NeighborList.full(ar, a / Math.sqrt(2) + 0.01);
        for (int i = 0; i < ar.size(); i++) {
            assertEquals(12, list.count(i));
        }
    }

    @Test
    void refusesBadLatticeConstants() {
        assertThrows(IllegalArgumentException.class, () -> Crystals.fcc(Element.Cu, -1));
        assertThrows(IllegalArgumentException.class, () -> Crystals.diamond(Element.C, Double.NaN));
    }
}
