package org.mlpot.nn;

/**
 * Where a {@link NeuralNetworkPotential} runs its networks. Plain Java evaluates one atom at a time
 * and costs about 3.5 µs per atom for a 30-25-25-1 network with gradient; ND4J evaluates all atoms of
 * an element at once, with a fixed cost of about 20 ops of 30–100 µs each, and reaches about 1 µs per
 * atom from a few hundred atoms up (measured on one core, OMP_NUM_THREADS=1). ND4J is loaded only when
 * first used.
 */
public enum ComputePath {
    /**
     * With forces or stress, plain Java (its fused descriptor-network-force pass stores no descriptor
     * derivatives and is faster than ND4J at every size measured); for energies alone, ND4J for an
     * element with at least {@link #AUTO_ND4J_MIN_ROWS} atoms in the structure, plain Java otherwise.
     */
    AUTO,
    /** Plain Java for every element; never loads ND4J. */
    JAVA,
    /** ND4J for every element, whatever its atom count. */
    ND4J;

    /**
     * The number of atoms of one element from which {@link #AUTO} uses ND4J. Measured for a 30-25-25-1
     * tanh network with gradient: ND4J 1.6 µs per atom at 256 atoms (batch size changing between calls)
     * and 1.0 at 4096, against 3.5 for plain Java at every size; below about 128 atoms ND4J's fixed
     * cost per op makes it slower.
     */
    public static final int AUTO_ND4J_MIN_ROWS = 256;

    /** Whether this path evaluates an element with {@code rows} atoms in the structure on ND4J. */
    public boolean usesNd4j(int rows) {
        return switch (this) {
            case AUTO -> rows >= AUTO_ND4J_MIN_ROWS;
            case JAVA -> false;
            case ND4J -> true;
        };
    }
}
