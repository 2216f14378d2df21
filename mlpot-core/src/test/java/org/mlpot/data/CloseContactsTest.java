package org.mlpot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class CloseContactsTest {
    /** Distances are compared to 1e-9 Å. */
    private static final double TOLERANCE = 1e-9;

    /** The minimum image distance and pair count by trying every translation up to {@code range} cells. */
    private static double[] naive(Structure s, double threshold, int range) {
        Cell cell = s.cell();
        int[] r = new int[3];
        for (int k = 0; k < 3; k++) {
            r[k] = cell.isPeriodic(k) ? range : 0;
        }
        double best = Double.POSITIVE_INFINITY;
        int pairs = 0;
        for (int i = 0; i < s.size(); i++) {
            for (int j = i; j < s.size(); j++) {
                double pairBest = Double.POSITIVE_INFINITY;
                for (int a = -r[0]; a <= r[0]; a++) {
                    for (int b = -r[1]; b <= r[1]; b++) {
                        for (int c = -r[2]; c <= r[2]; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) {
                                continue;
                            }
                            double d2 = 0;
                            for (int x = 0; x < 3; x++) {
                                double d = s.position(j, x) - s.position(i, x) + cell.cartesian(x, a, b, c);
                                d2 += d * d;
                            }
                            pairBest = Math.min(pairBest, Math.sqrt(d2));
                        }
                    }
                }
                if (pairBest < threshold) {
                    pairs++;
                    best = Math.min(best, pairBest);
                }
            }
        }
        return new double[] {best, pairs};
    }

    private static Structure random(SplittableRandom random, Cell cell, int n) {
        List<Element> species = new ArrayList<>();
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            species.add(Element.Si);
            // fractional coordinates in [-1, 2): atoms also lie outside the cell
            double sa = random.nextDouble(-1, 2);
            double sb = random.nextDouble(-1, 2);
            double sc = random.nextDouble(-1, 2);
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = cell.cartesian(c, sa, sb, sc);
            }
        }
        return Structure.of(species, p, cell);
    }

    @Test
    void agreesWithAWideImageSearchOnRandomTriclinicCells() {
        SplittableRandom random = new SplittableRandom(11);
        int withContacts = 0;
        int withoutContacts = 0;
        for (int trial = 0; trial < 300; trial++) {
            // strongly skewed cells, some thinner than the threshold
            double[][] v = new double[3][3];
            for (int k = 0; k < 3; k++) {
                for (int c = 0; c < 3; c++) {
                    v[k][c] = random.nextDouble(-4, 4);
                }
                v[k][k] += random.nextDouble(0.3, 3.0);
            }
            Cell cell;
            try {
                cell = Cell.of(v, random.nextInt(4) > 0, random.nextInt(4) > 0, random.nextInt(4) > 0);
            } catch (IllegalArgumentException singular) {
                continue;
            }
            if (Math.min(cell.height(0), Math.min(cell.height(1), cell.height(2))) < 0.25) {
                continue;
            }
            double threshold = random.nextDouble(0.2, 1.5);
            int range = 2 + (int) Math.ceil(threshold / Math.min(cell.height(0), Math.min(cell.height(1), cell.height(2)))) + 3;
            Structure s = random(random, cell, random.nextInt(1, 7));
            double[] expected = naive(s, threshold, range);
            CloseContacts.Contact contact = CloseContacts.find(s, threshold);
            if (expected[1] == 0) {
                withoutContacts++;
                assertNull(contact, "trial " + trial);
            } else {
                withContacts++;
                assertNotNull(contact, "trial " + trial);
                assertEquals(expected[0], contact.distance(), TOLERANCE, "trial " + trial);
                assertEquals((int) expected[1], contact.pairs(), "trial " + trial);
            }
        }
        assertTrue(withContacts > 30 && withoutContacts > 30, withContacts + " trials with contacts, " + withoutContacts + " without");
    }

    @Test
    void searchesBeyondTheNeighbouringCellsInSkewedCells() {
        // b − 2a = (−0.2, 1, 0): the nearest image is two cells away along a
        Cell skewed = Cell.periodic(new double[][] {{6, 0, 0}, {11.8, 1, 0}, {0, 0, 6}});
        Structure s = Structure.of(List.of(Element.Si, Element.Si), new double[] {1, 0.5, 1, 4, 0.5, 4}, skewed);
        CloseContacts.Contact contact = CloseContacts.find(s, 1.1);
        assertNotNull(contact);
        assertEquals(Math.sqrt(1.04), contact.distance(), TOLERANCE);
        assertEquals(2, contact.pairs(), "each atom meets its own image");
    }

    @Test
    void findsTheClosestPairWithoutACell() {
        Structure s = Structure.of(List.of(Element.H, Element.H, Element.H),
                new double[] {0, 0, 0, 0.4, 0, 0, 0, 0.3, 0}, Cell.none());
        CloseContacts.Contact contact = CloseContacts.find(s, 0.45);
        assertEquals(new CloseContacts.Contact(0, 2, 0.3, 2), new CloseContacts.Contact(
                contact.first(), contact.second(), Math.rint(contact.distance() * 1e12) / 1e12, contact.pairs()));
        assertNull(CloseContacts.find(s, 0.3));
    }
}
