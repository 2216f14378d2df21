package org.mlpot.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Element;

/** The power spectrum from the coefficients, rotational invariance, the feature layout and the settings. */
class SoapDescriptorTest {
    private static final List<Element> HO = List.of(Element.H, Element.O);
    private static final SoapDescriptor RAW = new SoapDescriptor(
            SoapSettings.of(HO, 3.5, 3, 4).withNormalize(false).withCentralWeight(0.6));
    private static final SoapDescriptor NORMALISED = new SoapDescriptor(SoapSettings.of(HO, 3.5, 3, 4));

    /** A random environment of {@code count} neighbours within 3.6 Å (some beyond the 3.5 Å cutoff). */
    private static double[] vectors(Random random, int count) {
        double[] v = new double[3 * count];
        for (int k = 0; k < count; k++) {
            double r = 0.8 + 2.8 * random.nextDouble();
            double z = 2 * random.nextDouble() - 1;
            double phi = 2 * Math.PI * random.nextDouble();
            double s = Math.sqrt(1 - z * z);
            v[3 * k] = r * s * Math.cos(phi);
            v[3 * k + 1] = r * s * Math.sin(phi);
            v[3 * k + 2] = r * z;
        }
        return v;
    }

    private static int[] species(Random random, int count) {
        int[] s = new int[count];
        for (int k = 0; k < count; k++) {
            s[k] = random.nextInt(2);
        }
        return s;
    }

    @Test
    void powerSpectrumFollowsItsFormula() {
        Random random = new Random(21);
        int[] s = species(random, 9);
        double[] v = vectors(random, 9);
        double[] c = RAW.coefficients(1, s, v);
        double[] p = RAW.features(1, s, v);
        int nMax = 3;
        int lMax = 4;
        int harmonicsSize = (lMax + 1) * (lMax + 1);
        int checked = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = a; b < 2; b++) {
                for (int n = 0; n < nMax; n++) {
                    for (int n2 = a == b ? n : 0; n2 < nMax; n2++) {
                        for (int l = 0; l <= lMax; l++) {
                            double sum = 0;
                            for (int m = -l; m <= l; m++) {
                                sum += c[(a * nMax + n) * harmonicsSize + l * l + l + m]
                                        * c[(b * nMax + n2) * harmonicsSize + l * l + l + m];
                            }
                            double expected = Math.PI * Math.sqrt(8.0 / (2 * l + 1)) * sum;
                            int f = RAW.featureIndex(a, b, n, n2, l);
                            assertEquals(expected, p[f], 1e-14 * Math.max(1, Math.abs(expected)), "feature " + f);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(p.length, checked, "every feature is one power-spectrum element");
        assertEquals(p.length, RAW.size(Element.O));
    }

    @Test
    void normalisedSpectrumIsTheUnitVector() {
        Random random = new Random(22);
        int[] s = species(random, 7);
        double[] v = vectors(random, 7);
        SoapDescriptor rawDefaultCentre = new SoapDescriptor(NORMALISED.settings().withNormalize(false));
        double[] p = rawDefaultCentre.features(0, s, v);
        double[] unit = NORMALISED.features(0, s, v);
        double norm = 0;
        for (double x : p) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int f = 0; f < p.length; f++) {
            assertEquals(p[f] / norm, unit[f], 1e-15);
        }
    }

    @Test
    void invariantUnderRandomRotations() {
        Random random = new Random(23);
        for (int trial = 0; trial < 20; trial++) {
            int count = 4 + random.nextInt(10);
            int[] s = species(random, count);
            double[] v = vectors(random, count);
            double[][] rotation = randomRotation(random);
            double[] w = new double[v.length];
            for (int k = 0; k < count; k++) {
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        w[3 * k + a] += rotation[a][b] * v[3 * k + b];
                    }
                }
            }
            for (SoapDescriptor d : List.of(RAW, NORMALISED)) {
                double[] expected = d.features(trial % 2, s, v);
                double[] rotated = d.features(trial % 2, s, w);
                double scale = 0;
                for (double x : expected) {
                    scale = Math.max(scale, Math.abs(x));
                }
                assertArrayEquals(expected, rotated, 1e-12 * scale, "trial " + trial);
            }
        }
    }

    @Test
    void coefficientsAreNotInvariantSoTheRotationTestCanFail() {
        Random random = new Random(24);
        int[] s = species(random, 5);
        double[] v = vectors(random, 5);
        double[] w = {v[1], -v[0], v[2], v[4], -v[3], v[5], v[7], -v[6], v[8], v[10], -v[9], v[11], v[13], -v[12], v[14]};
        double[] c = RAW.coefficients(0, s, v);
        double[] rotated = RAW.coefficients(0, s, w);
        double difference = 0;
        for (int i = 0; i < c.length; i++) {
            difference = Math.max(difference, Math.abs(c[i] - rotated[i]));
        }
        assertTrue(difference > 1e-3, "a 90° turn about z changes the l ≥ 1 coefficients");
    }

