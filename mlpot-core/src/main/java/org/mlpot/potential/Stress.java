package org.mlpot.potential;

/**
 * A symmetric stress tensor in eV/Å³ with ASE's sign convention: {@code σ = (1/V) ∂E/∂ε}, so a
 * compressed cell (which wants to expand) has negative diagonal stress. This is the negative of the
 * pressure tensor printed by LAMMPS or Quantum ESPRESSO, and the virial is {@code W = −V σ}.
 *
 * <p>Voigt order is ASE's: xx, yy, zz, yz, xz, xy.
 */
public record Stress(double xx, double yy, double zz, double yz, double xz, double xy) {

    /** Tolerance for accepting a 3×3 tensor as symmetric: relative to its largest entry, plus an absolute floor in eV/Å³. */
    private static final double SYMMETRY_TOLERANCE = 1e-6;

    /** Rejects non-finite components. */
    public Stress {
        for (double v : new double[] {xx, yy, zz, yz, xz, xy}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("stress components must be finite, got " + v);
            }
        }
    }

    /** From six Voigt values in ASE order (xx, yy, zz, yz, xz, xy). */
    public static Stress fromVoigt(double[] v) {
        if (v.length != 6) {
            throw new IllegalArgumentException("Voigt stress needs 6 values, got " + v.length);
        }
        return new Stress(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /**
     * From nine values of the full tensor, row-major ({@code xx xy xz yx yy yz zx zy zz}).
     *
     * @throws IllegalArgumentException when the tensor is not symmetric within 1e-6 (relative)
     */
    public static Stress fromRowMajor(double[] m) {
        if (m.length != 9) {
            throw new IllegalArgumentException("a 3×3 stress needs 9 values, got " + m.length);
        }
        double scale = 0;
        for (double v : m) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = SYMMETRY_TOLERANCE * Math.max(scale, 1e-3);
        if (Math.abs(m[1] - m[3]) > tolerance || Math.abs(m[2] - m[6]) > tolerance || Math.abs(m[5] - m[7]) > tolerance) {
            throw new IllegalArgumentException(String.format(
                    "stress tensor is not symmetric (xy=%g yx=%g, xz=%g zx=%g, yz=%g zy=%g)",
                    m[1], m[3], m[2], m[6], m[5], m[7]));
        }
        return new Stress(m[0], m[4], m[8], 0.5 * (m[5] + m[7]), 0.5 * (m[2] + m[6]), 0.5 * (m[1] + m[3]));
    }

    /** From a virial W (eV, 9 values row-major) and the cell volume (Å³): {@code σ = −W / V}. */
    public static Stress fromVirial(double[] virialRowMajor, double volume) {
        if (!(volume > 0)) {
            throw new IllegalArgumentException("a virial can only be turned into a stress with a cell volume, got " + volume);
        }
        double[] m = new double[9];
        for (int i = 0; i < 9; i++) {
            m[i] = -virialRowMajor[i] / volume;
        }
        return fromRowMajor(m);
    }

    /** The six Voigt values in ASE order (xx, yy, zz, yz, xz, xy). */
    public double[] toVoigt() {
        return new double[] {xx, yy, zz, yz, xz, xy};
    }

    /** The full tensor, nine values row-major. */
    public double[] toRowMajor() {
        return new double[] {xx, xy, xz, xy, yy, yz, xz, yz, zz};
    }

    /** The virial {@code W = −V σ} in eV, nine values row-major. */
    public double[] toVirial(double volume) {
        double[] m = toRowMajor();
        for (int i = 0; i < 9; i++) {
            m[i] *= -volume;
        }
        return m;
    }

    /** The component (a, b) of the full tensor. */
    public double get(int a, int b) {
        return toRowMajor()[3 * a + b];
    }

    /** The pressure {@code −tr(σ)/3} in eV/Å³ (positive under compression). */
    public double pressure() {
        return -(xx + yy + zz) / 3.0;
    }
}
