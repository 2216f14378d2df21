package org.mlpot.neighbor;

import java.util.Arrays;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Structure;

/**
 * Linked-cell construction of a {@link NeighborList} in O(N) for any triclinic cell.
 *
 * <p>Atoms are sorted into bins that tile the cell in fractional coordinates (or the bounding box
 * along non-periodic axes). A bin is at least {@code cutoff / BINS_PER_CUTOFF} wide measured between
 * its faces, so every neighbour of an atom lies in a bin at most {@code m_k} bins away along axis k,
 * where {@code m_k = ceil(cutoff / binHeight_k)}. Along periodic axes the bin search wraps around and
 * records the image shift, so a cutoff longer than the cell visits as many images as needed.
 */
final class NeighborListBuilder {
    /** Bins per cutoff length: 2 means bins of half the cutoff and a 5×5×5 search. */
    private static final int BINS_PER_CUTOFF = 2;
    /** At most this many bins per atom (plus a floor), so sparse systems stay O(N) in memory. */
    private static final int MAX_BINS_PER_ATOM = 4;

    private NeighborListBuilder() {
    }

    static NeighborList build(Structure structure, double cutoff, boolean full) {
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("the neighbour cutoff must be positive and finite, got " + cutoff);
        }
        int n = structure.size();
        Cell cell = structure.cell();
        double[] lattice = cell.hasVectors() ? cell.toRowMajor() : new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
        boolean[] pbc = cell.pbc();
        double[] heights = new double[3];
        for (int k = 0; k < 3; k++) {
            heights[k] = cell.hasVectors() ? cell.height(k) : 1.0;
        }

        double[] positions = structure.positions();
        double[] frac = new double[3 * n];
        int[] wraps = new int[3 * n];
        double[] lo = new double[3];
        double[] hi = new double[3];
        fractionalAndWrapped(cell, lattice, pbc, positions, frac, wraps, lo, hi);

        int[] bins = new int[3];
        double[] width = new double[3];
        int[] reach = new int[3];
        chooseBins(n, cutoff, pbc, heights, lo, hi, bins, width, reach);

        int[] atomBin = new int[n];
        for (int i = 0; i < n; i++) {
            int b = 0;
            for (int k = 0; k < 3; k++) {
                int bk = (int) ((frac[3 * i + k] - lo[k]) / width[k]);
                bk = Math.max(0, Math.min(bins[k] - 1, bk));
                b = b * bins[k] + bk;
            }
            atomBin[i] = b;
        }
        int binCount = bins[0] * bins[1] * bins[2];
        int[] binStart = new int[binCount + 1];
        for (int i = 0; i < n; i++) {
            binStart[atomBin[i] + 1]++;
        }
        for (int b = 0; b < binCount; b++) {
            binStart[b + 1] += binStart[b];
        }
        int[] binAtoms = new int[n];
        int[] fill = Arrays.copyOf(binStart, binCount);
        for (int i = 0; i < n; i++) {
            binAtoms[fill[atomBin[i]]++] = i;
        }

