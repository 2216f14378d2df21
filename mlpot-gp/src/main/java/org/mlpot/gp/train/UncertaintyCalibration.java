package org.mlpot.gp.train;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlpot.data.Frame;
import org.mlpot.gp.UncertaintyScales;
import org.mlpot.potential.Result;

/**
 * Chooses the {@link UncertaintyScales} of a Gaussian-process potential from held-out frames: for the
 * energies and for the force components separately, the factor that puts 68.27 % of the held-out
 * errors inside the scaled 1σ band (the quantile of |error|/σ), as a normal distribution would. One
 * factor per observable keeps where the model is unsure (the DTC variance) and only fixes how
 * unsure; 2σ coverage is then a check of the shape, not fitted.
 */
public final class UncertaintyCalibration {
    /** The fraction of a normal distribution within one standard deviation. */
    public static final double ONE_SIGMA = 0.6826894921370859;

    private UncertaintyCalibration() {
    }

    /**
     * The scales that fit {@code results}, the potential's predictions with uncertainty (and the
     * current scales) for {@code frames}; an observable without labels or predicted σ keeps 1.
     *
     * @param current the scales the results were predicted with
     */
    public static UncertaintyScales fit(List<Frame> frames, List<Result> results, UncertaintyScales current) {
        Objects.requireNonNull(current, "current is null");
        if (frames.size() != results.size()) {
            throw new IllegalArgumentException(frames.size() + " frames but " + results.size() + " results");
        }
        double[] energyRatios = new double[frames.size()];
        int energies = 0;
        int components = 0;
        for (Frame frame : frames) {
            components += frame.labels().hasForces() ? 3 * frame.structure().size() : 0;
        }
        double[] forceRatios = new double[components];
        int forces = 0;
        for (int f = 0; f < frames.size(); f++) {
            Frame frame = frames.get(f);
            Result result = results.get(f);
            Result.Uncertainty u = result.uncertaintyIfPresent().orElse(null);
            if (u == null) {
                continue;
            }
            if (frame.labels().energy().isPresent() && u.energy() > 0) {
                energyRatios[energies++] = Math.abs(result.energy() - frame.labels().energy().getAsDouble()) / u.energy();
            }
            if (frame.labels().hasForces() && u.forces() != null && result.forces() != null) {
                for (int k = 0; k < 3 * frame.structure().size(); k++) {
                    if (u.forces()[k] > 0) {
                        forceRatios[forces++] = Math.abs(result.forces()[k] - frame.labels().force(k)) / u.forces()[k];
                    }
                }
            }
        }
        return new UncertaintyScales(current.energy() * quantile(energyRatios, energies),
                current.force() * quantile(forceRatios, forces));
    }

    /** The {@link #ONE_SIGMA} quantile of the first {@code count} values, or 1 when there are none (or it is 0). */
    private static double quantile(double[] values, int count) {
        if (count == 0) {
            return 1;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double position = ONE_SIGMA * (count - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, count - 1);
        double q = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        return q > 0 && Double.isFinite(q) ? q : 1;
    }

    /** {@code result} with its standard deviations multiplied by {@code factor}'s energy and force parts. */
    public static Result rescaled(Result result, UncertaintyScales factor) {
        Result.Uncertainty u = result.uncertaintyIfPresent().orElse(null);
        if (u == null) {
            return result;
        }
        double[] forces = u.forces() == null ? null : u.forces().clone();
        if (forces != null) {
            for (int k = 0; k < forces.length; k++) {
                forces[k] *= factor.force();
            }
        }
        double[] atoms = u.atomEnergies() == null ? null : u.atomEnergies().clone();
        if (atoms != null) {
            for (int i = 0; i < atoms.length; i++) {
                atoms[i] *= factor.energy();
            }
        }
        return new Result(result.energy(), result.forces(), result.stress(), result.atomEnergies(),
                new Result.Uncertainty(u.energy() * factor.energy(), forces, atoms));
    }
}
