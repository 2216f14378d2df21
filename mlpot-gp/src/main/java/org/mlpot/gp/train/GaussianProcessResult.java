package org.mlpot.gp.train;

import java.util.Objects;
import java.util.Optional;
import org.mlpot.gp.GaussianProcessPotential;
import org.mlpot.gp.Hyperparameters;
import org.mlpot.metrics.EvaluationMetrics;

/**
 * What a Gaussian-process fit produced.
 *
 * @param potential the fitted potential
 * @param sparsePoints the number of sparse points over all elements
 * @param hyperparameters δ and the noise levels the weights were solved with (the spec's, or the
 *     maximum of the marginal likelihood when the spec asked for it)
 * @param logLikelihood the log marginal likelihood of the training observations at those
 * @param observations the number of training observations (energies, force and stress components)
 * @param train errors (and uncertainty calibration) on the training frames
 * @param validation the same on the validation frames, if any
 * @param test the same on the test frames, if any
 * @param frames the number of training, validation and test frames
 * @param seed the seed of the split and the sparse-point selection
 * @param seconds wall time of sparse-point selection and fit, s
 */
public record GaussianProcessResult(GaussianProcessPotential potential, int sparsePoints, Hyperparameters hyperparameters,
                                    double logLikelihood, long observations, Optional<EvaluationMetrics> train,
                                    Optional<EvaluationMetrics> validation, Optional<EvaluationMetrics> test, int[] frames,
                                    long seed, double seconds) {

    /** Checks and copies the arguments. */
    public GaussianProcessResult {
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(hyperparameters, "hyperparameters is null");
        frames = frames.clone();
    }
}
