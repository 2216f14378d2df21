package org.mlpot.descriptor;

import java.util.List;
import org.mlpot.structure.Element;

/**
 * The features of every atom of one structure and, when computed, their derivatives with respect to
 * atom positions and cell strain, stored sparsely. Immutable; made by {@link FeatureCalculator}.
 *
 * <p>Derivatives of atom {@code i}'s features: with respect to the position of each atom {@code j}
 * within the cutoff ({@link #neighborCount(int)} of them, periodic images merged, {@code i} itself
 * excluded), only for the features in {@link #sensitivity(int, int)}; with respect to {@code i}'s own
 * position, for all features ({@link #selfDerivative}); and with respect to the strain ε of the
 * cell, as the symmetric tensor {@code ∂G/∂ε} in Voigt order xx, yy, zz, yz, xz, xy
 * ({@link #strainDerivative}). Models contract them with {@code ∂E/∂G} through
 * {@link #addForces} and {@link #addStrainDerivative}.
 */
public final class StructureFeatures {
    /** Row-major index of each Voigt component (xx, yy, zz, yz, xz, xy), and of the transposed off-diagonals. */
    private static final int[] VOIGT_ROW_MAJOR = {0, 4, 8, 5, 2, 1};
    private static final int[] VOIGT_TRANSPOSED = {7, 6, 3};

    private final List<Element> elements;
    private final int[][][] sensitivity; // [centre species][neighbour species]
    private final int[] species;
    private final int[] valueOffsets;
    private final double[] values;
    private final int[] neighborStarts; // null without derivatives
    private final int[] neighborAtoms;
    private final int[] neighborBlocks;
    private final int[] selfBlocks;
    private final int[] strainBlocks;
    private final double[] derivatives;

    StructureFeatures(List<Element> elements, int[][][] sensitivity, int[] species, int[] valueOffsets, double[] values,
                      int[] neighborStarts, int[] neighborAtoms, int[] neighborBlocks, int[] selfBlocks,
                      int[] strainBlocks, double[] derivatives) {
        this.elements = elements;
        this.sensitivity = sensitivity;
        this.species = species;
        this.valueOffsets = valueOffsets;
        this.values = values;
        this.neighborStarts = neighborStarts;
        this.neighborAtoms = neighborAtoms;
        this.neighborBlocks = neighborBlocks;
        this.selfBlocks = selfBlocks;
        this.strainBlocks = strainBlocks;
        this.derivatives = derivatives;
    }

    /** The number of atoms. */
    public int atoms() {
        return species.length;
    }

    /** Atom {@code i}'s species: its element's index in the descriptor's element list. */
    public int species(int i) {
        return species[i];
    }

    /** Atom {@code i}'s element. */
    public Element element(int i) {
        return elements.get(species[i]);
    }

    /** The number of features of atom {@code i}. */
    public int size(int i) {
        return valueOffsets[i + 1] - valueOffsets[i];
    }

    /** Feature {@code g} of atom {@code i}. */
    public double value(int i, int g) {
        return values[valueOffsets[i] + g];
    }

    /** Atom {@code i}'s features as a new array. */
    public double[] values(int i) {
        return java.util.Arrays.copyOfRange(values, valueOffsets[i], valueOffsets[i + 1]);
    }

    /** Copies atom {@code i}'s features into {@code target} from {@code offset}. */
    public void copyValues(int i, double[] target, int offset) {
        System.arraycopy(values, valueOffsets[i], target, offset, size(i));
    }

    /** Whether derivatives were computed. */
    public boolean hasDerivatives() {
        return derivatives != null;
    }

    /** How many other atoms atom {@code i}'s features depend on. */
    public int neighborCount(int i) {
        requireDerivatives();
        return neighborStarts[i + 1] - neighborStarts[i];
    }

    /** The atom index of atom {@code i}'s {@code n}-th neighbour. */
    public int neighbor(int i, int n) {
        return neighborAtoms[neighborStarts[i] + n];
    }

    /** The features of atom {@code i} that its {@code n}-th neighbour can change (ascending; do not modify). */
    public int[] sensitivity(int i, int n) {
        return sensitivity[species[i]][species[neighbor(i, n)]];
    }

    /**
     * {@code ∂G_s/∂r_{j,c}}: the derivative of feature {@code sensitivity(i, n)[s]} of atom {@code i}
     * with respect to component {@code c} of the position of its {@code n}-th neighbour j, per Å.
     */
    public double derivative(int i, int n, int c, int s) {
        int m = sensitivity(i, n).length;
        return derivatives[neighborBlocks[neighborStarts[i] + n] + c * m + s];
    }

    /** {@code ∂G_g/∂r_{i,c}}: the derivative of atom {@code i}'s feature {@code g} with respect to its own position. */
    public double selfDerivative(int i, int c, int g) {
        requireDerivatives();
        return derivatives[selfBlocks[i] + c * size(i) + g];
    }

