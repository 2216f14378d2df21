package org.mlpot.neighbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class NeighborListTest {
    /** Displacements are compared to this many Å. */
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void matchesBruteForceOnRandomSkewedCells(int seed) {
        Random random = new Random(seed);
        double a = 3 + 9 * random.nextDouble();
        double b = 3 + 9 * random.nextDouble();
        double c = 3 + 9 * random.nextDouble();
        double alpha = 60 + 60 * random.nextDouble();
        double beta = 60 + 60 * random.nextDouble();
        double gamma = 60 + 60 * random.nextDouble();
        Cell cell;
        try {
            cell = Cell.fromLengthsAndAngles(a, b, c, alpha, beta, gamma);
        } catch (IllegalArgumentException impossibleAngles) {
            cell = Cell.fromLengthsAndAngles(a, b, c, 80, 95, 105);
        }
        boolean[] pbc = {random.nextInt(4) != 0, random.nextInt(4) != 0, random.nextInt(4) != 0};
        cell = cell.withPbc(pbc[0], pbc[1], pbc[2]);
        int atoms = 1 + random.nextInt(40);
        Structure structure = randomAtoms(cell, atoms, random, true);
        double cutoff = 1 + 7 * random.nextDouble();
        assertMatchesBruteForce(structure, cutoff);
    }

    @Test
    void tinyCellWithCutoffFarLongerThanTheCell() {
        Cell cell = Cell.fromLengthsAndAngles(1.3, 1.7, 2.1, 70, 100, 115);
        Structure structure = randomAtoms(cell, 2, new Random(3), false);
        assertMatchesBruteForce(structure, 6.5);
    }

    @Test
    void singleAtomSeesItsOwnImages() {
        Structure structure = Structure.of(List.of(Element.Ar), new double[] {0.2, 0.1, 0.3},
                Cell.periodic(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}}));
        NeighborList full = NeighborList.full(structure, 2.1);
        assertEquals(6, full.count(0), "six face neighbours at 2 Å");
        NeighborList half = NeighborList.half(structure, 2.1);
        assertEquals(3, half.count(0));
        assertMatchesBruteForce(structure, 4.5);
    }

    @Test
    void moleculeWithoutCell() {
        Random random = new Random(11);
        Structure structure = randomAtoms(Cell.none(), 30, random, false);
        assertMatchesBruteForce(structure, 2.5);
    }

    @Test
    void slabWithOneNonPeriodicAxisAndAtomsOutsideTheCell() {
        Cell cell = Cell.fromLengthsAndAngles(4, 5, 6, 90, 90, 60).withPbc(true, true, false);
        Random random = new Random(5);
        Structure structure = randomAtoms(cell, 25, random, true);
        assertMatchesBruteForce(structure, 3.7);
    }

    @Test
    void atomsFarOutsideThePeriodicCellGetExactDisplacements() {
        Cell cell = Cell.fromLengthsAndAngles(3, 4, 5, 80, 95, 110);
        double[] p = {-7.1, 13.2, 22.0, 8.4, -9.9, 0.3, 0.1, 0.2, 0.3};
        Structure structure = Structure.of(List.of(Element.Si, Element.Si, Element.O), p, cell);
        NeighborList list = NeighborList.full(structure, 5.0);
        for (int i = 0; i < 3; i++) {
            for (int k = list.start(i); k < list.end(i); k++) {
                int j = list.neighbor(k);
                for (int c = 0; c < 3; c++) {
                    double expected = p[3 * j + c] - p[3 * i + c]
                            + cell.cartesian(c, list.shift(k, 0), list.shift(k, 1), list.shift(k, 2));
                    assertEquals(expected, list.vector(k, c), TOLERANCE);
                }
            }
        }
        assertMatchesBruteForce(structure, 5.0);
    }

    @Test
    void supercellHasTheSameNeighbourCountsAsItsPrimitiveCell() {
        double a = 5.431;
        Structure diamond = Crystals.diamond(Element.Si, a);
        NeighborList small = NeighborList.full(diamond, 6.0);
        Structure big = diamond.supercell(3, 2, 2);
        NeighborList large = NeighborList.full(big, 6.0);
        for (int i = 0; i < big.size(); i++) {
            assertEquals(small.count(i % diamond.size()), large.count(i));
        }
        NeighborList first = NeighborList.full(diamond, 2.5);
        for (int i = 0; i < diamond.size(); i++) {
            assertEquals(4, first.count(i), "diamond has four nearest neighbours");
        }
    }

    @Test
    void emptyStructureAndBadCutoff() {
        Structure empty = Structure.of(List.of(), new double[0], Cell.none());
        assertEquals(0, NeighborList.full(empty, 3.0).size());
        Structure one = Structure.of(List.of(Element.H), new double[3], Cell.none());
        assertThrows(IllegalArgumentException.class, () -> NeighborList.full(one, 0.0));
        assertThrows(IllegalArgumentException.class, () -> NeighborList.full(one, Double.NaN));
    }

    @Test
    void farApartAtomsInVacuumStayCheap() {
        double[] p = {0, 0, 0, 1e4, 0, 0, 0, 1e4, 0, 0, 0, 1e4, 0.5, 0.5, 0.5};
        Structure structure = Structure.of(List.of(Element.H, Element.H, Element.H, Element.H, Element.H), p, Cell.none());
        NeighborList list = NeighborList.full(structure, 6.0);
        assertEquals(2, list.size());
        assertMatchesBruteForce(structure, 6.0);
    }

    private static Structure randomAtoms(Cell cell, int atoms, Random random, boolean spillOutside) {
        double[] p = new double[3 * atoms];
        List<Element> species = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            species.add(Element.Si);
            if (cell.hasVectors()) {
                double spread = spillOutside ? 1.6 : 1.0;
                double offset = spillOutside ? -0.3 : 0.0;
                double sa = offset + spread * random.nextDouble();
                double sb = offset + spread * random.nextDouble();
                double sc = offset + spread * random.nextDouble();
                for (int c = 0; c < 3; c++) {
                    p[3 * i + c] = cell.cartesian(c, sa, sb, sc);
                }
            } else {
                for (int c = 0; c < 3; c++) {
                    p[3 * i + c] = 8 * random.nextDouble();
                }
            }
        }
        return Structure.of(species, p, cell);
    }

    /** Every (i, j, shift) within the cutoff, found by looping over all images that can reach. */
    private static TreeMap<String, double[]> bruteForce(Structure s, double cutoff) {
        TreeMap<String, double[]> pairs = new TreeMap<>();
        Cell cell = s.cell();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[] lo = new int[3];
                int[] hi = new int[3];
                for (int k = 0; k < 3; k++) {
                    if (cell.isPeriodic(k)) {
                        double ds = cell.fractional(k, s.position(j, 0) - s.position(i, 0),
                                s.position(j, 1) - s.position(i, 1), s.position(j, 2) - s.position(i, 2));
                        double reach = cutoff / cell.height(k);
                        lo[k] = (int) Math.floor(-ds - reach) - 1;
                        hi[k] = (int) Math.ceil(-ds + reach) + 1;
                    }
                }
                for (int s0 = lo[0]; s0 <= hi[0]; s0++) {
                    for (int s1 = lo[1]; s1 <= hi[1]; s1++) {
                        for (int s2 = lo[2]; s2 <= hi[2]; s2++) {
                            if (i == j && s0 == 0 && s1 == 0 && s2 == 0) {
                                continue;
                            }
                            double[] d = new double[3];
                            for (int c = 0; c < 3; c++) {
                                d[c] = s.position(j, c) - s.position(i, c) + cell.cartesian(c, s0, s1, s2);
                            }
                            if (d[0] * d[0] + d[1] * d[1] + d[2] * d[2] < cutoff * cutoff) {
                                pairs.put(i + "," + j + "," + s0 + "," + s1 + "," + s2, d);
                            }
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static void assertMatchesBruteForce(Structure s, double cutoff) {
        TreeMap<String, double[]> expected = bruteForce(s, cutoff);
        NeighborList full = NeighborList.full(s, cutoff);
        TreeMap<String, double[]> found = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            for (int k = full.start(i); k < full.end(i); k++) {
                String key = i + "," + full.neighbor(k) + "," + full.shift(k, 0) + "," + full.shift(k, 1) + "," + full.shift(k, 2);
                double[] previous = found.put(key, new double[] {full.dx(k), full.dy(k), full.dz(k)});
                assertEquals(null, previous, "entry listed twice: " + key);
                double r = Math.sqrt(full.dx(k) * full.dx(k) + full.dy(k) * full.dy(k) + full.dz(k) * full.dz(k));
                assertEquals(r, full.distance(k), TOLERANCE);
            }
        }
        assertEquals(expected.keySet(), found.keySet(), "pairs of the full list, cutoff " + cutoff + ", " + s.cell());
        for (String key : expected.keySet()) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected.get(key)[c], found.get(key)[c], TOLERANCE, key);
            }
        }

        NeighborList half = NeighborList.half(s, cutoff);
        assertEquals(full.size(), 2 * half.size(), "a half list holds every pair once");
        List<String> halfPairs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            for (int k = half.start(i); k < half.end(i); k++) {
                int j = half.neighbor(k);
                assertTrue(i <= j, "half-list entries sit with the smaller index");
                String key = i + "," + j + "," + half.shift(k, 0) + "," + half.shift(k, 1) + "," + half.shift(k, 2);
                String reverse = j + "," + i + "," + -half.shift(k, 0) + "," + -half.shift(k, 1) + "," + -half.shift(k, 2);
                assertTrue(expected.containsKey(key), key);
                halfPairs.add(key);
                halfPairs.add(reverse);
            }
        }
        Collections.sort(halfPairs);
        assertEquals(new ArrayList<>(expected.keySet()), halfPairs, "half list and its mirror make the full list");
    }
}
