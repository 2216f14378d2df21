package org.mlpot.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlpot.potential.Property;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A summary of a {@link Dataset}: its size and composition, which labels how many frames carry,
 * the spread of the energy per atom and the size of the forces. Immutable. Non-finite label values
 * are not skipped: they make the affected numbers NaN or infinite, which {@link #describe()} shows
 * ({@link DataChecks} names the frames).
 */
public final class DatasetStatistics {

    /**
     * Summary statistics of a set of numbers.
     *
     * @param count how many numbers
     * @param min the smallest
     * @param max the largest
     * @param mean the arithmetic mean
     * @param std the population standard deviation (divided by {@code count}, not {@code count − 1})
     */
    public record Summary(int count, double min, double max, double mean, double std) {
    }

    private static final Property[] LABELS = {Property.ENERGY, Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES};

    private final String name;
    private final int frames;
    private final long atoms;
    private final Map<Element, Long> atomsPerElement;
    private final Map<Property, Integer> framesWithLabel;
    private final int framesWithFreeEnergy;
    private final Summary energyPerAtom;
    private final long forceAtoms;
    private final double forceComponentRms;
    private final double maxForce;

    private DatasetStatistics(Dataset dataset) {
        name = dataset.name();
        frames = dataset.size();
        atoms = dataset.atoms();
        Map<Element, Long> perElement = new EnumMap<>(Element.class);
        Map<Property, Integer> labelCounts = new EnumMap<>(Property.class);
        for (Property label : LABELS) {
            labelCounts.put(label, 0);
        }
        int freeEnergies = 0;
        // energy per atom: Welford's running mean and sum of squared deviations
        int energies = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        double m2 = 0;
        long componentsWithForces = 0;
        double sumSquares = 0;
        double largest = 0;
        for (Frame frame : dataset.frames()) {
            Structure structure = frame.structure();
            for (int i = 0; i < structure.size(); i++) {
                perElement.merge(structure.species(i), 1L, Long::sum);
            }
            Labels labels = frame.labels();
            if (labels.energy().isPresent()) {
                labelCounts.merge(Property.ENERGY, 1, Integer::sum);
                if (structure.size() > 0) {
                    double e = labels.energy().getAsDouble() / structure.size();
                    energies++;
                    min = Math.min(min, e);
                    max = Math.max(max, e);
                    double delta = e - mean;
                    mean += delta / energies;
                    m2 += delta * (e - mean);
                }
            }
            if (labels.freeEnergy().isPresent()) {
                freeEnergies++;
            }
            if (labels.stress().isPresent()) {
                labelCounts.merge(Property.STRESS, 1, Integer::sum);
            }
            if (labels.atomEnergies().isPresent()) {
                labelCounts.merge(Property.ATOM_ENERGIES, 1, Integer::sum);
            }
            if (labels.hasForces()) {
                labelCounts.merge(Property.FORCES, 1, Integer::sum);
                double[] f = labels.forces().orElseThrow();
                for (int k = 0; k + 2 < f.length; k += 3) {
                    double squared = f[k] * f[k] + f[k + 1] * f[k + 1] + f[k + 2] * f[k + 2];
                    sumSquares += squared;
                    largest = Math.max(largest, Math.sqrt(squared));
                    if (Double.isNaN(squared)) {
                        largest = Double.NaN;
                    }
                }
                componentsWithForces += f.length - f.length % 3;
            }
        }
        atomsPerElement = Collections.unmodifiableMap(perElement);
        framesWithLabel = Collections.unmodifiableMap(labelCounts);
        framesWithFreeEnergy = freeEnergies;
        energyPerAtom = energies == 0 ? null : new Summary(energies, min, max, mean, Math.sqrt(m2 / energies));
        forceAtoms = componentsWithForces / 3;
        forceComponentRms = componentsWithForces == 0 ? Double.NaN : Math.sqrt(sumSquares / componentsWithForces);
        maxForce = largest;
    }

    /** Computes the statistics of a data set. */
    public static DatasetStatistics of(Dataset dataset) {
        return new DatasetStatistics(Objects.requireNonNull(dataset, "dataset is null"));
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** The number of frames. */
    public int frames() {
        return frames;
    }

    /** The number of atoms over all frames. */
    public long atoms() {
        return atoms;
    }

    /** How many atoms of each element there are over all frames, ordered by atomic number. */
    public Map<Element, Long> atomsPerElement() {
        return atomsPerElement;
    }

    /**
     * How many frames carry a label.
     *
     * @param label {@link Property#ENERGY}, {@link Property#FORCES}, {@link Property#STRESS} or
     *     {@link Property#ATOM_ENERGIES}
     * @throws IllegalArgumentException for a property that is not a label
     */
    public int framesWith(Property label) {
        Integer count = framesWithLabel.get(Objects.requireNonNull(label, "label is null"));
        if (count == null) {
            throw new IllegalArgumentException(label + " is not a label of a data set; expected ENERGY, FORCES, STRESS or ATOM_ENERGIES");
        }
        return count;
    }

    /** How many frames carry a free energy. */
    public int framesWithFreeEnergy() {
        return framesWithFreeEnergy;
    }

    /** The energy per atom (eV/atom) over the frames that have an energy, or empty when none has. */
    public Optional<Summary> energyPerAtom() {
        return Optional.ofNullable(energyPerAtom);
    }

    /** The number of atoms in frames with forces. */
    public long forceAtoms() {
        return forceAtoms;
    }

    /** The root mean square of all force components (eV/Å) of frames with forces, or empty when none has. */
    public OptionalDouble forceComponentRms() {
        return forceAtoms == 0 ? OptionalDouble.empty() : OptionalDouble.of(forceComponentRms);
    }

    /** The largest force magnitude |F_i| (eV/Å) of any atom, or empty when no frame has forces. */
    public OptionalDouble maxForce() {
        return forceAtoms == 0 ? OptionalDouble.empty() : OptionalDouble.of(maxForce);
    }

    /**
     * A readable multi-line table, for example:
     * <pre>
     * data set hand.xyz: 3 frames, 5 atoms
     *   element       atoms   share
     *   O                 2   40.0%
     *   Si                3   60.0%
     *   label          frames
     *   energy         2/3
     *   forces         2/3
     *   stress         1/3
     *   atom energies  0/3
     *   free energy    0/3
     *   energy per atom (eV/atom, 2 frames): min -5.00000  max -3.00000  mean -4.00000  std 1.00000
     *   forces (eV/Å, 4 atoms): component RMS 1.50000  max |F| 5.00000
     * </pre>
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "data set %s: %d frame%s, %d atom%s\n",
                name, frames, frames == 1 ? "" : "s", atoms, atoms == 1 ? "" : "s"));
        if (!atomsPerElement.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "  %-8s %10s %7s\n", "element", "atoms", "share"));
            atomsPerElement.forEach((element, count) -> sb.append(String.format(Locale.ROOT, "  %-8s %10d %6.1f%%\n",
                    element.symbol(), count, 100.0 * count / atoms)));
        }
        sb.append(String.format(Locale.ROOT, "  %-14s %s\n", "label", "frames"));
        row(sb, "energy", framesWith(Property.ENERGY));
        row(sb, "forces", framesWith(Property.FORCES));
        row(sb, "stress", framesWith(Property.STRESS));
        row(sb, "atom energies", framesWith(Property.ATOM_ENERGIES));
        row(sb, "free energy", framesWithFreeEnergy);
        if (energyPerAtom != null) {
            sb.append(String.format(Locale.ROOT,
                    "  energy per atom (eV/atom, %d frames): min %.5f  max %.5f  mean %.5f  std %.5f\n",
                    energyPerAtom.count(), energyPerAtom.min(), energyPerAtom.max(), energyPerAtom.mean(), energyPerAtom.std()));
        } else {
            sb.append(String.format("  energy per atom: no frame has an energy\n"));
        }
        if (forceAtoms > 0) {
            sb.append(String.format(Locale.ROOT, "  forces (eV/Å, %d atoms): component RMS %.5f  max |F| %.5f\n",
                    forceAtoms, forceComponentRms, maxForce));
        } else {
            sb.append(String.format("  forces: no frame has forces\n"));
        }
        return sb.toString();
    }

    private void row(StringBuilder sb, String label, int count) {
        sb.append(String.format(Locale.ROOT, "  %-14s %d/%d\n", label, count, frames));
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
