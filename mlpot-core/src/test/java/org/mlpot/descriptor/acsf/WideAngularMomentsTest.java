package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpot.structure.Element.H;
import static org.mlpot.structure.Element.O;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Wide angular functions through moment tensors against the pair loop, on random clusters of two
 * elements: values agree to 1e-12 relative and to 1e-14 of the largest value the function could
 * take for the same radial terms, {@code 2^(1−ζ)(1 + |λ|)^ζ Σ_{e1} R Σ_{e2} R} (with Σ R read
 * from type-2 functions of the same Gaussian); every gradient to 1e-12 of the largest gradient
 * magnitude of that feature over the atom's neighbours.
 */
class WideAngularMomentsTest {
    private static final CutoffShape COS = CutoffShape.of(CutoffType.COS);

    /**
     * Type 9 for H–H, H–O and O–O pairs around both centres, ζ 1 to the limit, λ ±1 and ±0.5, rs 0
     * and 1.2 Å; and type 2 with the same Gaussians, for the bound.
     */
    static List<SymmetryFunction> momentFunctions() {
        List<SymmetryFunction> list = new ArrayList<>();
        Element[][] pairs = {{H, H}, {H, O}, {O, O}};
        double[] lambdas = {1, -1, 0.5, -0.5};
        int z = 0;
        for (Element centre : List.of(H, O)) {
            for (Element[] pair : pairs) {
                for (int zeta = 1; zeta <= WideAngularMoments.MAX_ZETA; zeta++) {
                    double lambda = lambdas[z++ % lambdas.length];
                    list.add(new ExpAngular(AngularKind.WIDE, centre, pair[0], pair[1], 0.3, lambda, zeta, 4.5, zeta % 2 == 0 ? 1.2 : 0.0,
                            COS));
                }
            }
        }
        for (Element centre : List.of(H, O)) {
            for (Element neighbor : List.of(H, O)) {
                list.add(new ExpRadial(centre, neighbor, 0.3, 0.0, 4.5, COS));
                list.add(new ExpRadial(centre, neighbor, 0.3, 1.2, 4.5, COS));
            }
        }
        return list;
    }

