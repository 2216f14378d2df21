package org.mlpot.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The contract every {@link Descriptor} fulfils, checked through {@link FeatureCalculator}: position
 * and strain derivatives equal central finite differences (and features outside a neighbour's
 * sensitivity really do not change), the force and stress contractions are right, features are
 * invariant under rotation, translation, periodic image and permutation of atoms, continuous at the
 * cutoff, identical in a crystal and its supercell, and the same with and without derivatives and on
 * one thread or two. Implementations extend this class.
 */
public abstract class AbstractDescriptorContractTest {

    /** The descriptor under test. */
    protected abstract Descriptor descriptor();

    /**
     * A small periodic structure (a few atoms, triclinic, shaken, with every element of the
     * descriptor) whose features are not trivial.
     */
    protected abstract Structure periodicSample();

    /** A finite cluster without a cell; by default the periodic sample's atoms in vacuum. */
    protected Structure moleculeSample() {
        return periodicSample().withCell(Cell.none());
    }

    /** Finite-difference step, Å (and dimensionless for strain). */
    protected double step() {
        return 1e-5;
    }

    /** Allowed absolute difference between analytic and finite-difference derivatives, relative to the largest derivative. */
    protected double derivativeTolerance() {
        return 1e-6;
    }

    /** Allowed absolute difference for features that must agree up to rounding, relative to their size. */
    protected double valueTolerance() {
        return 1e-10;
    }

    private FeatureCalculator calculator() {
        return new FeatureCalculator(descriptor(), 1);
    }

    @Test
    void positionDerivativesMatchFiniteDifferencesInACell() {
        assertPositionDerivatives(periodicSample());
    }

    @Test
    void positionDerivativesMatchFiniteDifferencesInVacuum() {
        assertPositionDerivatives(moleculeSample());
    }

