package org.mlpot.gp;

import java.util.Map;
import java.util.Objects;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Element;

/**
 * How a {@link SparseGaussianProcessFit} weighs and streams its observations.
 *
 * @param noise the expected errors of the reference data: the energy noise is per atom, and a
 *     structure of N atoms gets a total-energy noise {@code σ_E · √N} (independent errors of the
 *     atoms adding in quadrature, gap_fit's {@code sigma_per_atom}); forces and stress components get
 *     {@code noise.force()} and {@code noise.stress()}; frames with a text {@code config_type} use
 *     {@link NoiseSpec#forConfigType}
 * @param referenceEnergies e0 per element, eV: subtracted from every reference energy (once per
 *     atom) before fitting and added back in every prediction; needs an entry for each element of
 *     the descriptor
 * @param jitter added to the diagonal of {@code K_MM} before its Cholesky factorisation, eV²;
 *     non-negative (gap_fit's {@code sparse_jitter}, default 1e-8)
 * @param blockRows observation rows per QR update; memory is {@code O((M + blockRows) M)} and each
 *     update costs {@code O((M + blockRows) M²)}, so blocks of about M rows or more keep the overhead
 *     of re-factorising R below a factor two; at least 1
 * @param threads threads that build observation rows (1 builds them in the calling thread); the
 *     result does not depend on it
 */
public record FitSettings(NoiseSpec noise, Map<Element, Double> referenceEnergies, double jitter, int blockRows,
                          int threads) {
    /** gap_fit's default jitter, eV². */
    public static final double DEFAULT_JITTER = 1e-8;
    /** The default block size, rows. */
    public static final int DEFAULT_BLOCK_ROWS = 1024;

    /** Checks the arguments. */
    public FitSettings {
        Objects.requireNonNull(noise, "noise is null");
        Objects.requireNonNull(referenceEnergies, "referenceEnergies is null");
        referenceEnergies = Map.copyOf(referenceEnergies);
        for (Map.Entry<Element, Double> e : referenceEnergies.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("the reference energy of " + e.getKey().symbol() + " must be finite, got "
                        + e.getValue());
            }
        }
        if (!(jitter >= 0) || !Double.isFinite(jitter)) {
            throw new IllegalArgumentException("the jitter must be a non-negative number of eV², got " + jitter);
        }
        if (blockRows < 1) {
            throw new IllegalArgumentException("a block needs at least one row, got " + blockRows);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Settings with the default jitter and block size, using all available processors. */
    public static FitSettings of(NoiseSpec noise, Map<Element, Double> referenceEnergies) {
        return new FitSettings(noise, referenceEnergies, DEFAULT_JITTER, DEFAULT_BLOCK_ROWS,
                Runtime.getRuntime().availableProcessors());
    }

    /** These settings with another block size. */
    public FitSettings withBlockRows(int rows) {
        return new FitSettings(noise, referenceEnergies, jitter, rows, threads);
    }

    /** These settings with another thread count. */
    public FitSettings withThreads(int count) {
        return new FitSettings(noise, referenceEnergies, jitter, blockRows, count);
    }

    /** These settings with another jitter, eV². */
    public FitSettings withJitter(double value) {
        return new FitSettings(noise, referenceEnergies, value, blockRows, threads);
    }

    /** The reference energy of {@code element}, eV. */
    double referenceEnergy(Element element) {
        Double e0 = referenceEnergies.get(element);
        if (e0 == null) {
            throw new IllegalArgumentException("no reference energy (e0) for " + element.symbol()
                    + "; give one for every element of the descriptor (0 if none is wanted)");
        }
        return e0;
    }
}
