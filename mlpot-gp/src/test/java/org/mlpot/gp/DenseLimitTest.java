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
 * energies: posterior mean and variance of new structures' total and per-atom energies and force
 * components equal the dense formulas {@code k*ᵀ(K + Λ)⁻¹y} and {@code k** − k*ᵀ(K + Λ)⁻¹k*},
 * computed here with EJML (for the forces with covariances from finite differences of kernel values
 * in the atom positions). And the one-dimensional closed form for a single observation.
 */
class DenseLimitTest {
    private static final Element SI = Element.Si;
    private static final double CUTOFF = 4.0; // Å
    private static final double JITTER = 1e-12; // eV²
    /** Allowed difference from the dense GP, eV (the jitter makes the two differ slightly). */
    private static final double ENERGY_TOLERANCE = 1e-7;
    /**
     * Allowed difference of force standard deviations from the dense GP's, eV/Å: the jitter and the
     * Richardson-extrapolated central differences (steps 1 and 2 mÅ) of the reference.
     */
    private static final double FORCE_STD_TOLERANCE = 1e-7;
    /** The finite-difference step for the reference force covariances, Å. */
    private static final double STEP = 1e-3;

    @Test
    void sparseFitWithAllEnvironmentsIsTheExactGaussianProcess() {
        Random random = new Random(3);
        DenseToy toy = DenseToy.fit(random);
        Kernel kernel = toy.kernel();
        GaussianProcessPotential gp = toy.gp();
        FeatureCalculator calculator = toy.calculator();
        List<double[][]> q = toy.environments();
        DMatrixRMaj inverse = toy.inverse();
        DMatrixRMaj y = toy.energies();
        int n = q.size();
        for (int trial = 0; trial < 4; trial++) {
            Structure test = ToyClusters.random(random);
            double[][] qt = ToyClusters.environments(calculator.compute(test, false));
            Result result = gp.evaluate(test, EnumSet.of(Property.UNCERTAINTY, Property.ATOM_ENERGIES));
            // total energy
            DMatrixRMaj kStar = new DMatrixRMaj(n, 1);
            for (int s = 0; s < n; s++) {
                kStar.set(s, 0, ToyClusters.sumKernel(kernel, qt, q.get(s)));
            }
            assertEquals(denseMean(kStar, inverse, y), result.energy(), ENERGY_TOLERANCE, "mean energy");
            double variance = ToyClusters.sumKernel(kernel, qt, qt) - quadratic(kStar, inverse);
            assertEquals(Math.sqrt(variance), result.uncertainty().energy(), ENERGY_TOLERANCE, "energy std");
            // per-atom energies
            for (int i = 0; i < qt.length; i++) {
                double[][] one = {qt[i]};
                for (int s = 0; s < n; s++) {
                    kStar.set(s, 0, ToyClusters.sumKernel(kernel, one, q.get(s)));
                }
                assertEquals(denseMean(kStar, inverse, y), result.atomEnergies()[i], ENERGY_TOLERANCE, "atom energy " + i);
                double atomVariance = kernel.value(qt[i], qt[i]) - quadratic(kStar, inverse);
                assertEquals(Math.sqrt(atomVariance), result.uncertainty().atomEnergies()[i], ENERGY_TOLERANCE,
                        "atom energy std " + i);
            }
        }
    }

