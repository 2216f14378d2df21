package org.mlpot.metrics;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.Stress;

/**
 * Compares a potential's predictions with the reference labels of frames, one frame at a time, so a
 * data set of any size streams through. Energy errors are per atom ({@code (E_pred − E_ref) / N});
 * force errors per Cartesian component; stress errors over the six independent components (Voigt),
 * only for frames that carry a stress and are periodic. When the potential predicts an uncertainty,
 * it also counts how many errors fall inside one and two predicted standard deviations
 * ({@link Calibration}). Mutable; not thread-safe.
 */
public final class Evaluation {
    private final Potential potential;
    private final ErrorAccumulator energyPerAtom = new ErrorAccumulator();
    private final ErrorAccumulator forces = new ErrorAccumulator();
    private final ErrorAccumulator stress = new ErrorAccumulator();
    private final Calibration.Counter energyCalibration = new Calibration.Counter();
    private final Calibration.Counter forceCalibration = new Calibration.Counter();
    private final boolean uncertainty;
    private long structures;
    private long atoms;

    /** An evaluation of {@code potential} (with its uncertainty, where it predicts one) with nothing added yet. */
    public Evaluation(Potential potential) {
        this(potential, true);
    }

    /**
     * An evaluation with nothing added yet.
     *
     * @param uncertainty whether to ask for the predicted uncertainty and check its calibration (it can
     *     cost more than the prediction itself, and on training frames says little)
     */
    public Evaluation(Potential potential, boolean uncertainty) {
        this.potential = Objects.requireNonNull(potential, "potential is null");
        this.uncertainty = uncertainty;
    }

    /**
     * Evaluates the frame with the potential and adds its errors.
     *
     * @return the potential's result for the frame
     */
    public Result add(Frame frame) {
        Labels labels = frame.labels();
        boolean wantStress = labels.stress().isPresent() && frame.structure().cell().fullyPeriodic();
        Set<Property> properties = EnumSet.of(Property.FORCES);
        if (wantStress) {
            properties.add(Property.STRESS);
        }
        if (uncertainty) {
            properties.add(Property.UNCERTAINTY);
        }
        Result result = potential.evaluate(frame.structure(), properties);
        add(frame, result);
        return result;
    }

    /** Adds the errors of a result computed elsewhere for this frame. */
    public void add(Frame frame, Result result) {
        Labels labels = frame.labels();
        int n = frame.structure().size();
        structures++;
        atoms += n;
        Result.Uncertainty uncertainty = result.uncertaintyIfPresent().orElse(null);
        if (labels.energy().isPresent() && n > 0) {
            double error = result.energy() - labels.energy().getAsDouble();
            energyPerAtom.addError(error / n);
            if (uncertainty != null && uncertainty.energyIfPresent().isPresent()) {
                energyCalibration.add(error, uncertainty.energy());
            }
        }
        if (labels.hasForces() && result.forces() != null) {
            double[] predicted = result.forces();
            double[] sigma = uncertainty == null ? null : uncertainty.forces();
            for (int k = 0; k < 3 * n; k++) {
                forces.add(predicted[k], labels.force(k));
                if (sigma != null) {
                    forceCalibration.add(predicted[k] - labels.force(k), sigma[k]);
                }
            }
        }
        if (labels.stress().isPresent() && result.stress() != null) {
            double[] predicted = result.stress().toVoigt();
            double[] reference = labels.stress().map(Stress::toVoigt).orElseThrow();
            for (int k = 0; k < 6; k++) {
                stress.add(predicted[k], reference[k]);
            }
        }
    }

    /** The metrics so far. */
    public EvaluationMetrics metrics() {
        return new EvaluationMetrics(structures, atoms,
                energyPerAtom.mae(), energyPerAtom.rmse(),
                forces.mae(), forces.rmse(),
                stress.rmse(),
                energyCalibration.isEmpty() && forceCalibration.isEmpty() ? Optional.empty()
                        : Optional.of(new Calibration(energyCalibration.within1(), energyCalibration.within2(),
                                forceCalibration.within1(), forceCalibration.within2())));
    }
}
