package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.List;

/**
 * Grids of Gaussian widths η and shifts r_s for symmetry functions, by the rules that n2p2's
 * parameter generator {@code sfparamgen} implements, so that a user need not hand-pick them.
 *
 * <ul>
 *   <li>Imbalzano et al., J. Chem. Phys. 148, 241730 (2018). Centred: r_s = 0 and
 *       {@code η_i = (n^{i/n} / r_c)²}, i = 0…n, with n = count − 1, so the widths spread
 *       geometrically between r_c and r_c / n. Shifted: {@code r_i = r_c / N^{i/N}}, i = 0…N with
 *       N = count; the shifts are r_1…r_N (ascending) and each {@code η = 1 / (r_{i−1} − r_i)²}.</li>
 *   <li>Gastegger et al., J. Chem. Phys. 148, 241709 (2018). An equidistant grid r_lower…r_upper of
 *       count points. Centred: r_s = 0 and {@code η = 1 / (2 r²)} per point; shifted: r_s at the
 *       points and one {@code η = 1 / (2 Δr²)} from the spacing.</li>
 * </ul>
 */
public final class RadialGrid {

    /** One radial parameter pair. */
    public record Point(double shift, double eta) {
    }

    /** Centred (r_s = 0, widths vary) or shifted (r_s varies). */
    public enum Mode {
        /** All shifts zero; the Gaussian widths vary. */
        CENTERED,
        /** The shifts vary over the range. */
        SHIFTED
    }

    private RadialGrid() {
    }

    /**
     * Imbalzano et al.'s grid of {@code count} points for cutoff r_c (Å).
     *
     * @throws IllegalArgumentException when count is below 2 or the cutoff is not positive
     */
    public static List<Point> imbalzano(Mode mode, int count, double cutoff) {
        check(count, cutoff);
        List<Point> points = new ArrayList<>(count);
        if (mode == Mode.CENTERED) {
            int n = count - 1;
            for (int i = 0; i <= n; i++) {
                double inverseWidth = Math.pow(n, (double) i / n) / cutoff;
                points.add(new Point(0.0, inverseWidth * inverseWidth));
            }
        } else {
            double[] r = new double[count + 1];
            for (int i = 0; i <= count; i++) {
                r[i] = cutoff / Math.pow(count, (double) i / count);
            }
            for (int i = count; i >= 1; i--) {
                double spacing = r[i - 1] - r[i];
                points.add(new Point(r[i], 1.0 / (spacing * spacing)));
            }
        }
        return List.copyOf(points);
    }

    /**
     * Gastegger et al.'s grid of {@code count} equidistant points from {@code lower} to {@code upper} Å.
     *
     * @throws IllegalArgumentException unless {@code 0 < lower < upper <= cutoff} (centred) or
     *     {@code 0 <= lower < upper <= cutoff} (shifted), and count is at least 2
     */
    public static List<Point> gastegger(Mode mode, int count, double cutoff, double lower, double upper) {
        check(count, cutoff);
        boolean lowerOk = mode == Mode.CENTERED ? lower > 0 : lower >= 0;
        if (!lowerOk || !(lower < upper) || !(upper <= cutoff)) {
            throw new IllegalArgumentException(String.format(
                    "a %s Gastegger grid needs %s r_lower < r_upper <= cutoff, got r_lower %g, r_upper %g, cutoff %g",
                    mode == Mode.CENTERED ? "centred" : "shifted", mode == Mode.CENTERED ? "0 <" : "0 <=", lower, upper, cutoff));
        }
        double spacing = (upper - lower) / (count - 1);
        List<Point> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double r = lower + i * spacing;
            points.add(mode == Mode.CENTERED
                    ? new Point(0.0, 1.0 / (2 * r * r))
                    : new Point(r, 1.0 / (2 * spacing * spacing)));
        }
        return List.copyOf(points);
    }

    private static void check(int count, double cutoff) {
        if (count < 2) {
            throw new IllegalArgumentException("a radial grid needs at least 2 points, got " + count);
        }
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("the cutoff must be positive, got " + cutoff);
        }
    }
}
