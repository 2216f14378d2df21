package org.mlpot.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.mlpot.io.InputException;
import org.mlpot.potential.Property;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Checks that a {@link Dataset} is fit for training, and refuses it with one message that lists
 * every problem (the first {@value #MAX_REPORTED}, then how many more), each naming the file and
 * frame (as {@link FrameSource} prints them) and saying how to fix it. Immutable.
 *
 * <p>A data set is refused when it has no frames, and a frame when
 * <ul>
 *   <li>its forces do not have 3N values or its atom energies not N values;
 *   <li>its energy, free energy, forces or atom energies hold NaN or infinite values (a
 *       {@link org.mlpot.potential.Stress} cannot hold them);
 *   <li>it has an element outside {@code allowedElements} (unless that set is empty);
 *   <li>two atoms, or an atom and a periodic image of any atom (itself included), are closer than
 *       {@code minDistance} (unless it is 0);
 *   <li>it lacks a label in {@code requiredLabels}.
 * </ul>
 *
 * @param allowedElements the elements a model knows; empty allows every element
 * @param minDistance the smallest acceptable interatomic distance in Å, at least 0; 0 turns the
 *     check off. Distances are taken over all periodic images, in any cell shape.
 * @param requiredLabels the labels every frame must carry (for example those that the loss
 *     uses): any of {@link Property#ENERGY}, {@link Property#FORCES}, {@link Property#STRESS} and
 *     {@link Property#ATOM_ENERGIES}
 */
public record DataChecks(Set<Element> allowedElements, double minDistance, Set<Property> requiredLabels) {

    /** The default smallest interatomic distance, in Å. */
    public static final double DEFAULT_MIN_DISTANCE = 0.5;

    /** How many problems one message lists before it only counts the rest. */
    public static final int MAX_REPORTED = 20;

    private static final Set<Property> LABELS =
            EnumSet.of(Property.ENERGY, Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES);

    /** Copies the sets (ordered by atomic number and declaration) and refuses invalid settings. */
    public DataChecks {
        Objects.requireNonNull(allowedElements, "allowedElements is null");
        Objects.requireNonNull(requiredLabels, "requiredLabels is null");
        EnumSet<Element> elements = EnumSet.noneOf(Element.class);
        for (Element e : allowedElements) {
            elements.add(Objects.requireNonNull(e, "allowedElements contains null"));
        }
        EnumSet<Property> labels = EnumSet.noneOf(Property.class);
        for (Property p : requiredLabels) {
            if (!LABELS.contains(Objects.requireNonNull(p, "requiredLabels contains null"))) {
                throw new IllegalArgumentException(p + " is not a label a data set can carry; expected any of " + LABELS);
            }
            labels.add(p);
        }
        if (!(minDistance >= 0) || !Double.isFinite(minDistance)) {
            throw new IllegalArgumentException("minDistance must be a finite distance of at least 0 Å, got " + minDistance);
        }
        allowedElements = Collections.unmodifiableSet(elements);
        requiredLabels = Collections.unmodifiableSet(labels);
    }

    /** Every element allowed, {@value #DEFAULT_MIN_DISTANCE} Å minimum distance, no label required. */
    public static DataChecks defaults() {
        return new DataChecks(Set.of(), DEFAULT_MIN_DISTANCE, Set.of());
    }

    /** These checks with another set of allowed elements (empty allows all). */
    public DataChecks withAllowedElements(Set<Element> elements) {
        return new DataChecks(elements, minDistance, requiredLabels);
    }

    /** These checks with another minimum distance in Å (0 turns the check off). */
    public DataChecks withMinDistance(double distance) {
        return new DataChecks(allowedElements, distance, requiredLabels);
    }

    /** These checks with other required labels. */
    public DataChecks withRequiredLabels(Set<Property> labels) {
        return new DataChecks(allowedElements, minDistance, labels);
    }

    /**
     * Refuses a data set that has any problem.
     *
     * @throws InputException listing every problem found (see {@link #problems(Dataset)})
     */
    public void check(Dataset dataset) {
        List<String> problems = problems(dataset);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        message.append("data set ").append(dataset.name()).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (int i = 0; i < Math.min(problems.size(), MAX_REPORTED); i++) {
            message.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > MAX_REPORTED) {
            message.append("\n  … and ").append(problems.size() - MAX_REPORTED).append(" more");
        }
        throw new InputException(message.toString());
    }

    /**
     * Every problem of a data set, in frame order, each a line that starts with the frame's source
     * (such as {@code si.xyz: frame 12 (line 845): }); empty when the data set passes.
     */
    public List<String> problems(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset is null");
        List<String> problems = new ArrayList<>();
        if (dataset.isEmpty()) {
            problems.add(dataset.name() + ": no frames; check the file name and that the file holds structures");
            return problems;
        }
        for (Frame frame : dataset.frames()) {
            String where = frame.source() + ": ";
            int before = problems.size();
            checkFrame(frame, problems);
            for (int i = before; i < problems.size(); i++) {
                problems.set(i, where + problems.get(i));
            }
        }
        return problems;
    }

    private void checkFrame(Frame frame, List<String> problems) {
        Structure structure = frame.structure();
        int n = structure.size();
        Labels labels = frame.labels();
        if (n == 0) {
            problems.add("frame has no atoms; remove it");
        }
        labels.energy().ifPresent(e -> {
            if (!Double.isFinite(e)) {
                problems.add("energy is " + e + "; fix the reference calculation or remove the frame");
            }
        });
        labels.freeEnergy().ifPresent(e -> {
            if (!Double.isFinite(e)) {
                problems.add("free energy is " + e + "; fix the reference calculation or remove the frame");
            }
        });
        labels.forces().ifPresent(f -> {
            if (f.length != 3 * n) {
                problems.add("forces have " + f.length + " values but the frame has " + n + " atoms (expected " + 3 * n
                        + "); the file's forces do not match its atoms");
            }
            String bad = nonFinite(f, 3);
            if (bad != null) {
                problems.add("forces " + bad + "; fix the reference calculation or remove the frame");
            }
        });
        labels.atomEnergies().ifPresent(a -> {
            if (a.length != n) {
                problems.add("atom energies have " + a.length + " values but the frame has " + n + " atoms;"
                        + " the file's atom energies do not match its atoms");
            }
            String bad = nonFinite(a, 1);
            if (bad != null) {
                problems.add("atom energies " + bad + "; fix the reference calculation or remove the frame");
            }
        });
        if (!allowedElements.isEmpty()) {
            Set<Element> unknown = EnumSet.noneOf(Element.class);
            for (int i = 0; i < n; i++) {
                if (!allowedElements.contains(structure.species(i))) {
                    unknown.add(structure.species(i));
                }
            }
            if (!unknown.isEmpty()) {
                problems.add("frame has element" + (unknown.size() == 1 ? " " : "s ") + symbols(unknown)
                        + " but the model knows only " + symbols(allowedElements)
                        + "; add the element to the model or remove the frame");
            }
        }
        if (minDistance > 0 && n > 0) {
            CloseContacts.Contact contact = CloseContacts.find(structure, minDistance);
            if (contact != null) {
                problems.add(contactMessage(structure, contact));
            }
        }
        for (Property label : requiredLabels) {
            if (!has(labels, label)) {
                String name = labelName(label);
                problems.add("frame has no " + name + ", but the loss needs " + name
                        + "; add " + name + " to the data, drop the " + name + " term from the loss, or remove the frame");
            }
        }
    }

    private String contactMessage(Structure structure, CloseContacts.Contact contact) {
        String what;
        if (contact.first() == contact.second()) {
            what = String.format(Locale.ROOT, "atom %d (%s) is %.4f Å from its own periodic image",
                    contact.first(), structure.species(contact.first()).symbol(), contact.distance());
        } else {
            what = String.format(Locale.ROOT, "atoms %d (%s) and %d (%s) are %.4f Å apart",
                    contact.first(), structure.species(contact.first()).symbol(),
                    contact.second(), structure.species(contact.second()).symbol(), contact.distance());
        }
        String more = contact.pairs() > 1 ? " (" + contact.pairs() + " pairs are this close)" : "";
        return what + ", closer than the minimum " + minDistance + " Å" + more
                + "; check the length unit (Bohr read as Å?) and the cell, or remove the frame";
    }

    /** Describes the non-finite values of an array with {@code width} components per atom, or returns null. */
    private static String nonFinite(double[] values, int width) {
        int count = 0;
        int first = -1;
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                if (count++ == 0) {
                    first = k;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        String component = width == 3 ? " " + "xyz".charAt(first % 3) : "";
        return "have " + count + " non-finite value" + (count == 1 ? "" : "s") + " (first: " + values[first]
                + " at atom " + first / width + component + ")";
    }

    private static boolean has(Labels labels, Property label) {
        return switch (label) {
            case ENERGY -> labels.energy().isPresent();
            case FORCES -> labels.hasForces();
            case STRESS -> labels.stress().isPresent();
            case ATOM_ENERGIES -> labels.atomEnergies().isPresent();
            default -> throw new IllegalStateException("not a label: " + label);
        };
    }

    private static String labelName(Property label) {
        return switch (label) {
            case ENERGY -> "energy";
            case FORCES -> "forces";
            case STRESS -> "stress";
            case ATOM_ENERGIES -> "atom energies";
            default -> throw new IllegalStateException("not a label: " + label);
        };
    }

    private static String symbols(Set<Element> elements) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Element e : elements) {
            joiner.add(e.symbol());
        }
        return joiner.toString();
    }
}
