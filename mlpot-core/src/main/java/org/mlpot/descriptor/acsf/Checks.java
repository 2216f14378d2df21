package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.structure.Element;

/** Argument checks shared by the symmetry-function records. */
final class Checks {
    private Checks() {
    }

    static void element(Element e, String name) {
        Objects.requireNonNull(e, name + " is null");
    }

    static void radius(double rc) {
        if (!(rc > 0) || !Double.isFinite(rc)) {
            throw new IllegalArgumentException("rc must be positive and finite, got " + rc);
        }
    }

    static void finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be finite, got " + x);
        }
    }

    static void eta(double eta) {
        if (!(eta >= 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("eta must be finite and not negative, got " + eta);
        }
    }

    static void zeta(double zeta) {
        if (!(zeta > 0) || !(zeta < 1e6)) {
            throw new IllegalArgumentException("zeta must be positive (and below 1e6), got " + zeta);
        }
    }

    static void radialRange(double rl, double rc) {
        radius(rc);
        finite(rl, "rl");
        if (!(rl < rc)) {
            throw new IllegalArgumentException("the left radial boundary rl must be below rc, got rl = " + rl + ", rc = " + rc);
        }
    }

    /** n2p2's rules for the angle interval of compact angular functions, in degrees. */
    static void angles(double left, double right) {
        finite(left, "angleLeft");
        finite(right, "angleRight");
        if (!(left < right)) {
            throw new IllegalArgumentException("angleLeft must be below angleRight, got " + left + " and " + right);
        }
        double center = (left + right) / 2.0;
        if (left < 0.0 && center != 0.0 || right > 180.0 && center != 180.0) {
            throw new IllegalArgumentException("an angle interval reaching outside [0, 180] degrees must be centred on 0 or 180, got ["
                    + left + ", " + right + "]");
        }
        if (right - left > 360.0) {
            throw new IllegalArgumentException("the angle interval must not be wider than 360 degrees, got [" + left + ", " + right + "]");
        }
    }

    static String number(double x) {
        return Double.toString(x);
    }
}
