package org.mlpot.structure;

import java.util.Arrays;

/**
 * A simulation cell: three lattice vectors (the rows a, b, c of a 3×3 matrix, in Å) and a
 * periodicity flag per axis. Immutable.
 *
 * <p>A cell either has no vectors at all ({@link #none()}, a molecule in vacuum, never periodic) or
 * three linearly independent vectors. Periodicity is per axis, so a slab is a cell with
 * {@code pbc = (true, true, false)}. Cartesian and fractional coordinates are related by
 * {@code r = s_a a + s_b b + s_c c}.
 *
 * <p>Strain follows ASE: a strain tensor ε deforms every point as {@code r' = (I + ε) r}, so each
 * lattice vector (a row) becomes {@code a' = a (I + ε)ᵀ}.
 */
public final class Cell {
    private static final Cell NONE = new Cell(new double[9], new boolean[3]);

    private final double[] m;      // row-major, rows are a, b, c
    private final boolean[] pbc;
    private final double[] inverse; // row-major inverse of m; s = r · inverse

    private Cell(double[] m, boolean[] pbc) {
        this.m = m;
        this.pbc = pbc;
        this.inverse = isZero(m) ? null : invert(m);
    }

    /** No cell: a finite, non-periodic system such as a molecule. */
    public static Cell none() {
        return NONE;
    }

    /**
     * A cell from its three lattice vectors (rows) with the given periodicity.
     *
     * @param vectors 3×3, {@code vectors[k]} is lattice vector k in Å; not modified
     * @throws IllegalArgumentException when the vectors are not finite or linearly dependent
     */
    public static Cell of(double[][] vectors, boolean pbcA, boolean pbcB, boolean pbcC) {
        if (vectors.length != 3) {
            throw new IllegalArgumentException("a cell needs 3 lattice vectors, got " + vectors.length);
        }
        double[] flat = new double[9];
        for (int k = 0; k < 3; k++) {
            if (vectors[k].length != 3) {
                throw new IllegalArgumentException("lattice vector " + k + " has " + vectors[k].length + " components, expected 3");
            }
            System.arraycopy(vectors[k], 0, flat, 3 * k, 3);
        }
        return ofRowMajor(flat, new boolean[] {pbcA, pbcB, pbcC});
    }

    /** A fully periodic cell from its three lattice vectors (rows). */
    public static Cell periodic(double[][] vectors) {
        return of(vectors, true, true, true);
    }

