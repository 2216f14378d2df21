package org.mlpot.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mlpot.descriptor.scaling.ExtrapolationReport;
import org.mlpot.potential.CheckedResult;
import org.mlpot.potential.ExtrapolationChecking;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A potential that counts, n2p2-style, the evaluations whose descriptor values leave the training
 * range, for potentials that can tell ({@link ExtrapolationChecking}); others pass through
 * unchanged. Prints one warning line per extrapolating evaluation (the first {@value #MAX_LINES},
 * then only counts) and a summary at the end; never stops the run. {@link #evaluate} is not
 * thread-safe; to evaluate in parallel, call {@link #compute} from any thread and {@link #record}
 * the results in order from one.
 */
final class ExtrapolationTally implements Potential {
    static final int MAX_LINES = 20;
    private static final ExtrapolationReport NOTHING_OUTSIDE = new ExtrapolationReport(0, 0, java.util.List.of());

    private final Potential potential;
    private final PrintWriter warnings;
    private final String what;
    private long evaluations;
    private long extrapolating;
    private long values;
    private int maxAtoms;

    /**
     * A tally.
     *
     * @param potential the potential
     * @param warnings where warning lines go (stderr)
     * @param what what one evaluation is, for messages: "frame" or "step"
     */
    ExtrapolationTally(Potential potential, PrintWriter warnings, String what) {
        this.potential = Objects.requireNonNull(potential, "potential is null");
        this.warnings = Objects.requireNonNull(warnings, "warnings is null");
        this.what = what;
    }

    /** Whether the potential reports extrapolation at all. */
    boolean checks() {
        return potential instanceof ExtrapolationChecking;
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        return record(compute(structure, properties));
    }

    /**
     * The potential's result with its extrapolation check (an empty one for potentials that do not
     * check), not yet counted. Thread-safe when the potential is.
     */
    CheckedResult compute(Structure structure, Set<Property> properties) {
        if (potential instanceof ExtrapolationChecking checking) {
            return checking.evaluateChecked(structure, properties);
        }
        return new CheckedResult(potential.evaluate(structure, properties), NOTHING_OUTSIDE);
    }

    /** Counts a result of {@link #compute} as the next evaluation, warning when it extrapolates; returns its result. */
    Result record(CheckedResult checked) {
        if (!checks()) {
            return checked.result();
        }
        long index = evaluations++;
        ExtrapolationReport report = checked.extrapolation();
        if (!report.isEmpty()) {
            extrapolating++;
            values += report.count();
            maxAtoms = Math.max(maxAtoms, report.atomsOutside());
            if (extrapolating <= MAX_LINES) {
                warnings.printf(Locale.ROOT, "extrapolation warning: %s %d: %s%n", what, index, report);
                if (extrapolating == MAX_LINES) {
                    warnings.println("extrapolation warning: further warnings are only counted (summary at the end)");
                }
                warnings.flush();
            }
        }
        return checked.result();
    }

    /** The number of evaluations with descriptor values outside the training range, for potentials that check. */
    java.util.OptionalLong extrapolating() {
        return checks() ? java.util.OptionalLong.of(extrapolating) : java.util.OptionalLong.empty();
    }

    /** The summary line, for potentials that check. */
    Optional<String> summary() {
        if (!checks()) {
            return Optional.empty();
        }
        if (extrapolating == 0) {
            return Optional.of(String.format(Locale.ROOT, "extrapolation: none (%d %s%s, every descriptor value within the"
                    + " training range)", evaluations, what, evaluations == 1 ? "" : "s"));
        }
        return Optional.of(String.format(Locale.ROOT, "extrapolation: %d of %d %ss had descriptor values outside the"
                + " training range (%d value%s; at most %d atom%s in one %s); results there are less reliable",
                extrapolating, evaluations, what, values, values == 1 ? "" : "s", maxAtoms, maxAtoms == 1 ? "" : "s", what));
    }

    @Override
    public double cutoff() {
        return potential.cutoff();
    }

    @Override
    public Set<Element> elements() {
        return potential.elements();
    }

    @Override
    public String name() {
        return potential.name();
    }

    @Override
    public String toString() {
        return potential.toString();
    }
}
