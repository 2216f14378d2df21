package org.mlpot.gp;

import java.util.Locale;
import org.mlpot.units.Units;

/**
 * The hyperparameters a sparse Gaussian process is fitted with: the kernel's energy scale δ and the
 * base noise levels of the three kinds of observation (per-config-type levels keep their ratio to
 * these).
 *
 * @param delta the kernel's δ, eV
 * @param energy the energy noise per atom, eV/atom (a structure of N atoms gets {@code energy·√N})
 * @param force the noise of a force component, eV/Å
 * @param stress the noise of a stress component, eV/Å³
 */
public record Hyperparameters(double delta, double energy, double force, double stress) {

    /** Checks that all are positive and finite. */
    public Hyperparameters {
        for (double x : new double[] {delta, energy, force, stress}) {
            if (!(x > 0) || !Double.isFinite(x)) {
                throw new IllegalArgumentException("hyperparameters must be positive and finite, got " + x);
            }
        }
    }

    /** For people: δ in eV, the noise in meV/atom, meV/Å and MPa. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "δ %.4g eV, noise %.4g meV/atom, %.4g meV/Å, %.4g MPa", delta, 1000 * energy,
                1000 * force, stress / Units.MPA);
    }
}