    /**
     * A cell from nine numbers, row-major ({@code ax ay az bx by bz cx cy cz}), as extxyz's
     * {@code Lattice} and n2p2's {@code lattice} lines write them.
     *
     * @param rowMajor nine values in Å; not modified
     * @param pbc three periodicity flags; not modified
     */
    public static Cell ofRowMajor(double[] rowMajor, boolean[] pbc) {
        if (rowMajor.length != 9 || pbc.length != 3) {
            throw new IllegalArgumentException("a cell needs 9 matrix entries and 3 periodicity flags");
        }
        for (double v : rowMajor) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("lattice vectors must be finite, got " + Arrays.toString(rowMajor));
            }
        }
        double[] copy = rowMajor.clone();
        if (isZero(copy)) {
            if (pbc[0] || pbc[1] || pbc[2]) {
                throw new IllegalArgumentException("a periodic axis needs a lattice vector, but the cell is empty");
            }
            return NONE;
        }
        double det = determinant(copy);
        double scale = norm(copy, 0) * norm(copy, 1) * norm(copy, 2);
        if (!(Math.abs(det) > 1e-10 * scale) || scale == 0) {
            throw new IllegalArgumentException(
                    "lattice vectors are linearly dependent (volume " + det + " Å³): give three independent vectors or no cell");
        }
        return new Cell(copy, pbc.clone());
    }

    /**
     * A cell from lengths (Å) and angles (degrees) with ASE's orientation: a along x, b in the xy
     * plane, c completing a right-handed set. Fully periodic.
     *
     * @param alpha angle between b and c; {@code beta} between a and c; {@code gamma} between a and b
     */
    public static Cell fromLengthsAndAngles(double a, double b, double c, double alpha, double beta, double gamma) {
        if (!(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException("cell lengths must be positive, got " + a + ", " + b + ", " + c);
        }
        double cosA = cosDegrees(alpha);
        double cosB = cosDegrees(beta);
        double cosG = cosDegrees(gamma);
        double sinG = sinDegrees(gamma);
        double cx = cosB;
        double cy = (cosA - cosB * cosG) / sinG;
        double cz2 = 1.0 - cx * cx - cy * cy;
        if (!(cz2 > 0)) {
            throw new IllegalArgumentException(
                    "angles " + alpha + "°, " + beta + "°, " + gamma + "° do not form a cell (the vectors would be coplanar)");
        }
        return periodic(new double[][] {
            {a, 0, 0},
            {b * cosG, b * sinG, 0},
            {c * cx, c * cy, c * Math.sqrt(cz2)}});
    }

    /** Whether the cell has lattice vectors ({@code false} only for {@link #none()}). */
    public boolean hasVectors() {
        return inverse != null;
    }

    /** Whether axis {@code k} (0 = a, 1 = b, 2 = c) is periodic. */
    public boolean isPeriodic(int k) {
        return pbc[k];
    }

    /** The three periodicity flags as a new array. */
    public boolean[] pbc() {
        return pbc.clone();
    }

    /** Whether any axis is periodic. */
    public boolean anyPeriodic() {
        return pbc[0] || pbc[1] || pbc[2];
    }

    /** Whether all three axes are periodic. */
    public boolean fullyPeriodic() {
        return pbc[0] && pbc[1] && pbc[2];
    }

    /** Component {@code col} of lattice vector {@code row}, in Å. */
    public double get(int row, int col) {
        return m[3 * row + col];
    }

    /** Lattice vector {@code k} as a new array. */
    public double[] vector(int k) {
        return Arrays.copyOfRange(m, 3 * k, 3 * k + 3);
    }

    /** The nine matrix entries, row-major, as a new array. */
    public double[] toRowMajor() {
        return m.clone();
    }

    /** The lattice vectors as a new 3×3 array (rows a, b, c). */
    public double[][] toMatrix() {
        return new double[][] {vector(0), vector(1), vector(2)};
    }

    /** The volume in Å³ (positive), or 0 without vectors. */
    public double volume() {
        return hasVectors() ? Math.abs(determinant(m)) : 0.0;
    }

    /** The lengths |a|, |b|, |c| in Å. */
    public double[] lengths() {
        return new double[] {norm(m, 0), norm(m, 1), norm(m, 2)};
    }

    /** The angles alpha (b, c), beta (a, c), gamma (a, b) in degrees. */
    public double[] angles() {
        return new double[] {angle(1, 2), angle(0, 2), angle(0, 1)};
    }

    /**
     * The distance between the two faces of the cell spanned by the other two vectors, that is
     * {@code V / |b × c|} for axis a. A sphere of radius r fits between the faces when
     * {@code 2r <= height}.
     */
    public double height(int k) {
        requireVectors();
        int p = (k + 1) % 3;
        int q = (k + 2) % 3;
        double cx = m[3 * p + 1] * m[3 * q + 2] - m[3 * p + 2] * m[3 * q + 1];
        double cy = m[3 * p + 2] * m[3 * q] - m[3 * p] * m[3 * q + 2];
        double cz = m[3 * p] * m[3 * q + 1] - m[3 * p + 1] * m[3 * q];
        return volume() / Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    /**
     * Fractional coordinate {@code k} of the Cartesian point (x, y, z).
     *
     * @throws IllegalStateException for a cell without vectors
     */
    public double fractional(int k, double x, double y, double z) {
        requireVectors();
        return x * inverse[k] + y * inverse[3 + k] + z * inverse[6 + k];
    }

    /** Cartesian component {@code c} of the fractional point (sa, sb, sc). */
    public double cartesian(int c, double sa, double sb, double sc) {
        return sa * m[c] + sb * m[3 + c] + sc * m[6 + c];
    }

    /** This cell with other periodicity flags. */
    public Cell withPbc(boolean pbcA, boolean pbcB, boolean pbcC) {
        if (!hasVectors()) {
            return ofRowMajor(m, new boolean[] {pbcA, pbcB, pbcC});
        }
        return new Cell(m, new boolean[] {pbcA, pbcB, pbcC});
    }

    /** This cell with each vector multiplied by its repeat count (a supercell). */
    public Cell repeated(int na, int nb, int nc) {
        requireVectors();
        int[] n = {na, nb, nc};
        double[] r = new double[9];
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 3; c++) {
                r[3 * k + c] = m[3 * k + c] * n[k];
            }
        }
        return new Cell(r, pbc.clone());
    }

    /**
     * This cell deformed by the strain ε: every lattice vector becomes {@code a (I + ε)ᵀ}.
     *
     * @param strain 3×3 strain tensor (need not be symmetric); not modified
     */
    public Cell strained(double[][] strain) {
        if (!hasVectors()) {
            return this;
        }
        double[] r = new double[9];
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 3; c++) {
                double s = m[3 * k + c];
                for (int d = 0; d < 3; d++) {
                    s += strain[c][d] * m[3 * k + d];
                }
                r[3 * k + c] = s;
            }
        }
        return ofRowMajor(r, pbc);
    }

    private double angle(int p, int q) {
        double dot = m[3 * p] * m[3 * q] + m[3 * p + 1] * m[3 * q + 1] + m[3 * p + 2] * m[3 * q + 2];
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot / (norm(m, p) * norm(m, q))))));
    }

    private void requireVectors() {
        if (!hasVectors()) {
            throw new IllegalStateException("this structure has no cell");
        }
    }

    private static double cosDegrees(double deg) {
        // exact values at right angles, as ASE does, so orthorhombic cells have no 1e-17 residues
        return Math.abs(deg - 90.0) < 1e-12 ? 0.0 : Math.cos(Math.toRadians(deg));
    }

    private static double sinDegrees(double deg) {
        return Math.abs(deg - 90.0) < 1e-12 ? 1.0 : Math.sin(Math.toRadians(deg));
    }

    private static double norm(double[] m, int k) {
        return Math.sqrt(m[3 * k] * m[3 * k] + m[3 * k + 1] * m[3 * k + 1] + m[3 * k + 2] * m[3 * k + 2]);
    }

    private static boolean isZero(double[] m) {
        for (double v : m) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static double determinant(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    private static double[] invert(double[] m) {
        double det = determinant(m);
        double[] r = new double[9];
        r[0] = (m[4] * m[8] - m[5] * m[7]) / det;
        r[1] = (m[2] * m[7] - m[1] * m[8]) / det;
        r[2] = (m[1] * m[5] - m[2] * m[4]) / det;
        r[3] = (m[5] * m[6] - m[3] * m[8]) / det;
        r[4] = (m[0] * m[8] - m[2] * m[6]) / det;
        r[5] = (m[2] * m[3] - m[0] * m[5]) / det;
        r[6] = (m[3] * m[7] - m[4] * m[6]) / det;
        r[7] = (m[1] * m[6] - m[0] * m[7]) / det;
        r[8] = (m[0] * m[4] - m[1] * m[3]) / det;
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && Arrays.equals(m, c.m) && Arrays.equals(pbc, c.pbc);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(m) + Arrays.hashCode(pbc);
    }

    @Override
    public String toString() {
        return hasVectors() ? "Cell" + Arrays.toString(m) + " pbc=" + Arrays.toString(pbc) : "Cell[none]";
    }
}
