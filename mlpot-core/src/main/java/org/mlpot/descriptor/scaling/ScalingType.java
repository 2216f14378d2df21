package org.mlpot.descriptor.scaling;

/**
 * How raw features G become the scaled features Gs a model sees: n2p2's {@code SymFnc::ScalingType},
 * with {@code S = Smax − Smin} ({@code scale_max_short − scale_min_short}). See {@link FeatureScaling}.
 */
public enum ScalingType {
    /** {@code Gs = G} (n2p2 {@code ST_NONE}). */
    NONE,
    /** {@code Gs = Smin + S (G − Gmin) / (Gmax − Gmin)} (n2p2 {@code ST_SCALE}). */
    SCALE,
    /** {@code Gs = G − Gmean} (n2p2 {@code ST_CENTER}). */
    CENTER,
    /** {@code Gs = Smin + S (G − Gmean) / (Gmax − Gmin)} (n2p2 {@code ST_SCALECENTER}). */
    SCALE_CENTER,
    /** {@code Gs = Smin + S (G − Gmean) / Gsigma} (n2p2 {@code ST_SCALESIGMA}). */
    SIGMA;

    /**
     * The type n2p2 picks from the keywords of {@code input.nn}, with n2p2's precedence: scale alone
     * gives {@link #SCALE}, center alone {@link #CENTER}, both {@link #SCALE_CENTER}; only when neither
     * is present does {@code scale_symmetry_functions_sigma} give {@link #SIGMA}; nothing gives
     * {@link #NONE}.
     *
     * @param scale whether {@code scale_symmetry_functions} is present
     * @param center whether {@code center_symmetry_functions} is present
     * @param sigma whether {@code scale_symmetry_functions_sigma} is present
     */
    public static ScalingType fromN2p2Keywords(boolean scale, boolean center, boolean sigma) {
        if (scale) {
            return center ? SCALE_CENTER : SCALE;
        }
        if (center) {
            return CENTER;
        }
        return sigma ? SIGMA : NONE;
    }

    /** Whether this type maps onto {@code [Smin, Smax]}-related values and so uses Smin and Smax. */
    public boolean usesScaledRange() {
        return this == SCALE || this == SCALE_CENTER || this == SIGMA;
    }
}
