package org.mlpot.neighbor;

import java.util.Objects;
import org.mlpot.structure.Structure;

/**
 * The neighbours of every atom within a cutoff, with the distance vectors that derivative code
 * needs. Immutable; built in O(N) time by {@link NeighborListBuilder}.
 *
 * <p>The neighbours of atom {@code i} are the entries {@code k = start(i) … end(i) - 1}; atoms'
 * blocks of entries are not necessarily in atom order. Entry {@code k} says that atom {@link #neighbor(int) j} (or one
 * of its periodic images) lies within the cutoff of atom {@code i}, at the displacement
 * {@code d = r_j − r_i + S·L} where {@code L} holds the lattice vectors as rows and
 * {@code S = }{@link #shift(int, int)} the integer image shift. Positions are those of the structure
 * as given (not wrapped), so {@code d} is exact for derivative code; an atom can be its own
 * neighbour through a periodic image when the cell is smaller than the cutoff.
 *
 * <p>A <em>full</em> list holds each pair twice (i→j and j→i); a <em>half</em> list holds each pair
 * once: for {@code i ≠ j} the entry sits with the smaller index, and a self-image pair with the
 * image whose shift is lexicographically positive.
 */
public final class NeighborList {
    private final int atoms;
    private final double cutoff;
    private final boolean full;
    private final int[] starts;    // per atom: first entry
    private final int[] ends;      // per atom: one past the last entry
    private final int size;        // entries in use; the arrays may be longer
    private final int[] neighbors;
    private final double[] vectors; // 3 per entry
    private final double[] distances;
    private final int[] shifts;     // 3 per entry

    NeighborList(int atoms, double cutoff, boolean full, int[] starts, int[] ends, int size, int[] neighbors,
                 double[] vectors, double[] distances, int[] shifts) {
        this.atoms = atoms;
        this.cutoff = cutoff;
        this.full = full;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.neighbors = neighbors;
        this.vectors = vectors;
        this.distances = distances;
        this.shifts = shifts;
    }

    /**
     * The full list (each pair twice) of all atoms within {@code cutoff} Å of each other.
     *
     * @throws IllegalArgumentException when the cutoff is not positive and finite
     */
    public static NeighborList full(Structure structure, double cutoff) {
        return NeighborListBuilder.build(Objects.requireNonNull(structure, "structure is null"), cutoff, true);
    }

    /** The half list (each pair once) of all atoms within {@code cutoff} Å of each other. */
    public static NeighborList half(Structure structure, double cutoff) {
        return NeighborListBuilder.build(Objects.requireNonNull(structure, "structure is null"), cutoff, false);
    }

    /** The number of atoms of the structure. */
    public int atoms() {
        return atoms;
    }

    /** The cutoff in Å: entries have {@code distance < cutoff}. */
    public double cutoff() {
        return cutoff;
    }

    /** Whether each pair is listed twice (full) rather than once (half). */
    public boolean isFull() {
        return full;
    }

    /** The total number of entries. */
    public int size() {
        return size;
    }

    /** The first entry of atom {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** One past the last entry of atom {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The number of entries of atom {@code i}. */
    public int count(int i) {
        return ends[i] - starts[i];
    }

    /** The neighbour's atom index of entry {@code k}. */
    public int neighbor(int k) {
        return neighbors[k];
    }

    /** Component {@code c} (0 = x, 1 = y, 2 = z) of the displacement {@code r_j − r_i + S·L} of entry {@code k}, Å. */
    public double vector(int k, int c) {
        return vectors[3 * k + c];
    }

    /** The x component of entry {@code k}'s displacement, Å. */
    public double dx(int k) {
        return vectors[3 * k];
    }

    /** The y component of entry {@code k}'s displacement, Å. */
    public double dy(int k) {
        return vectors[3 * k + 1];
    }

    /** The z component of entry {@code k}'s displacement, Å. */
    public double dz(int k) {
        return vectors[3 * k + 2];
    }

    /** The length of entry {@code k}'s displacement, Å. */
    public double distance(int k) {
        return distances[k];
    }

    /** The image shift of entry {@code k} along lattice vector {@code axis} (0 for non-periodic axes). */
    public int shift(int k, int axis) {
        return shifts[3 * k + axis];
    }
}