    /**
     * The force components' standard deviations equal the dense GP's
     * {@code √(Var F_jc − k_Fᵀ(K + Λ)⁻¹k_F)}, where the prior covariances with the force
     * {@code F_jc = −∂E/∂r_jc} come from finite differences of kernel sums in the test structure's
     * positions: {@code Cov(F_jc, E_s) = −∂/∂r_jc Σ_{a,b} k(q_a(r), q_b)} and
     * {@code Var F_jc = ∂²/∂r_jc∂r′_jc Σ_{a,b} k(q_a(r), q_b(r′))} at r = r′.
     */
    @Test
    void forceStdIsTheExactGaussianProcessPosterior() {
        Random random = new Random(5);
        DenseToy toy = DenseToy.fit(random);
        Kernel kernel = toy.kernel();
        GaussianProcessPotential gp = toy.gp();
        FeatureCalculator calculator = toy.calculator();
        List<double[][]> q = toy.environments();
        DMatrixRMaj inverse = toy.inverse();
        int n = q.size();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int trial = 0; trial < 3; trial++) {
            Structure test = ToyClusters.random(random);
            double[] std = gp.evaluate(test, EnumSet.of(Property.FORCES, Property.UNCERTAINTY)).uncertainty().forces();
            for (int j = 0; j < test.size(); j++) {
                for (int c = 0; c < 3; c++) {
                    ForceCovariances covariances = new ForceCovariances(kernel, calculator, test, j, c, STEP);
                    DMatrixRMaj kForce = new DMatrixRMaj(n, 1);
                    for (int s = 0; s < n; s++) {
                        kForce.set(s, 0, covariances.withEnergy(q.get(s)));
                    }
                    double prior = covariances.variance();
                    double expected = Math.sqrt(prior - quadratic(kForce, inverse));
                    assertEquals(expected, std[3 * j + c], FORCE_STD_TOLERANCE, "force std, atom " + j + " component " + c);
                    smallest = Math.min(smallest, expected);
                    largest = Math.max(largest, Math.sqrt(prior));
                }
            }
        }
        assertTrue(smallest > 1e3 * FORCE_STD_TOLERANCE && smallest < 0.9 * largest,
                "the data shrink the variances, which stay well above the tolerance: " + smallest + " of prior " + largest);
    }

    /**
     * One dimer observation at r₁ (both atoms see q₁): for a dimer at r the posterior mean is
     * {@code 4k(q,q₁) y₁/(4δ² + 2σ²)} and the variance {@code 4δ² − 16k(q,q₁)²/(4δ² + 2σ²)}, σ the per-atom
     * energy noise (total-energy noise σ²N with N = 2); the standard deviation grows as the dimer moves
     * away from r₁. With q = g(r) and unit vector n̂ from atom 0 to atom 1, the force component
     * {@code F_0c = n̂_c g′(r) (ε′(q₀) + ε′(q₁)) = −F_1c} has prior variance {@code 4n̂_c² g′² δ²/θ²}
     * ({@code ∂²k/∂q∂q′ = δ²/θ²} at q = q′) and covariance {@code 4n̂_c g′ ∂k(q,q₁)/∂q} with the observed
     * energy, so its variance is {@code 4n̂_c² g′² δ²/θ² − 16n̂_c² g′² (∂k/∂q)²/(4δ² + 2σ²)}: the prior
     * on the data (the energy says nothing about its slope there) and far from them.
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
        double farthestForceStd = 0;
        double farthestForcePrior = 0;
        double smallestForceRatio = 1;
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
            // forces
            double slope = toyFeatureSlope(r);
            double[] gradient = new double[1];
            kernel.valueAndGradient(new double[] {q}, new double[] {q1}, gradient);
            double[] direction = {0.6, 0.8, 0.0};
            Result withForces = gp.evaluate(dimer(r), EnumSet.of(Property.FORCES, Property.UNCERTAINTY));
            for (int c = 0; c < 3; c++) {
                double along = direction[c] * slope;
                double prior = 4 * along * along * delta * delta / (theta * theta);
                double forceVariance = prior - 16 * along * along * gradient[0] * gradient[0] / (4 * delta * delta + 2 * sigma * sigma);
                for (int atom = 0; atom < 2; atom++) {
                    assertEquals(Math.sqrt(forceVariance), withForces.uncertainty().forces()[3 * atom + c],
                            1e-8 * (1 + Math.sqrt(prior)), "force std, atom " + atom + " component " + c + " at r = " + r);
                }
                if (c == 0) {
                    farthestForceStd = withForces.uncertainty().forces()[0];
                    farthestForcePrior = Math.sqrt(prior);
                    smallestForceRatio = Math.min(smallestForceRatio, farthestForceStd / farthestForcePrior);
                }
            }
        }
        assertEquals(2 * delta, previousStd, 0.01, "far from the data the std returns to the prior's 2δ");
        assertEquals(farthestForcePrior, farthestForceStd, 1e-3 * farthestForcePrior, "far from the data the force std is the prior's");
        assertTrue(smallestForceRatio < 0.9, "in between, the data shrink the force std (at most to √(1 − 4δ²/(e(4δ² + 2σ²))) ≈ 0.79): to " + smallestForceRatio + " of the prior");
    }

    /**
     * Six random clusters fitted with every environment a sparse point (SE kernel θ 0.4, δ 0.8 eV,
     * σ_E 0.01 eV/atom, energies only), and the dense GP over their total energies: the inverse of
     * {@code K + Λ} and the energies.
     */
    private record DenseToy(Kernel kernel, GaussianProcessPotential gp, FeatureCalculator calculator,
                            List<double[][]> environments, DMatrixRMaj inverse, DMatrixRMaj energies) {
        static final double SIGMA_PER_ATOM = 0.01;

        static DenseToy fit(Random random) {
            RadialToyDescriptor descriptor = new RadialToyDescriptor(SI, CUTOFF, 2);
            Kernel kernel = new SquaredExponentialKernel(0.4, 0.8);
            List<Frame> training = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                Structure cluster = ToyClusters.random(random);
                training.add(Frame.of(cluster, Labels.of(ToyClusters.energy(cluster), null, null, null, null)));
            }
            FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
            SparsePoints sparse = SiliconData.environments(descriptor, training, 1);
            FitSettings settings = new FitSettings(new NoiseSpec(SIGMA_PER_ATOM, 0.1, 0.1, Map.of()), Map.of(SI, 0.0),
                    JITTER, 4, 1);
            GaussianProcessPotential gp = new SparseGaussianProcessFit(descriptor, kernel, sparse, settings).fit("toy", training);
            int n = training.size();
            List<double[][]> q = new ArrayList<>();
            for (Frame f : training) {
                q.add(ToyClusters.environments(calculator.compute(f.structure(), false)));
            }
            DMatrixRMaj k = new DMatrixRMaj(n, n);
            DMatrixRMaj y = new DMatrixRMaj(n, 1);
            for (int s = 0; s < n; s++) {
                for (int t = 0; t < n; t++) {
                    k.set(s, t, ToyClusters.sumKernel(kernel, q.get(s), q.get(t)));
                }
                double sigma = SIGMA_PER_ATOM * Math.sqrt(q.get(s).length); // σ_E √N, as the fit
                k.set(s, s, k.get(s, s) + sigma * sigma);
                y.set(s, 0, training.get(s).labels().energy().getAsDouble());
            }
            DMatrixRMaj inverse = new DMatrixRMaj(n, n);
            assertTrue(CommonOps_DDRM.invert(k, inverse));
            return new DenseToy(kernel, gp, calculator, q, inverse, y);
        }
    }

    /** {@code g′(r)} of the one-feature {@link RadialToyDescriptor}, {@code g = exp(−r²/2) (cos(πr/rc) + 1)/2}, per Å. */
    private static double toyFeatureSlope(double r) {
        double gauss = Math.exp(-0.5 * r * r);
        double fc = 0.5 * (Math.cos(Math.PI * r / CUTOFF) + 1);
        double dfc = -0.5 * Math.PI / CUTOFF * Math.sin(Math.PI * r / CUTOFF);
        return -r * gauss * fc + gauss * dfc;
    }

    private static Structure dimer(double r) {
        return Structure.of(List.of(SI, SI), new double[] {0, 0, 0, r * 0.6, r * 0.8, 0}, Cell.none());
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
