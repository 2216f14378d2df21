package org.mlpot.gp;

import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;

/**
 * The prior variances of a structure's force components under a Gaussian-process prior on the local
 * energies: with {@code E = Σ_a ε(q_a)} and {@code F_jc = −∂E/∂r_jc},
 * {@code Var(F_jc) = Σ_a Σ_b (∂q_a/∂r_jc)ᵀ H(q_a, q_b) (∂q_b/∂r_jc)}, {@code H = ∂²k(q, q′)/∂q∂q′ᵀ}
 * ({@link Kernel#mixedSecondDerivative}), summed over the pairs of atoms a, b of the same element whose
 * features depend on r_j (j itself among them). Per atom j the derivative vectors of those atoms are
 * gathered once into scratch; the cost is {@code Σ_j 3 n_j(n_j + 1)/2} kernel calls of O(D), n_j the
 * number of atoms that see j. Stateless.
 */
final class ForcePriorVariance {

    private ForcePriorVariance() {
    }

    /**
     * The prior variance of every force component.
     *
     * @param kernel the kernel
     * @param features with derivatives; not modified
     * @return 3N variances, {@code [3j + c]} for component c of the force on atom j, eV²/Å²
     */
    static double[] of(Kernel kernel, StructureFeatures features) {
        int n = features.atoms();
        DependentAtoms dependents = DependentAtoms.of(features);
        double[][] q = new double[n][];
        int maxSize = 0;
        for (int a = 0; a < n; a++) {
            q[a] = features.values(a);
            maxSize = Math.max(maxSize, q[a].length);
        }
        int maxEntries = dependents.maxCount();
        // directions[c][e]: ∂q_a/∂r_jc of entry e, the atom's features from index 0
        double[][][] directions = new double[3][maxEntries][maxSize];
        int[] atoms = new int[maxEntries];
        double[] variances = new double[3 * n];
        for (int j = 0; j < n; j++) {
            int count = dependents.gather(features, j, atoms, directions);
            for (int c = 0; c < 3; c++) {
                double[][] u = directions[c];
                double sum = 0;
                for (int e = 0; e < count; e++) {
                    double[] qa = q[atoms[e]];
                    int species = features.species(atoms[e]);
                    sum += kernel.mixedSecondDerivative(qa, qa, u[e], u[e]);
                    double cross = 0;
                    for (int f = e + 1; f < count; f++) {
                        if (features.species(atoms[f]) == species) {
                            cross += kernel.mixedSecondDerivative(qa, q[atoms[f]], u[e], u[f]);
                        }
                    }
                    sum += 2 * cross;
                }
                variances[3 * j + c] = sum;
            }
        }
        return variances;
    }

    /**
     * For every atom j, the atoms whose features depend on its position: j itself and every (a, n)
     * with {@code features.neighbor(a, n) == j}. A reverse index of the neighbour lists.
     */
    private static final class DependentAtoms {
        private final int[] starts; // [N + 1]
        private final int[] atoms; // the a of each (a, n)
        private final int[] slots; // the n of each (a, n)
        private final int maxCount;

        private DependentAtoms(int[] starts, int[] atoms, int[] slots, int maxCount) {
            this.starts = starts;
            this.atoms = atoms;
            this.slots = slots;
            this.maxCount = maxCount;
        }

        static DependentAtoms of(StructureFeatures features) {
            int n = features.atoms();
            int[] starts = new int[n + 1];
            for (int a = 0; a < n; a++) {
                for (int k = 0; k < features.neighborCount(a); k++) {
                    starts[features.neighbor(a, k) + 1]++;
                }
            }
            int maxCount = 0;
            for (int j = 0; j < n; j++) {
                maxCount = Math.max(maxCount, starts[j + 1]);
                starts[j + 1] += starts[j];
            }
            int[] atoms = new int[starts[n]];
            int[] slots = new int[starts[n]];
            int[] next = java.util.Arrays.copyOf(starts, n);
            for (int a = 0; a < n; a++) {
                for (int k = 0; k < features.neighborCount(a); k++) {
                    int e = next[features.neighbor(a, k)]++;
                    atoms[e] = a;
                    slots[e] = k;
                }
            }
            return new DependentAtoms(starts, atoms, slots, maxCount + 1);
        }

        /** The most entries {@link #gather} writes for one atom (itself included). */
        int maxCount() {
            return maxCount;
        }

        /**
         * Writes the atoms whose features depend on r_j (j first) into {@code atomsOut} and their
         * derivatives {@code ∂q_a/∂r_jc}, dense over the atom's features, into {@code directions[c][e]}.
         *
         * @return the number of entries written
         */
        int gather(StructureFeatures features, int j, int[] atomsOut, double[][][] directions) {
            int size = features.size(j);
            atomsOut[0] = j;
            for (int c = 0; c < 3; c++) {
                double[] u = directions[c][0];
                for (int g = 0; g < size; g++) {
                    u[g] = features.selfDerivative(j, c, g);
                }
            }
            int e = 1;
            for (int k = starts[j]; k < starts[j + 1]; k++, e++) {
                int a = atoms[k];
                int slot = slots[k];
                int[] sensitive = features.sensitivity(a, slot);
                int aSize = features.size(a);
                atomsOut[e] = a;
                for (int c = 0; c < 3; c++) {
                    double[] u = directions[c][e];
                    java.util.Arrays.fill(u, 0, aSize, 0.0);
                    for (int s = 0; s < sensitive.length; s++) {
                        u[sensitive[s]] = features.derivative(a, slot, c, s);
                    }
                }
            }
            return e;
        }
    }
}
