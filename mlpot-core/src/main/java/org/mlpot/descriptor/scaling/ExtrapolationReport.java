package org.mlpot.descriptor.scaling;

import java.util.List;
import java.util.Objects;

/**
 * The extrapolation check of one structure's raw features against {@link FeatureStatistics}: n2p2's
 * "extrapolation warnings". A feature counts as outside when it leaves {@code [Gmin, Gmax]} by more
 * than {@link FeatureStatistics#EXTRAPOLATION_TOLERANCE}.
 *
 * @param atoms the number of atoms checked
 * @param values the number of feature values checked
 * @param warnings every value outside its range, by atom then feature (unmodifiable)
 */
public record ExtrapolationReport(int atoms, long values, List<ExtrapolationWarning> warnings) {

    /** Copies the warnings. */
    public ExtrapolationReport {
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings is null"));
    }

    /** The number of values outside their range. */
    public int count() {
        return warnings.size();
    }

    /** Whether every value lies within its range. */
    public boolean isEmpty() {
        return warnings.isEmpty();
    }

    /** The number of distinct atoms with at least one value outside its range. */
    public int atomsOutside() {
        return (int) warnings.stream().mapToInt(ExtrapolationWarning::atom).distinct().count();
    }

    /** A one-line summary. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d of %d feature values (%d of %d atoms) outside the range seen",
                count(), values, atomsOutside(), atoms);
    }
}