    @Test
    void centralWeightAloneGivesOnlyTheLZeroDiagonalSpecies() {
        double[] none = new double[0];
        int[] noSpecies = new int[0];
        double[] p = RAW.features(1, noSpecies, none);
        for (int f = 0; f < p.length; f++) {
            boolean expectedNonZero = false;
            for (int n = 0; n < 3; n++) {
                for (int n2 = n; n2 < 3; n2++) {
                    expectedNonZero |= f == RAW.featureIndex(1, 1, n, n2, 0);
                }
            }
            assertEquals(expectedNonZero, p[f] != 0, "feature " + f);
        }
        SoapDescriptor withoutCentre = new SoapDescriptor(RAW.settings().withCentralWeight(0));
        assertArrayEquals(new double[p.length], withoutCentre.features(1, noSpecies, none), 0.0);
        assertArrayEquals(new double[p.length], new SoapDescriptor(NORMALISED.settings().withCentralWeight(0))
                .features(1, noSpecies, none), 0.0, "a zero spectrum stays zero when normalised");
    }

    @Test
    void neighboursBeyondTheCutoffDoNotCount() {
        double[] p = RAW.features(0, new int[] {1}, new double[] {0, 0, 1.5});
        double[] farAway = RAW.features(0, new int[] {1, 0}, new double[] {0, 0, 1.5, 3.5, 0, 0});
        assertArrayEquals(p, farAway, 0.0);
    }

    @Test
    void sensitivityWithoutNormalisationIsThePairsOfTheNeighbour() {
        // pairs HH (6 radial × 5 l = 30), HO (9 × 5 = 45), OO (30)
        assertEquals(105, RAW.size(Element.H));
        int[] ofH = RAW.sensitivity(Element.O, Element.H);
        int[] ofO = RAW.sensitivity(Element.H, Element.O);
        assertArrayEquals(range(0, 75), ofH);
        assertArrayEquals(range(30, 105), ofO);
        assertArrayEquals(range(0, 105), NORMALISED.sensitivity(Element.O, Element.H));
        assertEquals(30, RAW.featureIndex(0, 1, 0, 0, 0));
        assertEquals(30 + 5 * (3 * 1 + 2) + 4, RAW.featureIndex(0, 1, 1, 2, 4));
        assertEquals(5 * 4 + 3, RAW.featureIndex(0, 0, 1, 2, 3)); // (0,0),(0,1),(0,2),(1,1),(1,2)
        assertThrows(IllegalArgumentException.class, () -> RAW.featureIndex(0, 0, 2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> RAW.featureIndex(1, 0, 0, 0, 0));
    }

    @Test
    void unknownElementsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RAW.size(Element.C));
        assertTrue(e.getMessage().contains("[H, O]"), e.getMessage());
    }

    @Test
    void settingsRefuseBadValuesWithTheAcceptedRange() {
        List<Element> si = List.of(Element.Si);
        assertMessage("cutoff must be a positive", () -> SoapSettings.of(si, 0, 4, 4));
        assertMessage("transition width must be in (0, cutoff = 3.0]", () -> SoapSettings.of(si, 3, 4, 4).withCutoffTransitionWidth(3.5));
        assertMessage("atom sigma must be a positive", () -> SoapSettings.of(si, 3, 4, 4).withAtomSigma(-0.1));
        assertMessage("n_max must be from 1 to 20, got 0", () -> SoapSettings.of(si, 3, 0, 4));
        assertMessage("l_max must be from 0 to 20, got 21", () -> SoapSettings.of(si, 3, 4, 21));
        assertMessage("central weight must be finite", () -> SoapSettings.of(si, 3, 4, 4).withCentralWeight(Double.NaN));
        assertMessage("at least one species", () -> SoapSettings.of(List.of(), 3, 4, 4));
        assertMessage("repeats an element", () -> SoapSettings.of(List.of(Element.Si, Element.Si), 3, 4, 4));
        List<Element> mutable = new ArrayList<>(si);
        SoapSettings settings = SoapSettings.of(mutable, 3, 4, 4);
        mutable.add(Element.C);
        assertEquals(si, settings.species(), "the settings keep their own copy of the species");
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    /** A uniformly random rotation from a random unit quaternion. */
    private static double[][] randomRotation(Random random) {
        double w = random.nextGaussian();
        double x = random.nextGaussian();
        double y = random.nextGaussian();
        double z = random.nextGaussian();
        double n = Math.sqrt(w * w + x * x + y * y + z * z);
        w /= n;
        x /= n;
        y /= n;
        z /= n;
        return new double[][] {
            {1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)},
            {2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)},
            {2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)},
        };
    }
}