        double[] binPositions = new double[3 * n];
        for (int a = 0; a < n; a++) {
            System.arraycopy(positions, 3 * binAtoms[a], binPositions, 3 * a, 3);
        }
        int capacity = estimateEntries(structure, cutoff, full);
        Search search = new Search(n, cutoff, full, lattice, pbc, binPositions, wraps, bins, reach, capacity);
        for (int b = 0; b < binCount; b++) {
            if (binStart[b] == binStart[b + 1]) {
                continue;
            }
            search.visitBin(b, binStart, binAtoms);
        }
        return search.result();
    }

    /** The expected number of entries for a uniform density, with a margin; a guess for open systems. */
    private static int estimateEntries(Structure structure, double cutoff, boolean full) {
        int n = structure.size();
        if (!structure.cell().fullyPeriodic()) {
            return Math.max(16, 16 * n);
        }
        double sphere = 4.0 / 3.0 * Math.PI * cutoff * cutoff * cutoff;
        double perAtom = n / structure.cell().volume() * sphere * 1.2 + 8;
        double entries = n * perAtom / (full ? 1 : 2);
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, entries));
    }

    /**
     * Fractional coordinates, wrapped into [0, 1) along periodic axes with the integer wraps recorded,
     * and working positions moved by the same lattice translations. Also the fractional range
     * {@code lo..hi} along every axis.
     */
    private static void fractionalAndWrapped(Cell cell, double[] lattice, boolean[] pbc, double[] positions,
                                             double[] frac, int[] wraps, double[] lo, double[] hi) {
        int n = positions.length / 3;
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double x = positions[3 * i];
            double y = positions[3 * i + 1];
            double z = positions[3 * i + 2];
            for (int k = 0; k < 3; k++) {
                double s = cell.hasVectors() ? cell.fractional(k, x, y, z) : positions[3 * i + k];
                if (pbc[k]) {
                    double w = Math.floor(s);
                    s -= w;
                    if (s >= 1.0) { // a tiny negative s wraps to exactly 1.0
                        s = 0.0;
                        w += 1.0;
                    }
                    wraps[3 * i + k] = (int) w;
                }
                frac[3 * i + k] = s;
                lo[k] = Math.min(lo[k], s);
                hi[k] = Math.max(hi[k], s);
            }
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] -= wraps[3 * i] * lattice[c] + wraps[3 * i + 1] * lattice[3 + c] + wraps[3 * i + 2] * lattice[6 + c];
            }
        }
        for (int k = 0; k < 3; k++) {
            if (pbc[k]) {
                lo[k] = 0.0;
                hi[k] = 1.0;
            } else if (n == 0) {
                lo[k] = 0.0;
                hi[k] = 0.0;
            }
        }
    }

    private static void chooseBins(int n, double cutoff, boolean[] pbc, double[] heights, double[] lo, double[] hi,
                                   int[] bins, double[] width, int[] reach) {
        double binLength = cutoff / BINS_PER_CUTOFF;
        for (int k = 0; k < 3; k++) {
            double extent = (hi[k] - lo[k]) * heights[k];
            bins[k] = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 4, Math.floor(extent / binLength)));
        }
        long maxBins = Math.max(64L, (long) MAX_BINS_PER_ATOM * n);
        while ((long) bins[0] * bins[1] * bins[2] > maxBins) {
            int k = bins[0] >= bins[1] && bins[0] >= bins[2] ? 0 : bins[1] >= bins[2] ? 1 : 2;
            bins[k] = Math.max(1, bins[k] / 2);
        }
        for (int k = 0; k < 3; k++) {
            double span = hi[k] - lo[k];
            width[k] = span > 0 ? span / bins[k] : 1.0;
            double binHeight = width[k] * heights[k];
            reach[k] = span > 0 || pbc[k] ? (int) Math.ceil(cutoff / binHeight) : 0;
            if (!pbc[k]) {
                reach[k] = Math.min(reach[k], bins[k] - 1);
            }
        }
    }

    /** The search over neighbouring bins, appending entries per atom. */
    private static final class Search {
        private final int n;
        private final double cutoffSquared;
        private final double cutoff;
        private final boolean full;
        private final double[] lattice;
        private final boolean[] pbc;
        private final double[] binPositions; // positions in bin-slot order
        private final int[] wraps;
        private final int[] bins;
        private final int[] reach;

        private final int[] atomStart;
        private final int[] atomCount;
        private int[] neighbors;
        private double[] vectors;
        private double[] distances;
        private int[] shifts;
        private int size;

        // the bins around the current one: index and image shift
        private final int[] aroundBin;
        private final int[] aroundShift;
        private final double[] aroundTranslation;

        Search(int n, double cutoff, boolean full, double[] lattice, boolean[] pbc, double[] binPositions, int[] wraps,
               int[] bins, int[] reach, int capacity) {
            this.n = n;
            this.cutoff = cutoff;
            this.cutoffSquared = cutoff * cutoff;
            this.full = full;
            this.lattice = lattice;
            this.pbc = pbc;
            this.binPositions = binPositions;
            this.wraps = wraps;
            this.bins = bins;
            this.reach = reach;
            this.atomStart = new int[n];
            this.atomCount = new int[n];
            this.neighbors = new int[capacity];
            this.vectors = new double[3 * capacity];
            this.distances = new double[capacity];
            this.shifts = new int[3 * capacity];
            int around = (2 * reach[0] + 1) * (2 * reach[1] + 1) * (2 * reach[2] + 1);
            this.aroundBin = new int[around];
            this.aroundShift = new int[3 * around];
            this.aroundTranslation = new double[3 * around];
        }

        void visitBin(int bin, int[] binStart, int[] binAtoms) {
            int around = collectAround(bin);
            for (int a = binStart[bin]; a < binStart[bin + 1]; a++) {
                int i = binAtoms[a];
                atomStart[i] = size;
                double xi = binPositions[3 * a];
                double yi = binPositions[3 * a + 1];
                double zi = binPositions[3 * a + 2];
                for (int o = 0; o < around; o++) {
                    int c = aroundBin[o];
                    int s0 = aroundShift[3 * o];
                    int s1 = aroundShift[3 * o + 1];
                    int s2 = aroundShift[3 * o + 2];
                    boolean home = s0 == 0 && s1 == 0 && s2 == 0;
                    double tx = aroundTranslation[3 * o] - xi;
                    double ty = aroundTranslation[3 * o + 1] - yi;
                    double tz = aroundTranslation[3 * o + 2] - zi;
                    for (int b = binStart[c]; b < binStart[c + 1]; b++) {
                        int j = binAtoms[b];
                        if (!full && !keepInHalf(i, j, s0, s1, s2)) {
                            continue;
                        }
                        if (j == i && home) {
                            continue;
                        }
                        double dx = binPositions[3 * b] + tx;
                        double dy = binPositions[3 * b + 1] + ty;
                        double dz = binPositions[3 * b + 2] + tz;
                        double r2 = dx * dx + dy * dy + dz * dz;
                        if (r2 < cutoffSquared) {
                            append(j, dx, dy, dz, Math.sqrt(r2),
                                    s0 - wraps[3 * j] + wraps[3 * i],
                                    s1 - wraps[3 * j + 1] + wraps[3 * i + 1],
                                    s2 - wraps[3 * j + 2] + wraps[3 * i + 2]);
                        }
                    }
                }
                atomCount[i] = size - atomStart[i];
            }
        }

        /** The half list keeps i < j, and for self-images the lexicographically positive shift. */
        private static boolean keepInHalf(int i, int j, int s0, int s1, int s2) {
            if (i != j) {
                return i < j;
            }
            return s0 > 0 || (s0 == 0 && (s1 > 0 || (s1 == 0 && s2 > 0)));
        }

        private int collectAround(int bin) {
            int b2 = bin % bins[2];
            int b1 = (bin / bins[2]) % bins[1];
            int b0 = bin / (bins[2] * bins[1]);
            int count = 0;
            for (int d0 = -reach[0]; d0 <= reach[0]; d0++) {
                int c0 = b0 + d0;
                int s0 = Math.floorDiv(c0, bins[0]);
                if (s0 != 0 && !pbc[0]) {
                    continue;
                }
                c0 -= s0 * bins[0];
                for (int d1 = -reach[1]; d1 <= reach[1]; d1++) {
                    int c1 = b1 + d1;
                    int s1 = Math.floorDiv(c1, bins[1]);
                    if (s1 != 0 && !pbc[1]) {
                        continue;
                    }
                    c1 -= s1 * bins[1];
                    for (int d2 = -reach[2]; d2 <= reach[2]; d2++) {
                        int c2 = b2 + d2;
                        int s2 = Math.floorDiv(c2, bins[2]);
                        if (s2 != 0 && !pbc[2]) {
                            continue;
                        }
                        c2 -= s2 * bins[2];
                        aroundBin[count] = (c0 * bins[1] + c1) * bins[2] + c2;
                        aroundShift[3 * count] = s0;
                        aroundShift[3 * count + 1] = s1;
                        aroundShift[3 * count + 2] = s2;
                        for (int c = 0; c < 3; c++) {
                            aroundTranslation[3 * count + c] = s0 * lattice[c] + s1 * lattice[3 + c] + s2 * lattice[6 + c];
                        }
                        count++;
                    }
                }
            }
            return count;
        }

        private void append(int j, double dx, double dy, double dz, double r, int s0, int s1, int s2) {
            if (size == neighbors.length) {
                int capacity = Math.max(16, neighbors.length + (neighbors.length >> 1));
                neighbors = Arrays.copyOf(neighbors, capacity);
                distances = Arrays.copyOf(distances, capacity);
                vectors = Arrays.copyOf(vectors, 3 * capacity);
                shifts = Arrays.copyOf(shifts, 3 * capacity);
            }
            neighbors[size] = j;
            distances[size] = r;
            vectors[3 * size] = dx;
            vectors[3 * size + 1] = dy;
            vectors[3 * size + 2] = dz;
            shifts[3 * size] = s0;
            shifts[3 * size + 1] = s1;
            shifts[3 * size + 2] = s2;
            size++;
        }

        /** The list; entries stay in bin order, each atom's entries contiguous. */
        NeighborList result() {
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                ends[i] = atomStart[i] + atomCount[i];
            }
            return new NeighborList(n, cutoff, full, atomStart, ends, size, neighbors, vectors, distances, shifts);
        }
    }
}
