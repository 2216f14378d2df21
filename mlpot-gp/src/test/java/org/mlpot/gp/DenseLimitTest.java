package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * With every training environment a sparse point, the sparse (DTC) fit is the exact GP on total
 * energies: posterior mean and variance of new structures' total and per-atom energies equal the
 * dense formulas {@code k*ᵀ(K + Λ)⁻¹y} and {@code k** − k*ᵀ(K + Λ)⁻¹k*}, computed here with EJML.
 * And the one-dimensional closed form for a single observation.
 */
class DenseLimitTest {
    private static final Element SI = Element.Si;
    private static final double CUTOFF = 4.0; // Å
    private static final double JITTER = 1e-12; // eV²
    /** Allowed difference from the dense GP, eV (the jitter makes the two differ slightly). */
    private static final double ENERGY_TOLERANCE = 1e-7;

    @Test
    void sparseFitWithAllEnvironmentsIsTheExactGaussianProcess() {
        RadialToyDescriptor descriptor = new RadialToyDescriptor(SI, CUTOFF, 2);
        Kernel kernel = new SquaredExponentialKernel(0.4, 0.8);
        Random random = new Random(3);
        List<Frame> training = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            Structure cluster = randomCluster(random);
            training.add(Frame.of(cluster, Labels.of(target(cluster), null, null, null, null)));
        }
        double sigmaPerAtom = 0.01;
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        SparsePoints sparse = SiliconData.environments(descriptor, training, 1);
        FitSettings settings = new FitSettings(new NoiseSpec(sigmaPerAtom, 0.1, 0.1, Map.of()), Map.of(SI, 0.0), JITTER, 4, 1);
        GaussianProcessPotential gp = new SparseGaussianProcessFit(descriptor, kernel, sparse, settings).fit("toy", training);

