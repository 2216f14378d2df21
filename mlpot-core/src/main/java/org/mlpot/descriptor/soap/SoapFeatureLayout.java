package org.mlpot.descriptor.soap;

/**
 * Where each power-spectrum element {@code p^(ab)_(n n' l)} sits in the feature vector, and which
 * features a neighbour of each species can change. Immutable.
 *
 * <p>Order: species pairs {@code (a, b)} with {@code a ≤ b} (indices into the species list), a before
 * b, lexicographically; within a pair {@code n} then {@code n'} then {@code l} ({@code l} fastest),
 * with {@code n ≤ n'} when {@code a = b} (the power spectrum is symmetric there) and all
 * {@code (n, n')} otherwise. Species follow the descriptor's species list (DScribe orders by atomic
 * number), so feature vectors compare with DScribe's only up to this ordering and the radial basis.
 *
 * <p>Sensitivity: without normalisation a neighbour of species s changes only pairs that contain s;
 * with normalisation every feature depends on the norm and so on every neighbour.
 */
final class SoapFeatureLayout {
    private final int species;
    private final int nMax;
    private final int lMax;
    private final int[] pairFirst;
    private final int[] pairSecond;
    private final int[] pairStart; // pairs + 1 entries
    private final int[][] sensitivity; // by neighbour species
    private final int[][] localStart; // [neighbour species][pair]: first index in the sensitivity list, or −1

    SoapFeatureLayout(int species, int nMax, int lMax, boolean normalize) {
        this.species = species;
        this.nMax = nMax;
        this.lMax = lMax;
        int pairs = species * (species + 1) / 2;
        pairFirst = new int[pairs];
        pairSecond = new int[pairs];
        pairStart = new int[pairs + 1];
        int p = 0;
        for (int a = 0; a < species; a++) {
            for (int b = a; b < species; b++) {
                pairFirst[p] = a;
                pairSecond[p] = b;
                int radial = a == b ? nMax * (nMax + 1) / 2 : nMax * nMax;
                pairStart[p + 1] = pairStart[p] + radial * (lMax + 1);
                p++;
            }
        }
        sensitivity = new int[species][];
        localStart = new int[species][pairs];
        for (int s = 0; s < species; s++) {
            int length = 0;
            for (int q = 0; q < pairs; q++) {
                boolean sensitive = normalize || pairFirst[q] == s || pairSecond[q] == s;
                localStart[s][q] = sensitive ? length : -1;
                if (sensitive) {
                    length += pairStart[q + 1] - pairStart[q];
                }
            }
            int[] list = new int[length];
            int i = 0;
            for (int q = 0; q < pairs; q++) {
                if (localStart[s][q] >= 0) {
                    for (int f = pairStart[q]; f < pairStart[q + 1]; f++) {
                        list[i++] = f;
                    }
                }
            }
            sensitivity[s] = list;
        }
    }

    /** The number of features. */
    int size() {
        return pairStart[pairStart.length - 1];
    }

    /** The number of species pairs. */
    int pairs() {
        return pairFirst.length;
    }

    /** The first (smaller) species of pair {@code p}. */
    int first(int p) {
        return pairFirst[p];
    }

    /** The second species of pair {@code p}. */
    int second(int p) {
        return pairSecond[p];
    }

    /** The index of pair {@code p}'s first feature. */
    int start(int p) {
        return pairStart[p];
    }

    /** The features a neighbour of species {@code s} can change, ascending; shared, do not modify. */
    int[] sensitivity(int s) {
        return sensitivity[s];
    }

    /** Where pair {@code p}'s features start in {@link #sensitivity(int) sensitivity(s)}, or −1 when not there. */
    int localStart(int s, int p) {
        return localStart[s][p];
    }

    /**
     * The index of {@code p^(ab)_(n n' l)}.
     *
     * @throws IllegalArgumentException when the element is not stored ({@code a > b}, or {@code n > n'} with {@code a = b})
     */
    int index(int a, int b, int n, int n2, int l) {
        if (a < 0 || b >= species || a > b || n < 0 || n2 < 0 || n >= nMax || n2 >= nMax || l < 0 || l > lMax
                || (a == b && n > n2)) {
            throw new IllegalArgumentException("no power-spectrum element (a=" + a + ", b=" + b + ", n=" + n + ", n'=" + n2
                    + ", l=" + l + ")");
        }
        int p = a * species - a * (a - 1) / 2 + (b - a);
        int radial = a == b ? n * nMax - n * (n - 1) / 2 + (n2 - n) : n * nMax + n2;
        return pairStart[p] + radial * (lMax + 1) + l;
    }
}
