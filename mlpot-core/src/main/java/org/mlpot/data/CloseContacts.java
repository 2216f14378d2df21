package org.mlpot.data;

import org.mlpot.structure.Cell;
import org.mlpot.structure.Structure;

/**
 * Finds atoms closer than a threshold, periodic images included, by brute force: every pair
 * {@code i ≤ j} and, for periodic axes, every lattice translation that can bring the two within
 * the threshold. O(N²) per structure, so meant for data checks on structures of up to a few
 * thousand atoms; an O(N) neighbour list should replace it for larger ones.
 *
 * <p>Correct for triclinic and for small cells (cells thinner than the threshold, where an atom
 * meets its own images): for the fractional difference {@code Δs} of two atoms (reduced to
 * [−½, ½] along periodic axes) and a translation by {@code n} cells along axis k, the distance is at
 * least {@code |Δs_k + n_k| · h_k}, where {@code h_k} is the distance between the cell faces
 * spanned by the other two vectors ({@link Cell#height(int)}). Only the integers {@code n_k} with
 * {@code |Δs_k + n_k| ≤ d / h_k} are therefore tried, and a pair for which one axis has none is
 * skipped without further work.
 */
final class CloseContacts {

    /**
     * The closest contact found and how many atom pairs are closer than the threshold.
     *
     * @param first the lower atom index of the closest pair
     * @param second the higher atom index (equal to {@code first} for an atom and its own image)
     * @param distance their distance in Å
     * @param pairs the number of pairs {@code i ≤ j} with some image closer than the threshold
     */
    record Contact(int first, int second, double distance, int pairs) {
    }

    private CloseContacts() {
    }

    /**
     * The closest pair of atoms (over all periodic images) closer than {@code threshold}, or null
     * when there is none.
     *
     * @param threshold distance in Å, positive
     */
    static Contact find(Structure structure, double threshold) {
        int n = structure.size();
        Cell cell = structure.cell();
        double thresholdSquared = threshold * threshold;
        int bestI = -1;
        int bestJ = -1;
        double bestSquared = Double.POSITIVE_INFINITY;
        int pairs = 0;
        if (!cell.hasVectors()) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = structure.position(j, 0) - structure.position(i, 0);
                    double dy = structure.position(j, 1) - structure.position(i, 1);
                    double dz = structure.position(j, 2) - structure.position(i, 2);
                    double d2 = dx * dx + dy * dy + dz * dz;
                    if (d2 < thresholdSquared) {
                        pairs++;
                        if (d2 < bestSquared) {
                            bestSquared = d2;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
        } else {
            double[] s = new double[3 * n];
            for (int i = 0; i < n; i++) {
                double x = structure.position(i, 0);
                double y = structure.position(i, 1);
                double z = structure.position(i, 2);
                for (int k = 0; k < 3; k++) {
                    s[3 * i + k] = cell.fractional(k, x, y, z);
                }
            }
            boolean[] periodic = cell.pbc();
            double[] reach = new double[3]; // threshold in units of the cell height, per axis
            for (int k = 0; k < 3; k++) {
                // a little slack so that rounding in the fractional coordinates cannot drop an image
                reach[k] = threshold / cell.height(k) * (1 + 1e-9) + 1e-12;
            }
            int[] lo = new int[3];
            int[] hi = new int[3];
            double[] ds = new double[3];
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    boolean possible = true;
                    for (int k = 0; k < 3 && possible; k++) {
                        double d = s[3 * j + k] - s[3 * i + k];
                        if (periodic[k]) {
                            d -= Math.rint(d);
                            lo[k] = (int) Math.ceil(-d - reach[k]);
                            hi[k] = (int) Math.floor(-d + reach[k]);
                        } else {
                            lo[k] = 0;
                            hi[k] = Math.abs(d) <= reach[k] ? 0 : -1;
                        }
                        ds[k] = d;
                        possible = lo[k] <= hi[k];
                    }
                    if (!possible) {
                        continue;
                    }
                    double pairBest = Double.POSITIVE_INFINITY;
                    for (int a = lo[0]; a <= hi[0]; a++) {
                        for (int b = lo[1]; b <= hi[1]; b++) {
                            for (int c = lo[2]; c <= hi[2]; c++) {
                                if (i == j && a == 0 && b == 0 && c == 0) {
                                    continue;
                                }
                                double sa = ds[0] + a;
                                double sb = ds[1] + b;
                                double sc = ds[2] + c;
                                double dx = cell.cartesian(0, sa, sb, sc);
                                double dy = cell.cartesian(1, sa, sb, sc);
                                double dz = cell.cartesian(2, sa, sb, sc);
                                pairBest = Math.min(pairBest, dx * dx + dy * dy + dz * dz);
                            }
                        }
                    }
                    if (pairBest < thresholdSquared) {
                        pairs++;
                        if (pairBest < bestSquared) {
                            bestSquared = pairBest;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
        }
        return bestI < 0 ? null : new Contact(bestI, bestJ, Math.sqrt(bestSquared), pairs);
    }
}
