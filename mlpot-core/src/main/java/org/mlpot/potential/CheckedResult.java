package org.mlpot.potential;

import java.util.Objects;
import org.mlpot.descriptor.scaling.ExtrapolationReport;

/**
 * A result together with the extrapolation check of the structure it belongs to
 * ({@link ExtrapolationChecking#evaluateChecked}).
 *
 * @param result what the potential computed
 * @param extrapolation every descriptor value outside the range seen in training (empty when none is)
 */
public record CheckedResult(Result result, ExtrapolationReport extrapolation) {

    /** Checks the arguments. */
    public CheckedResult {
        Objects.requireNonNull(result, "result is null");
        Objects.requireNonNull(extrapolation, "extrapolation is null");
    }

    /** Whether the structure left the training range anywhere. */
    public boolean extrapolates() {
        return !extrapolation.isEmpty();
    }
}
