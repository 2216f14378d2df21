package org.mlpot.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.structure.Structure;

/**
 * One configuration of a data set or trajectory: a structure, its reference labels, optional
 * velocities, and whatever else the file carried (per-frame info, extra per-atom columns), plus
 * where it came from. Immutable.
 */
public final class Frame {
    private final Structure structure;
    private final Labels labels;
    private final double[] velocities;
    private final Map<String, InfoValue> info;
    private final List<AtomColumn> columns;
    private final FrameSource source;

    private Frame(Structure structure, Labels labels, double[] velocities, Map<String, InfoValue> info,
                  List<AtomColumn> columns, FrameSource source) {
        this.structure = Objects.requireNonNull(structure, "structure is null");
        this.labels = Objects.requireNonNull(labels, "labels is null");
        this.velocities = velocities;
        this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
        this.columns = List.copyOf(columns);
        this.source = Objects.requireNonNull(source, "source is null");
        if (velocities != null && velocities.length != 3 * structure.size()) {
            throw new IllegalArgumentException("expected " + 3 * structure.size() + " velocity components, got " + velocities.length);
        }
        for (AtomColumn c : columns) {
            if (c.atoms() != structure.size()) {
                throw new IllegalArgumentException("column '" + c.name() + "' has values for " + c.atoms() + " atoms, the structure has " + structure.size());
            }
        }
    }

    /** A frame with labels and nothing else. */
    public static Frame of(Structure structure, Labels labels) {
        return new Frame(structure, labels, null, Map.of(), List.of(), FrameSource.IN_MEMORY);
    }

    /** A frame with everything. */
    public static Frame of(Structure structure, Labels labels, double[] velocities, Map<String, InfoValue> info,
                           List<AtomColumn> columns, FrameSource source) {
        return new Frame(structure, labels, velocities == null ? null : velocities.clone(), info, columns, source);
    }

    /** The structure. */
    public Structure structure() {
        return structure;
    }

    /** The reference labels. */
    public Labels labels() {
        return labels;
    }

    /** Velocities (3N, Å/fs), as a new array, if the file had them. */
    public Optional<double[]> velocities() {
        return velocities == null ? Optional.empty() : Optional.of(velocities.clone());
    }

    /** Per-frame info entries other than labels, cell and periodicity, in file order. */
    public Map<String, InfoValue> info() {
        return info;
    }

    /** Extra per-atom columns, in file order. */
    public List<AtomColumn> columns() {
        return columns;
    }

    /** Where this frame came from. */
    public FrameSource source() {
        return source;
    }

    /** This frame with another structure (same atom count unless columns and velocities are empty). */
    public Frame withStructure(Structure newStructure) {
        return new Frame(newStructure, labels, velocities, info, columns, source);
    }

    /** This frame with other labels. */
    public Frame withLabels(Labels newLabels) {
        return new Frame(structure, newLabels, velocities, info, columns, source);
    }

    /** This frame with other velocities (3N, Å/fs; {@code null} to drop them). */
    public Frame withVelocities(double[] newVelocities) {
        return new Frame(structure, labels, newVelocities == null ? null : newVelocities.clone(), info, columns, source);
    }

    /** This frame with another info map. */
    public Frame withInfo(Map<String, InfoValue> newInfo) {
        return new Frame(structure, labels, velocities, newInfo, columns, source);
    }

    /** This frame with another source. */
    public Frame withSource(FrameSource newSource) {
        return new Frame(structure, labels, velocities, info, columns, newSource);
    }

    @Override
    public String toString() {
        return "Frame[" + structure.formula() + " from " + source + "]";
    }
}
