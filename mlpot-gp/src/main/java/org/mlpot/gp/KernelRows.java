package org.mlpot.gp;

import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;

/**
 * Kernel rows between the environments of one structure and all M sparse points: the linear maps
 * from the weights α to the total energy, the per-atom energies, the forces and the strain
 * derivative. Column {@code columnOffset(s) + m} is sparse point m of species s (species in the
 * descriptor's element order). Immutable and thread-safe; scratch is per call.
 */
final class KernelRows {
    private final Kernel kernel;
    private final double[][][] sparse; // [species][m][feature]
    private final int[] columnOffsets; // [species + 1]

    KernelRows(Kernel kernel, double[][][] sparse) {
        this.kernel = kernel;
        this.sparse = sparse;
        this.columnOffsets = new int[sparse.length + 1];
        for (int s = 0; s < sparse.length; s++) {
            columnOffsets[s + 1] = columnOffsets[s] + sparse[s].length;
        }
    }

    /** The number of sparse points M, all species together. */
    int columns() {
        return columnOffsets[sparse.length];
    }

    /** The first column of species s. */
    int columnOffset(int s) {
        return columnOffsets[s];
    }

    Kernel kernel() {
        return kernel;
    }

    double[][][] sparse() {
        return sparse;
    }

    /** Adds {@code Σ_i k(q_i, q_c)} to {@code row[c]} for every column c: the row that maps α to the total energy. */
    void energyRow(StructureFeatures features, double[] row) {
        double[][] q = featureBuffers(features);
        for (int i = 0; i < features.atoms(); i++) {
            int s = features.species(i);
            features.copyValues(i, q[s], 0);
            int offset = columnOffsets[s];
            double[][] points = sparse[s];
            for (int p = 0; p < points.length; p++) {
                row[offset + p] += kernel.value(q[s], points[p]);
            }
        }
    }

    /**
     * Adds {@code k(q_i, q_m)} for every atom i to {@code rows[i * M + column]}: row i maps α to atom
     * i's local energy, and the sum of the rows maps α to the total energy.
     *
     * @param rows N×M, row-major; added to
     */
    void atomRows(StructureFeatures features, double[] rows) {
        int m = columns();
        double[][] q = featureBuffers(features);
        for (int i = 0; i < features.atoms(); i++) {
            int s = features.species(i);
            features.copyValues(i, q[s], 0);
            int base = i * m + columnOffsets[s];
            double[][] points = sparse[s];
            for (int p = 0; p < points.length; p++) {
                rows[base + p] += kernel.value(q[s], points[p]);
            }
        }
    }

    /**
     * The total-energy row and, for every column, the force and strain-derivative columns:
     * {@code energy[c] += Σ_i k(q_i, q_c)}, {@code forces[c][3j+a] += −Σ_i ∇k(q_i, q_c)·∂q_i/∂r_ja} and
     * {@code strain[c][9]} (row-major) {@code += Σ_i ∇k(q_i, q_c)·∂q_i/∂ε}.
     *
     * @param features with derivatives
     * @param energy M values; added to
     * @param forces M arrays of 3N values; added to
     * @param strain M arrays of 9 values, or null when the strain derivative is not wanted; added to
     */
    void derivativeColumns(StructureFeatures features, double[] energy, double[][] forces, double[][] strain) {
        double[][] q = featureBuffers(features);
        double[][] gradients = featureBuffers(features);
        for (int i = 0; i < features.atoms(); i++) {
            int s = features.species(i);
            features.copyValues(i, q[s], 0);
            double[] g = gradients[s];
            int offset = columnOffsets[s];
            double[][] points = sparse[s];
            for (int p = 0; p < points.length; p++) {
                energy[offset + p] += kernel.valueAndGradient(q[s], points[p], g);
                features.addForces(i, g, 0, forces[offset + p]);
                if (strain != null) {
                    features.addStrainDerivative(i, g, 0, strain[offset + p]);
                }
            }
        }
    }

    /** One exactly sized feature buffer per species of the structure (the kernels check lengths). */
    private double[][] featureBuffers(StructureFeatures features) {
        double[][] buffers = new double[sparse.length][];
        for (int i = 0; i < features.atoms(); i++) {
            int s = features.species(i);
            if (buffers[s] == null) {
                buffers[s] = new double[features.size(i)];
            }
        }
        return buffers;
    }
}
