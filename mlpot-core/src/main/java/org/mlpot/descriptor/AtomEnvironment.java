package org.mlpot.descriptor;

import org.mlpot.structure.Element;

/**
 * One atom and its neighbours within a descriptor's cutoff, as {@link Descriptor#evaluate} sees
 * them. Entry {@code k} is one neighbour (or one periodic image of it) at the displacement
 * {@code d_k = r_k − r_centre}. Species are indices into {@link Descriptor#elements()}.
 *
 * <p>Instances are owned by a {@link FeatureCalculator} thread and refilled for every atom: read,
 * never keep.
 */
public final class AtomEnvironment {
    private final Descriptor descriptor;
    private int centre;
    private int centreSpecies;
    private int size;
    private int[] neighbors = new int[64];
    private int[] species = new int[64];
    private double[] vectors = new double[3 * 64];
    private double[] distances = new double[64];
    private int[] gradientOffsets = new int[65];

    AtomEnvironment(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The centre's atom index in the structure. */
    public int centre() {
        return centre;
    }

    /** The centre's species: its index in {@link Descriptor#elements()}. */
    public int centreSpecies() {
        return centreSpecies;
    }

    /** The centre's element. */
    public Element centreElement() {
        return descriptor.elements().get(centreSpecies);
    }

    /** The number of neighbour entries. */
    public int size() {
        return size;
    }

    /** The atom index of entry {@code k} (the same atom can appear as several periodic images). */
    public int neighbor(int k) {
        return neighbors[k];
    }

    /** The species of entry {@code k}: its index in {@link Descriptor#elements()}. */
    public int species(int k) {
        return species[k];
    }

    /** The element of entry {@code k}. */
    public Element element(int k) {
        return descriptor.elements().get(species[k]);
    }

    /** The x component of {@code d_k}, Å. */
    public double dx(int k) {
        return vectors[3 * k];
    }

    /** The y component of {@code d_k}, Å. */
    public double dy(int k) {
        return vectors[3 * k + 1];
    }

    /** The z component of {@code d_k}, Å. */
    public double dz(int k) {
        return vectors[3 * k + 2];
    }

    /** The length of {@code d_k}, Å. */
    public double distance(int k) {
        return distances[k];
    }

    /** Where entry {@code k}'s gradient block starts in the {@code gradients} array of {@link Descriptor#evaluate}. */
    public int gradientOffset(int k) {
        return gradientOffsets[k];
    }

    /** The length of the whole gradient array for this atom. */
    int gradientLength() {
        return gradientOffsets[size];
    }

    void reset(int newCentre, int newCentreSpecies) {
        centre = newCentre;
        centreSpecies = newCentreSpecies;
        size = 0;
    }

    void add(int neighbor, int neighborSpecies, double dx, double dy, double dz, double distance, int blockLength) {
        if (size == neighbors.length) {
            int capacity = 2 * size;
            neighbors = java.util.Arrays.copyOf(neighbors, capacity);
            species = java.util.Arrays.copyOf(species, capacity);
            vectors = java.util.Arrays.copyOf(vectors, 3 * capacity);
            distances = java.util.Arrays.copyOf(distances, capacity);
            gradientOffsets = java.util.Arrays.copyOf(gradientOffsets, capacity + 1);
        }
        neighbors[size] = neighbor;
        species[size] = neighborSpecies;
        vectors[3 * size] = dx;
        vectors[3 * size + 1] = dy;
        vectors[3 * size + 2] = dz;
        distances[size] = distance;
        gradientOffsets[size + 1] = gradientOffsets[size] + blockLength;
        size++;
    }
}