        // dense GP over total energies
        int n = training.size();
        List<double[][]> q = new ArrayList<>();
        for (Frame f : training) {
            q.add(environments(calculator.compute(f.structure(), false)));
        }
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                k.set(s, t, sumKernel(kernel, q.get(s), q.get(t)));
            }
            double sigma = sigmaPerAtom * Math.sqrt(q.get(s).length); // σ_E √N, as the fit
            k.set(s, s, k.get(s, s) + sigma * sigma);
            y.set(s, 0, training.get(s).labels().energy().getAsDouble());
        }
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        assertTrue(CommonOps_DDRM.invert(k, inverse));
        for (int trial = 0; trial < 4; trial++) {
            Structure test = randomCluster(random);
            double[][] qt = environments(calculator.compute(test, false));
            Result result = gp.evaluate(test, EnumSet.of(Property.UNCERTAINTY, Property.ATOM_ENERGIES));
            // total energy
            DMatrixRMaj kStar = new DMatrixRMaj(n, 1);
            for (int s = 0; s < n; s++) {
                kStar.set(s, 0, sumKernel(kernel, qt, q.get(s)));
            }
            assertEquals(denseMean(kStar, inverse, y), result.energy(), ENERGY_TOLERANCE, "mean energy");
            double variance = sumKernel(kernel, qt, qt) - quadratic(kStar, inverse);
            assertEquals(Math.sqrt(variance), result.uncertainty().energy(), ENERGY_TOLERANCE, "energy std");
            // per-atom energies
            for (int i = 0; i < qt.length; i++) {
                double[][] one = {qt[i]};
                for (int s = 0; s < n; s++) {
                    kStar.set(s, 0, sumKernel(kernel, one, q.get(s)));
                }
                assertEquals(denseMean(kStar, inverse, y), result.atomEnergies()[i], ENERGY_TOLERANCE, "atom energy " + i);
                double atomVariance = kernel.value(qt[i], qt[i]) - quadratic(kStar, inverse);
                assertEquals(Math.sqrt(atomVariance), result.uncertainty().atomEnergies()[i], ENERGY_TOLERANCE,
                        "atom energy std " + i);
            }
        }
    }

    /**
     * One dimer observation at r₁ (both atoms see q₁): for a dimer at r the posterior mean is
     * {@code 4k(q,q₁) y₁/(4δ² + 2σ²)} and the variance {@code 4δ² − 16k(q,q₁)²/(4δ² + 2σ²)}, σ the per-atom
     * energy noise (total-energy noise σ²N with N = 2); the standard deviation grows as the dimer moves
     * away from r₁.
     */
    @Test
    void oneDimensionalClosedFormAndGrowingVariance() {
        RadialToyDescriptor descriptor = new RadialToyDescriptor(SI, CUTOFF, 1);
        double delta = 0.7;
        double theta = 0.05;
        double sigma = 0.05;
        Kernel kernel = new SquaredExponentialKernel(theta, delta);
        double y1 = -0.8;
        Frame observed = Frame.of(dimer(1.5), Labels.of(y1, null, null, null, null));
        FitSettings settings = new FitSettings(new NoiseSpec(sigma, 0.1, 0.1, Map.of()), Map.of(SI, 0.0), JITTER, 1, 1);
        SparsePoints sparse = SiliconData.environments(descriptor, List.of(observed), 2);
        GaussianProcessPotential gp = new SparseGaussianProcessFit(descriptor, kernel, sparse, settings)
                .fit("dimer", List.of(observed));
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        double q1 = calculator.compute(dimer(1.5), false).value(0, 0);
        double previousStd = 0;
        for (double r = 1.5; r < 3.0; r += 0.1) {
            double q = calculator.compute(dimer(r), false).value(0, 0);
            double k = kernel.value(new double[] {q}, new double[] {q1});
            // E = 2ε: Cov(E, E₁) = 4k, Var(E₁) = 4δ², total-energy noise σ²·N = 2σ²
            double mean = 4 * k * y1 / (4 * delta * delta + 2 * sigma * sigma);
            double variance = 4 * delta * delta - 16 * k * k / (4 * delta * delta + 2 * sigma * sigma);
            Result result = gp.evaluate(dimer(r), EnumSet.of(Property.UNCERTAINTY));
            assertEquals(mean, result.energy(), 1e-9, "mean at r = " + r);
            assertEquals(Math.sqrt(variance), result.uncertainty().energy(), 1e-8, "std at r = " + r);
            assertTrue(result.uncertainty().energy() > previousStd - 1e-12, "std grows away from the data at r = " + r);
            previousStd = result.uncertainty().energy();
        }
        assertEquals(2 * delta, previousStd, 0.01, "far from the data the std returns to the prior's 2δ");
    }

    private static Structure dimer(double r) {
        return Structure.of(List.of(SI, SI), new double[] {0, 0, 0, r * 0.6, r * 0.8, 0}, Cell.none());
    }

    /** Three atoms at random distances 1.2–3 Å in vacuum. */
    private static Structure randomCluster(Random random) {
        double[] p = new double[9];
        for (int k = 3; k < 9; k++) {
            p[k] = p[k - 3] * 0.3 + 1.2 + 1.8 * random.nextDouble() * (k % 3 == 0 ? 1 : 0.5);
        }
        return Structure.of(List.of(SI, SI, SI), p, Cell.none());
    }

    /** A smooth made-up energy of a cluster, eV. */
    private static double target(Structure s) {
        double e = 0;
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                double d2 = 0;
                for (int c = 0; c < 3; c++) {
                    double d = s.position(i, c) - s.position(j, c);
                    d2 += d * d;
                }
                e += Math.exp(-d2 / 2) - 0.3 / Math.sqrt(d2);
            }
        }
        return e;
    }

    private static double[][] environments(StructureFeatures features) {
        double[][] q = new double[features.atoms()][];
        for (int i = 0; i < q.length; i++) {
            q[i] = features.values(i);
        }
        return q;
    }

    private static double sumKernel(Kernel kernel, double[][] a, double[][] b) {
        double sum = 0;
        for (double[] x : a) {
            for (double[] z : b) {
                sum += kernel.value(x, z);
            }
        }
        return sum;
    }

    private static double denseMean(DMatrixRMaj kStar, DMatrixRMaj inverse, DMatrixRMaj y) {
        DMatrixRMaj w = new DMatrixRMaj(inverse.numRows, 1);
        CommonOps_DDRM.mult(inverse, y, w);
        return CommonOps_DDRM.dot(kStar, w);
    }

    private static double quadratic(DMatrixRMaj v, DMatrixRMaj matrix) {
        DMatrixRMaj w = new DMatrixRMaj(matrix.numRows, 1);
        CommonOps_DDRM.mult(matrix, v, w);
        return CommonOps_DDRM.dot(v, w);
    }
}