    /** A random cluster of {@code n} atoms (half H, half O) in a ball of radius 3.5 Å, no two closer than 0.8 Å. */
    static Structure cluster(int n, long seed) {
        Random random = new Random(seed);
        double[] p = new double[3 * n];
        List<Element> species = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            species.add(i % 2 == 0 ? H : O);
            boolean close;
            do {
                double x;
                double y;
                double z;
                do {
                    x = 7 * random.nextDouble() - 3.5;
                    y = 7 * random.nextDouble() - 3.5;
                    z = 7 * random.nextDouble() - 3.5;
                } while (x * x + y * y + z * z > 3.5 * 3.5);
                p[3 * i] = x;
                p[3 * i + 1] = y;
                p[3 * i + 2] = z;
                close = false;
                for (int j = 0; j < i; j++) {
                    double dx = p[3 * j] - x;
                    double dy = p[3 * j + 1] - y;
                    double dz = p[3 * j + 2] - z;
                    close |= dx * dx + dy * dy + dz * dz < 0.8 * 0.8;
                }
            } while (close);
        }
        return Structure.of(species, p, Cell.none());
    }

    @Test
    void everyFunctionTakesTheMomentPath() {
        for (SymmetryFunction f : momentFunctions()) {
            assertEquals(f.isAngular(), WideAngularMoments.accepts(f), f.settingsLine());
        }
    }

    @Test
    void momentsAgreeWithThePairLoopOnRandomClusters() {
        List<SymmetryFunction> functions = momentFunctions();
        SymmetryFunctions moments = new SymmetryFunctions(List.of(H, O), functions, true);
        SymmetryFunctions pairs = new SymmetryFunctions(List.of(H, O), functions, false);
        for (long seed = 1; seed <= 4; seed++) {
            Structure s = cluster(60, seed);
            StructureFeatures fast = new FeatureCalculator(moments, 1).compute(s, true);
            StructureFeatures slow = new FeatureCalculator(pairs, 1).compute(s, true);
            assertClose(slow, fast, 1e-12, "seed " + seed);
            assertWithinBound(moments, slow, fast, 1e-14, "seed " + seed);
        }
    }

    @Test
    void functionsOutsideTheMomentPathStayWithThePairLoop() {
        List<SymmetryFunction> functions = List.of(
                new ExpAngular(AngularKind.WIDE, H, H, O, 0.3, 1.5, 2, 4.5, 0.0, COS),
                new ExpAngular(AngularKind.WIDE, O, O, O, 0.3, 1, 9, 4.5, 0.0, COS),
                new ExpAngular(AngularKind.WIDE, O, H, O, 0.3, -1, 2.5, 4.5, 0.0, COS),
                new ExpAngular(AngularKind.WIDE, O, H, O, 0.3, -1, 3, 4.5, 0.0, COS),
                new ExpAngular(AngularKind.NARROW, H, H, H, 0.3, 1, 2, 4.5, 0.0, COS));
        assertEquals(List.of(false, false, false, true, false), functions.stream().map(WideAngularMoments::accepts).toList());
        SymmetryFunctions mixed = new SymmetryFunctions(List.of(H, O), functions, true);
        SymmetryFunctions pairs = new SymmetryFunctions(List.of(H, O), functions, false);
        Structure s = cluster(40, 7);
        assertClose(new FeatureCalculator(pairs, 1).compute(s, true), new FeatureCalculator(mixed, 1).compute(s, true), 1e-12,
                "mixed");
    }

    /** Type-9 values differ by at most {@code fraction} of their bound (see the class documentation). */
    private static void assertWithinBound(SymmetryFunctions descriptor, StructureFeatures expected, StructureFeatures actual,
                                          double fraction, String what) {
        for (int i = 0; i < expected.atoms(); i++) {
            List<SymmetryFunction> functions = descriptor.functions(expected.element(i));
            for (int g = 0; g < functions.size(); g++) {
                if (functions.get(g) instanceof ExpAngular w && w.kind() == AngularKind.WIDE) {
                    double bound = Math.pow(2, 1 - w.zeta()) * Math.pow(1 + Math.abs(w.lambda()), w.zeta())
                            * radialSum(descriptor, expected, i, w, w.neighbor1()) * radialSum(descriptor, expected, i, w, w.neighbor2());
                    assertTrue(bound > 0, what + ": atom " + i + " feature " + g + " has no bound");
                    assertEquals(expected.value(i, g), actual.value(i, g), fraction * bound, what + ": atom " + i + " feature " + g);
                }
            }
        }
    }

    /** Σ R over neighbours of element {@code e} with the Gaussian of {@code w}: the value of the matching type-2 function. */
    private static double radialSum(SymmetryFunctions descriptor, StructureFeatures features, int i, ExpAngular w,
                                    Element e) {
        List<SymmetryFunction> functions = descriptor.functions(features.element(i));
        for (int g = 0; g < functions.size(); g++) {
            if (functions.get(g) instanceof ExpRadial x && x.neighbor() == e && x.eta() == w.eta() && x.rs() == w.rs()
                    && x.rc() == w.rc()) {
                return features.value(i, g);
            }
        }
        throw new AssertionError("no type-2 function matches " + w.settingsLine());
    }

    /** Features and derivatives agree to {@code relative} times the largest magnitude of each feature over the structure. */
    private static void assertClose(StructureFeatures expected, StructureFeatures actual, double relative, String what) {
        int atoms = expected.atoms();
        for (int i = 0; i < atoms; i++) {
            int size = expected.size(i);
            double[] scale = new double[size];
            double[] gradientScale = new double[size];
            for (int g = 0; g < size; g++) {
                scale[g] = Math.abs(expected.value(i, g));
                for (int c = 0; c < 3; c++) {
                    gradientScale[g] = Math.max(gradientScale[g], Math.abs(expected.selfDerivative(i, c, g)));
                }
            }
            assertEquals(expected.neighborCount(i), actual.neighborCount(i));
            for (int n = 0; n < expected.neighborCount(i); n++) {
                int[] sens = expected.sensitivity(i, n);
                for (int c = 0; c < 3; c++) {
                    for (int x = 0; x < sens.length; x++) {
                        gradientScale[sens[x]] = Math.max(gradientScale[sens[x]], Math.abs(expected.derivative(i, n, c, x)));
                    }
                }
            }
            for (int g = 0; g < size; g++) {
                assertTrue(scale[g] > 0, what + ": atom " + i + " feature " + g + " is 0; the test needs nonzero features");
                assertEquals(expected.value(i, g), actual.value(i, g), relative * scale[g],
                        what + ": atom " + i + " feature " + g);
                for (int c = 0; c < 3; c++) {
                    assertEquals(expected.selfDerivative(i, c, g), actual.selfDerivative(i, c, g), relative * gradientScale[g],
                            what + ": atom " + i + " self-derivative " + c + " of feature " + g);
                }
            }
            for (int n = 0; n < expected.neighborCount(i); n++) {
                int[] sens = expected.sensitivity(i, n);
                for (int c = 0; c < 3; c++) {
                    for (int x = 0; x < sens.length; x++) {
                        assertEquals(expected.derivative(i, n, c, x), actual.derivative(i, n, c, x),
                                relative * gradientScale[sens[x]],
                                what + ": atom " + i + " neighbour " + n + " component " + c + " feature " + sens[x]);
                    }
                }
            }
        }
    }
}