    @Test
    void strainDerivativesMatchFiniteDifferences() {
        Structure s = periodicSample();
        StructureFeatures features = calculator().compute(s, true);
        double h = step();
        int[][] components = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};
        double scale = largestStrainDerivative(features);
        for (int v = 0; v < 6; v++) {
            int a = components[v][0];
            int b = components[v][1];
            double[][] plus = new double[3][3];
            double[][] minus = new double[3][3];
            plus[a][b] += 0.5 * h;
            plus[b][a] += 0.5 * h;
            minus[a][b] -= 0.5 * h;
            minus[b][a] -= 0.5 * h;
            StructureFeatures up = calculator().compute(s.strained(plus), false);
            StructureFeatures down = calculator().compute(s.strained(minus), false);
            for (int i = 0; i < s.size(); i++) {
                for (int g = 0; g < features.size(i); g++) {
                    double expected = (up.value(i, g) - down.value(i, g)) / (2 * h);
                    assertEquals(expected, features.strainDerivative(i, v, g), derivativeTolerance() * scale,
                            "strain derivative, atom " + i + ", feature " + g + ", Voigt " + v);
                }
            }
        }
    }

    @Test
    void forceAndStressContractionsDifferentiateALinearEnergy() {
        Structure s = periodicSample();
        FeatureCalculator calculator = calculator();
        StructureFeatures features = calculator.compute(s, true);
        double[][] weights = randomWeights(features, new Random(3));
        double[] forces = new double[3 * s.size()];
        double[] strain = new double[9];
        for (int i = 0; i < s.size(); i++) {
            features.addForces(i, weights[i], 0, forces);
            features.addStrainDerivative(i, weights[i], 0, strain);
        }
        double h = step();
        double[] p = s.positions();
        double largest = 0;
        for (double f : forces) {
            largest = Math.max(largest, Math.abs(f));
        }
        for (int k = 0; k < p.length; k++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[k] += h;
            minus[k] -= h;
            double expected = -(linearEnergy(calculator, s.withPositions(plus), weights)
                    - linearEnergy(calculator, s.withPositions(minus), weights)) / (2 * h);
            assertEquals(expected, forces[k], derivativeTolerance() * Math.max(1, largest), "force component " + k);
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double[][] plus = new double[3][3];
                double[][] minus = new double[3][3];
                plus[a][b] += 0.5 * h;
                plus[b][a] += 0.5 * h;
                minus[a][b] -= 0.5 * h;
                minus[b][a] -= 0.5 * h;
                double expected = (linearEnergy(calculator, s.strained(plus), weights)
                        - linearEnergy(calculator, s.strained(minus), weights)) / (2 * h);
                assertEquals(expected, strain[3 * a + b], derivativeTolerance() * Math.max(1, Math.abs(expected)),
                        "strain derivative " + a + b);
            }
        }
    }

    @Test
    void positionProjectionIsTheTransposeOfTheForceContraction() {
        Structure s = periodicSample();
        StructureFeatures features = calculator().compute(s, true);
        Random random = new Random(11);
        double[][] weights = randomWeights(features, random);
        double[] vectors = new double[3 * s.size()];
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = random.nextGaussian();
        }
        for (int i = 0; i < s.size(); i++) {
            double[] forces = new double[3 * s.size()];
            features.addForces(i, weights[i], 0, forces);
            double expected = 0;
            for (int k = 0; k < forces.length; k++) {
                expected -= forces[k] * vectors[k];
            }
            double[] projection = new double[features.size(i) + 2];
            projection[0] = Double.NaN; // before the offset: must stay untouched
            features.projectPositionDerivatives(i, vectors, projection, 1);
            double actual = 0;
            for (int g = 0; g < features.size(i); g++) {
                actual += weights[i][g] * projection[1 + g];
            }
            assertEquals(expected, actual, 1e-10 * Math.max(1, Math.abs(expected)), "atom " + i);
            assertTrue(Double.isNaN(projection[0]));
        }
    }

    @Test
    void invariantUnderRotationTranslationAndPeriodicImages() {
        Structure s = periodicSample();
        StructureFeatures reference = calculator().compute(s, false);
        assertSameFeatures(reference, calculator().compute(s.translated(1.3, -0.7, 2.9), false));
        assertSameFeatures(reference, calculator().compute(s.translated(1.3, -0.7, 2.9).wrapped(), false));
        assertSameFeatures(reference, calculator().compute(rotated(s, 0.7, -1.1, 2.3), false));
        Structure molecule = moleculeSample();
        assertSameFeatures(calculator().compute(molecule, false), calculator().compute(rotated(molecule, -0.4, 0.9, 1.7), false));
    }

    @Test
    void permutingAtomsPermutesFeatures() {
        Structure s = periodicSample();
        int n = s.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (i * 5 + 3) % n;
        }
        if (gcd(5, n) != 1) {
            for (int i = 0; i < n; i++) {
                order[i] = n - 1 - i;
            }
        }
        Element[] species = new Element[n];
        double[] masses = new double[n];
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            species[i] = s.species(order[i]);
            masses[i] = s.mass(order[i]);
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = s.position(order[i], c);
            }
        }
        StructureFeatures reference = calculator().compute(s, false);
        StructureFeatures permuted = calculator().compute(Structure.of(species, p, masses, s.cell()), false);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(reference.values(order[i]), permuted.values(i), valueTolerance() * scale(reference.values(order[i])));
        }
    }

    @Test
    void continuousAtTheCutoff() {
        Descriptor d = descriptor();
        double rc = d.cutoff();
        for (Element a : d.elements()) {
            for (Element b : d.elements()) {
                StructureFeatures inside = calculator().compute(dimer(a, b, rc - 1e-7), false);
                StructureFeatures outside = calculator().compute(dimer(a, b, rc + 1e-7), false);
                for (int i = 0; i < 2; i++) {
                    assertArrayEquals(outside.values(i), inside.values(i), 1e-6 * Math.max(1, scale(outside.values(i))),
                            "features of a " + a.symbol() + "-" + b.symbol() + " dimer jump at the cutoff");
                }
            }
        }
    }

    @Test
    void crystalAndSupercellHaveTheSameFeatures() {
        Structure s = periodicSample();
        StructureFeatures small = calculator().compute(s, false);
        StructureFeatures large = calculator().compute(s.supercell(2, 1, 2), false);
        for (int i = 0; i < 4 * s.size(); i++) {
            double[] expected = small.values(i % s.size());
            assertArrayEquals(expected, large.values(i), valueTolerance() * scale(expected));
        }
    }

    @Test
    void valuesDoNotDependOnDerivativesOrThreads() {
        Structure s = periodicSample().supercell(2, 2, 2);
        StructureFeatures serial = new FeatureCalculator(descriptor(), 1).compute(s, true);
        StructureFeatures parallel = new FeatureCalculator(descriptor(), 2).compute(s, true);
        StructureFeatures valuesOnly = new FeatureCalculator(descriptor(), 2).compute(s, false);
        for (int i = 0; i < s.size(); i++) {
            assertArrayEquals(serial.values(i), parallel.values(i), 0.0);
            assertArrayEquals(serial.values(i), valuesOnly.values(i), 0.0);
            for (int g = 0; g < serial.size(i); g++) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(serial.selfDerivative(i, c, g), parallel.selfDerivative(i, c, g), 0.0);
                }
            }
        }
    }

    private void assertPositionDerivatives(Structure s) {
        FeatureCalculator calculator = calculator();
        StructureFeatures features = calculator.compute(s, true);
        int n = s.size();
        double h = step();
        double[] p = s.positions();
        double scale = largestPositionDerivative(features);
        assertTrue(scale > 0, "the sample should have non-zero derivatives");
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < 3; c++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[3 * j + c] += h;
                minus[3 * j + c] -= h;
                StructureFeatures up = calculator.compute(s.withPositions(plus), false);
                StructureFeatures down = calculator.compute(s.withPositions(minus), false);
                for (int i = 0; i < n; i++) {
                    double[] analytic = positionDerivative(features, i, j, c);
                    for (int g = 0; g < features.size(i); g++) {
                        double expected = (up.value(i, g) - down.value(i, g)) / (2 * h);
                        assertEquals(expected, analytic[g], derivativeTolerance() * scale,
                                "dG/dr: atom " + i + ", feature " + g + ", moved atom " + j + " along " + "xyz".charAt(c));
                    }
                }
            }
        }
    }

    /** ∂G_i/∂r_{j,c} for all features of atom i, from the sparse storage (zero where nothing is stored). */
    private static double[] positionDerivative(StructureFeatures f, int i, int j, int c) {
        double[] d = new double[f.size(i)];
        if (i == j) {
            for (int g = 0; g < d.length; g++) {
                d[g] = f.selfDerivative(i, c, g);
            }
            return d;
        }
        for (int n = 0; n < f.neighborCount(i); n++) {
            if (f.neighbor(i, n) == j) {
                int[] sens = f.sensitivity(i, n);
                for (int s = 0; s < sens.length; s++) {
                    d[sens[s]] += f.derivative(i, n, c, s);
                }
            }
        }
        return d;
    }

    private static double largestPositionDerivative(StructureFeatures f) {
        double largest = 0;
        for (int i = 0; i < f.atoms(); i++) {
            for (int g = 0; g < f.size(i); g++) {
                for (int c = 0; c < 3; c++) {
                    largest = Math.max(largest, Math.abs(f.selfDerivative(i, c, g)));
                }
            }
        }
        return largest;
    }

    private static double largestStrainDerivative(StructureFeatures f) {
        double largest = 0;
        for (int i = 0; i < f.atoms(); i++) {
            for (int g = 0; g < f.size(i); g++) {
                for (int v = 0; v < 6; v++) {
                    largest = Math.max(largest, Math.abs(f.strainDerivative(i, v, g)));
                }
            }
        }
        return largest;
    }

    private static double[][] randomWeights(StructureFeatures f, Random random) {
        double[][] w = new double[f.atoms()][];
        for (int i = 0; i < f.atoms(); i++) {
            w[i] = new double[f.size(i)];
            for (int g = 0; g < w[i].length; g++) {
                w[i][g] = 2 * random.nextDouble() - 1;
            }
        }
        return w;
    }

    private static double linearEnergy(FeatureCalculator calculator, Structure s, double[][] weights) {
        StructureFeatures f = calculator.compute(s, false);
        double e = 0;
        for (int i = 0; i < f.atoms(); i++) {
            for (int g = 0; g < f.size(i); g++) {
                e += weights[i][g] * f.value(i, g);
            }
        }
        return e;
    }

    private void assertSameFeatures(StructureFeatures expected, StructureFeatures actual) {
        for (int i = 0; i < expected.atoms(); i++) {
            assertArrayEquals(expected.values(i), actual.values(i), valueTolerance() * scale(expected.values(i)), "atom " + i);
        }
    }

    private static double scale(double[] values) {
        double largest = 1e-12;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return Math.max(1, largest);
    }

    /** The structure rotated about the origin by Euler angles (z, x, z), cell included. */
    static Structure rotated(Structure s, double alpha, double beta, double gamma) {
        double[][] r = multiply(rotationZ(gamma), multiply(rotationX(beta), rotationZ(alpha)));
        double[] p = s.positions();
        double[] q = new double[p.length];
        for (int i = 0; i < s.size(); i++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    q[3 * i + a] += r[a][b] * p[3 * i + b];
                }
            }
        }
        Cell cell = s.cell();
        Cell rotatedCell = cell;
        if (cell.hasVectors()) {
            double[][] vectors = new double[3][3];
            for (int k = 0; k < 3; k++) {
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        vectors[k][a] += r[a][b] * cell.get(k, b);
                    }
                }
            }
            rotatedCell = Cell.of(vectors, cell.isPeriodic(0), cell.isPeriodic(1), cell.isPeriodic(2));
        }
        return Structure.of(speciesArray(s), q, s.masses(), rotatedCell);
    }

    private static Element[] speciesArray(Structure s) {
        Element[] e = new Element[s.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = s.species(i);
        }
        return e;
    }

    private static double[][] rotationZ(double t) {
        return new double[][] {{Math.cos(t), -Math.sin(t), 0}, {Math.sin(t), Math.cos(t), 0}, {0, 0, 1}};
    }

    private static double[][] rotationX(double t) {
        return new double[][] {{1, 0, 0}, {0, Math.cos(t), -Math.sin(t)}, {0, Math.sin(t), Math.cos(t)}};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static Structure dimer(Element a, Element b, double r) {
        List<Element> species = new ArrayList<>(List.of(a, b));
        return Structure.of(species, new double[] {0, 0, 0, 0.6 * r, 0.48 * r, 0.64 * r}, Cell.none());
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
