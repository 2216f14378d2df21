package org.mlpot.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlpot.gp.train.GaussianProcessResult;
import org.mlpot.metrics.EvaluationMetrics;

/** The lines {@code mlpot train} prints after a Gaussian-process fit. */
final class GaussianProcessSummary {
    private GaussianProcessSummary() {
    }

    static String of(GaussianProcessResult result, Path modelFile) {
        StringBuilder s = new StringBuilder();
        int[] frames = result.frames();
        s.append(String.format(Locale.ROOT, "fitted on %d frames (validation %d, test %d), seed %d; %d sparse points; %.1f s%n",
                frames[0], frames[1], frames[2], result.seed(), result.sparsePoints(), result.seconds()));
        s.append(String.format(Locale.ROOT, "hyperparameters: %s; log marginal likelihood %.1f over %d observations%n",
                result.hyperparameters(), result.logLikelihood(), result.observations()));
        line(s, "train", result.train());
        line(s, "validation", result.validation());
        line(s, "test", result.test());
        s.append("model: ").append(modelFile).append('\n');
        return s.toString();
    }

    private static void line(StringBuilder s, String part, Optional<EvaluationMetrics> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        EvaluationMetrics m = metrics.get();
        s.append(String.format(Locale.ROOT, "  %-10s energy RMSE %9.3f meV/atom   force RMSE %8.2f meV/Å", part,
                milli(m.energyRmsePerAtom()), milli(m.forceRmse())));
        m.calibration().ifPresent(c -> s.append(String.format(Locale.ROOT,
                "   within 1σ/2σ: energy %.0f%%/%.0f%%, forces %.0f%%/%.0f%%", percent(c.energyWithin1Sigma()),
                percent(c.energyWithin2Sigma()), percent(c.forceWithin1Sigma()), percent(c.forceWithin2Sigma()))));
        s.append('\n');
    }

    private static double milli(OptionalDouble value) {
        return value.isPresent() ? 1000 * value.getAsDouble() : Double.NaN;
    }

    private static double percent(OptionalDouble value) {
        return value.isPresent() ? 100 * value.getAsDouble() : Double.NaN;
    }
}