    /**
     * {@code ∂G_g/∂ε_v}: the derivative of atom {@code i}'s feature {@code g} with respect to the
     * strain component {@code v} in Voigt order (xx, yy, zz, yz, xz, xy; the off-diagonal ones
     * symmetrised, {@code ½(∂/∂ε_ab + ∂/∂ε_ba)}).
     */
    public double strainDerivative(int i, int v, int g) {
        requireDerivatives();
        return derivatives[strainBlocks[i] + v * size(i) + g];
    }

    /**
     * Subtracts {@code Σ_g w_g ∂G_ig/∂r_j} from the force on every atom j that atom i's features
     * depend on (i itself included): with {@code w = ∂E/∂G_i} this adds atom i's energy's forces.
     *
     * @param weights {@code size(i)} weights from {@code offset}; not modified
     * @param forces 3N forces, modified
     */
    public void addForces(int i, double[] weights, int offset, double[] forces) {
        requireDerivatives();
        int g = size(i);
        int self = selfBlocks[i];
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            int base = self + c * g;
            for (int f = 0; f < g; f++) {
                sum += weights[offset + f] * derivatives[base + f];
            }
            forces[3 * i + c] -= sum;
        }
        for (int n = neighborStarts[i]; n < neighborStarts[i + 1]; n++) {
            int j = neighborAtoms[n];
            int[] sens = sensitivity[species[i]][species[j]];
            int m = sens.length;
            int block = neighborBlocks[n];
            for (int c = 0; c < 3; c++) {
                double sum = 0;
                int base = block + c * m;
                for (int s = 0; s < m; s++) {
                    sum += weights[offset + sens[s]] * derivatives[base + s];
                }
                forces[3 * j + c] -= sum;
            }
        }
    }

    /**
     * The transpose of {@link #addForces}: writes {@code p_g = Σ_j Σ_c v_jc ∂G_ig/∂r_jc} for every
     * feature g of atom i, the sum over every atom j its features depend on (i itself included).
     * Force training needs it: with {@code v = ∂L/∂F} it is how the loss sees atom i's features move.
     *
     * @param vectors 3N values, one 3-vector per atom; not modified
     * @param projection receives {@code size(i)} values from {@code offset}; overwritten
     */
    public void projectPositionDerivatives(int i, double[] vectors, double[] projection, int offset) {
        requireDerivatives();
        int g = size(i);
        int self = selfBlocks[i];
        double vx = vectors[3 * i];
        double vy = vectors[3 * i + 1];
        double vz = vectors[3 * i + 2];
        for (int f = 0; f < g; f++) {
            projection[offset + f] = vx * derivatives[self + f] + vy * derivatives[self + g + f]
                    + vz * derivatives[self + 2 * g + f];
        }
        for (int n = neighborStarts[i]; n < neighborStarts[i + 1]; n++) {
            int j = neighborAtoms[n];
            int[] sens = sensitivity[species[i]][species[j]];
            int m = sens.length;
            int block = neighborBlocks[n];
            double wx = vectors[3 * j];
            double wy = vectors[3 * j + 1];
            double wz = vectors[3 * j + 2];
            for (int s = 0; s < m; s++) {
                projection[offset + sens[s]] += wx * derivatives[block + s] + wy * derivatives[block + m + s]
                        + wz * derivatives[block + 2 * m + s];
            }
        }
    }

    /**
     * Adds {@code Σ_g w_g ∂G_ig/∂ε} to a strain derivative (nine values row-major, symmetric); with
     * {@code w = ∂E/∂G_i} and a sum over atoms this is {@code V σ}.
     *
     * @param weights {@code size(i)} weights from {@code offset}; not modified
     * @param strainDerivative nine values, modified
     */
    public void addStrainDerivative(int i, double[] weights, int offset, double[] strainDerivative) {
        requireDerivatives();
        int g = size(i);
        for (int v = 0; v < 6; v++) {
            double sum = 0;
            int base = strainBlocks[i] + v * g;
            for (int f = 0; f < g; f++) {
                sum += weights[offset + f] * derivatives[base + f];
            }
            strainDerivative[VOIGT_ROW_MAJOR[v]] += sum;
            if (v >= 3) {
                strainDerivative[VOIGT_TRANSPOSED[v - 3]] += sum;
            }
        }
    }

    /** The memory these features take, in bytes (arrays only). */
    public long bytes() {
        long doubles = values.length + (derivatives == null ? 0 : derivatives.length);
        long ints = species.length + valueOffsets.length
                + (derivatives == null ? 0 : neighborStarts.length + neighborAtoms.length + neighborBlocks.length
                        + selfBlocks.length + strainBlocks.length);
        return 8 * doubles + 4 * ints;
    }

    private void requireDerivatives() {
        if (derivatives == null) {
            throw new IllegalStateException("these features were computed without derivatives");
        }
    }
}
