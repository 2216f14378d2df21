package org.mlpot.descriptor.acsf;

/**
 * The monomials {@code u_x^a u_y^b u_z^c} of a 3-vector up to a fixed total degree, graded: the
 * {@code (n + 1)(n + 2)/2} monomials of degree {@code n} follow those of lower degree, so that the
 * table for degree {@code D} starts with the table for every lower degree ({@link #count(int)}
 * components in all). A symmetric tensor of rank {@code n} is stored by its independent
 * components, one per monomial of degree {@code n}; {@link #multiplicity} is the number of index
 * tuples each stands for ({@code n!/(a! b! c!)}), so that the full contraction of two such tensors
 * is {@code Σ multiplicity · A · B}. Immutable.
 */
final class Monomials {
    private final int[] parent;
    private final int[] axis;
    private final double[] multiplicity;
    private final int[][] lower;
    private final double[][] exponent;
    private final int[][] raise;

    /** The table up to total degree {@code degree ≥ 0}. */
    Monomials(int degree) {
        if (degree < 0) {
            throw new IllegalArgumentException("expected a degree ≥ 0, got " + degree);
        }
        int size = count(degree);
        int[][][] index = new int[degree + 1][degree + 1][degree + 1];
        int[][] powers = new int[size][];
        int i = 0;
        for (int n = 0; n <= degree; n++) {
            for (int a = n; a >= 0; a--) {
                for (int b = n - a; b >= 0; b--) {
                    int c = n - a - b;
                    index[a][b][c] = i;
                    powers[i++] = new int[] {a, b, c};
                }
            }
        }
        this.parent = new int[size];
        this.axis = new int[size];
        this.multiplicity = new double[size];
        this.lower = new int[3][size];
        this.exponent = new double[3][size];
        this.raise = new int[3][count(degree - 1)];
        for (i = 0; i < size; i++) {
            int[] p = powers[i];
            multiplicity[i] = factorial(p[0] + p[1] + p[2]) / (factorial(p[0]) * factorial(p[1]) * factorial(p[2]));
            parent[i] = -1;
            for (int x = 2; x >= 0; x--) {
                if (p[x] > 0) {
                    int[] q = p.clone();
                    q[x]--;
                    int below = index[q[0]][q[1]][q[2]];
                    parent[i] = below;
                    axis[i] = x;
                    lower[x][i] = below;
                    exponent[x][i] = p[x];
                    raise[x][below] = i;
                }
            }
        }
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** The number of monomials of total degree at most {@code n}: {@code (n + 1)(n + 2)(n + 3)/6}. */
    static int count(int n) {
        return (n + 1) * (n + 2) * (n + 3) / 6;
    }

    /**
     * Writes the monomials of {@code (x, y, z)} up to total degree {@code n} (at most the table's) into
     * {@code target[0 .. count(n))}.
     */
    void evaluate(double x, double y, double z, int n, double[] target) {
        evaluate(x, y, z, n, target, 0);
    }

    /** The same, into {@code target[offset .. offset + count(n))}. */
    void evaluate(double x, double y, double z, int n, double[] target, int offset) {
        target[offset] = 1.0;
        int size = count(n);
        for (int i = 1; i < size; i++) {
            int a = axis[i];
            target[offset + i] = target[offset + parent[i]] * (a == 0 ? x : a == 1 ? y : z);
        }
    }

    /** {@code n!/(a! b! c!)} of monomial {@code i}: how many index tuples its tensor component stands for. */
    double multiplicity(int i) {
        return multiplicity[i];
    }

    /**
     * The monomial that monomial {@code i} becomes when differentiated by component {@code x}
     * (0, 1, 2): its index; any valid index (with {@link #exponent} 0) when it does not contain
     * that component.
     */
    int lower(int x, int i) {
        return lower[x][i];
    }

    /**
     * The monomial that monomial {@code j} (of degree below the table's) becomes when multiplied by
     * component {@code x} (0, 1, 2): its index. The inverse of {@link #lower}.
     */
    int raise(int x, int j) {
        return raise[x][j];
    }

    /** The power of component {@code x} in monomial {@code i}: the factor its derivative by {@code x} brings down. */
    double exponent(int x, int i) {
        return exponent[x][i];
    }
}
