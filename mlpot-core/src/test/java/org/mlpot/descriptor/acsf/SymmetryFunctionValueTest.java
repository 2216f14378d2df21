package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlpot.structure.Element.C;
import static org.mlpot.structure.Element.H;
import static org.mlpot.structure.Element.O;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Every type on a trimer, against the formulas written out by hand (independent of the evaluator
 * and of n2p2's data): an O centre at the origin with an H and a C neighbour, so each angular sum
 * has one pair, and functions of absent element pairs are 0. Tolerance 1e-14 relative.
 */
class SymmetryFunctionValueTest {
    private static final double[] RJ = {1.1, 0.2, -0.1};
    private static final double[] RK = {-0.4, 0.9, 0.5};
    private static final double RC = 3.0;
    private static final CutoffShape COS = CutoffShape.of(CutoffType.COS);
    private static final CompactShape P2 = CompactShape.parse("p2");

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static final double R1 = norm(RJ);
    private static final double R2 = norm(RK);
    private static final double R12 = norm(new double[] {RK[0] - RJ[0], RK[1] - RJ[1], RK[2] - RJ[2]});
    private static final double COSINE = (RJ[0] * RK[0] + RJ[1] * RK[1] + RJ[2] * RK[2]) / (R1 * R2);
    private static final double THETA = Math.acos(COSINE);

    private static double fc(double r) {
        return r < RC ? 0.5 * (Math.cos(Math.PI * r / RC) + 1) : 0;
    }

    private static double gauss(double eta, double rs, double r) {
        return Math.exp(-eta * (r - rs) * (r - rs)) * fc(r);
    }

    private static double poly2(double x) {
        return 1 - 10 * Math.pow(x, 3) + 15 * Math.pow(x, 4) - 6 * Math.pow(x, 5);
    }

    /** The p2 compact function on [l, r] at a. */
    private static double bump(double l, double r, double a) {
        return a > l && a < r ? poly2(Math.abs(a - (l + r) / 2) / ((r - l) / 2)) : 0;
    }

    private static double angularExp(double lambda, double zeta) {
        return Math.pow(2, 1 - zeta) * Math.pow(1 + lambda * COSINE, zeta);
    }

    private static double[] centreFeatures(SymmetryFunctions d) {
        Structure s = Structure.of(List.of(O, H, C), new double[] {0, 0, 0, RJ[0], RJ[1], RJ[2], RK[0], RK[1], RK[2]}, Cell.none());
        StructureFeatures f = new FeatureCalculator(d, 1).compute(s, false);
        return f.values(0);
    }

    /** Feature of each function (wherever n2p2's order puts it) against its expected value. */
    private static void check(List<SymmetryFunction> functions, double[] expected) {
        SymmetryFunctions d = new SymmetryFunctions(List.of(H, C, O), functions);
        double[] actual = centreFeatures(d);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            int g = d.functions(O).indexOf(functions.get(i));
            assertEquals(expected[i], actual[g], 1e-14 * Math.max(1, Math.abs(expected[i])), functions.get(i).settingsLine());
        }
    }

    @Test
    void trimerGeometryIsWithinTheCutoffs() {
        assertArrayEquals(new double[] {1.1225, 1.1045, 1.7607}, new double[] {R1, R2, R12}, 1e-4);
        assertEquals(104.48, Math.toDegrees(THETA), 0.01);
    }

    @Test
    void radialTypes() {
        check(List.of(
                new ExpRadial(O, H, 0.7, 0.5, RC, COS),
                new ExpRadial(O, C, 0.7, 0.5, RC, COS),
                new ExpRadial(O, O, 0.7, 0.5, RC, COS),
                new ExpRadialWeighted(O, 0.7, 0.5, RC, COS),
                new CompactRadial(O, H, -RC, RC, P2),
                new CompactRadial(O, H, 1.2, RC, P2),
                new CompactRadial(O, C, 0.5, 2.5, P2),
                new CompactRadialWeighted(O, 0.5, 2.5, P2)), new double[] {
                    gauss(0.7, 0.5, R1),
                    gauss(0.7, 0.5, R2),
                    0.0,
                    1 * gauss(0.7, 0.5, R1) + 6 * gauss(0.7, 0.5, R2),
                    bump(-RC, RC, R1),
                    0.0,
                    bump(0.5, 2.5, R2),
                    1 * bump(0.5, 2.5, R1) + 6 * bump(0.5, 2.5, R2)});
    }

    @Test
    void exponentialAngularTypes() {
        double eta = 0.3;
        double rs = 0.2;
        double wide = Math.exp(-eta * (Math.pow(R1 - rs, 2) + Math.pow(R2 - rs, 2))) * fc(R1) * fc(R2);
        double narrow = wide * Math.exp(-eta * Math.pow(R12 - rs, 2)) * fc(R12);
        check(List.of(
                new ExpAngular(AngularKind.NARROW, O, H, C, eta, 1, 1, RC, rs, COS),
                new ExpAngular(AngularKind.NARROW, O, C, H, eta, -1, 1, RC, rs, COS),
                new ExpAngular(AngularKind.NARROW, O, H, C, eta, 1, 3, RC, rs, COS),
                new ExpAngular(AngularKind.NARROW, O, H, C, eta, -1, 2.5, RC, rs, COS),
                new ExpAngular(AngularKind.NARROW, O, H, H, eta, 1, 1, RC, rs, COS),
                new ExpAngular(AngularKind.WIDE, O, C, H, eta, 1, 1, RC, rs, COS),
                new ExpAngular(AngularKind.WIDE, O, C, C, eta, 1, 1, RC, rs, COS),
                new ExpAngularNarrowWeighted(O, eta, rs, 1, 2, RC, COS)), new double[] {
                    angularExp(1, 1) * narrow,
                    angularExp(-1, 1) * narrow,
                    angularExp(1, 3) * narrow,
                    angularExp(-1, 2.5) * narrow,
                    0.0,
                    angularExp(1, 1) * wide,
                    0.0,
                    1 * 6 * angularExp(1, 2) * narrow});
    }

    @Test
    void compactAngularTypes() {
        double radial = bump(-RC, RC, R1) * bump(-RC, RC, R2);
        double shifted = bump(0.5, RC, R1) * bump(0.5, RC, R2);
        double deg = Math.PI / 180;
        check(List.of(
                new CompactAngular(AngularKind.NARROW, O, H, C, -RC, RC, 0, 180, P2),
                new CompactAngular(AngularKind.NARROW, O, H, C, 0.5, RC, 60, 180, P2),
                new CompactAngular(AngularKind.WIDE, O, C, H, -RC, RC, 0, 180, P2),
                new CompactAngular(AngularKind.WIDE, O, C, H, -RC, RC, 0, 90, P2),
                new CompactAngular(AngularKind.WIDE, O, H, H, -RC, RC, 0, 180, P2),
                new CompactAngularWeighted(AngularKind.NARROW, O, -RC, RC, 49.1, 169.1, P2),
                new CompactAngularWeighted(AngularKind.WIDE, O, 0.5, RC, 90, 270, P2)), new double[] {
                    radial * bump(-RC, RC, R12) * bump(0, Math.PI, THETA),
                    shifted * bump(0.5, RC, R12) * bump(60 * deg, Math.PI, THETA),
                    radial * bump(0, Math.PI, THETA),
                    0.0,
                    0.0,
                    6 * radial * bump(-RC, RC, R12) * bump(49.1 * deg, 169.1 * deg, THETA),
                    6 * shifted * bump(90 * deg, 270 * deg, THETA)});
    }

    @Test
    void narrowAngularNeedsTheThirdSideWithinTheCutoff() {
        double rc = 1.5; // r_ij, r_ik < 1.5 < r_jk
        CutoffShape cos = CutoffShape.of(CutoffType.COS);
        SymmetryFunctions d = new SymmetryFunctions(List.of(H, C, O), List.of(
                new ExpAngular(AngularKind.NARROW, O, H, C, 0.1, 1, 1, rc, 0.0, cos),
                new ExpAngular(AngularKind.WIDE, O, H, C, 0.1, 1, 1, rc, 0.0, cos)));
        double[] g = centreFeatures(d);
        assertEquals(0.0, g[0]);
        assertEquals(true, g[1] > 1e-3);
    }

    @Test
    void sensitivityListsTheFeaturesANeighbourElementCanChange() {
        SymmetryFunctions d = new SymmetryFunctions(List.of(H, C, O), List.of(
                new ExpRadial(O, H, 0.7, 0.5, RC, COS),
                new ExpRadial(O, C, 0.7, 0.5, RC, COS),
                new ExpRadialWeighted(O, 0.7, 0.5, RC, COS),
                new ExpAngular(AngularKind.NARROW, O, H, C, 0.3, 1, 1, RC, 0.0, COS),
                new ExpAngular(AngularKind.WIDE, O, C, C, 0.3, 1, 1, RC, 0.0, COS),
                new CompactAngularWeighted(AngularKind.WIDE, O, 0.5, RC, 90, 270, P2)));
        assertEquals(List.of(H, C, O), d.elements());
        // n2p2 order: type 2 (H, then C), 3, 9, 12, 25
        assertArrayEquals(new int[] {0, 2, 4, 5}, d.sensitivity(O, H));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, d.sensitivity(O, C));
        assertArrayEquals(new int[] {4, 5}, d.sensitivity(O, O));
        assertEquals(0, d.size(Element.H));
        assertEquals(RC, d.cutoff());
    }
}
