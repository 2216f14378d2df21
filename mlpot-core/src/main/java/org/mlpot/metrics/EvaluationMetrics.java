package org.mlpot.metrics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Errors of a potential against reference labels. Each error is empty when no frame carried that
 * label.
 *
 * @param structures frames evaluated
 * @param atoms atoms in those frames
 * @param energyMaePerAtom mean absolute energy error per atom, eV/atom
 * @param energyRmsePerAtom root-mean-square energy error per atom, eV/atom
 * @param forceMae mean absolute error per force component, eV/Å
 * @param forceRmse root-mean-square error per force component, eV/Å
 * @param stressRmse root-mean-square error over the six independent stress components, eV/Å³
 * @param calibration how the predicted uncertainty covers the errors, for potentials that predict one
 */
public record EvaluationMetrics(long structures, long atoms,
                                OptionalDouble energyMaePerAtom, OptionalDouble energyRmsePerAtom,
                                OptionalDouble forceMae, OptionalDouble forceRmse,
                                OptionalDouble stressRmse, Optional<Calibration> calibration) {

    /** Checks the argument. */
    public EvaluationMetrics {
        Objects.requireNonNull(calibration, "calibration is null");
    }
}
