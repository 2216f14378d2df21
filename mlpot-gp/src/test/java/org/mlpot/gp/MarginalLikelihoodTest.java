package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The log marginal likelihood: equal to the exact dense GP's when every environment is a sparse
 * point; its analytic gradient against central differences; the normal-equations evaluation used by
 * the search against the QR one of the final solve; and the search recovering a known noise level.
 */
class MarginalLikelihoodTest {
    private static final Element SI = Element.Si;

    @Test
    void sparseLikelihoodWithAllEnvironmentsIsTheDenseOne() {
        RadialToyDescriptor descriptor = new RadialToyDescriptor(SI, 4.0, 2);
        Kernel kernel = new SquaredExponentialKernel(0.4, 0.8);
        Random random = new Random(11);
        List<Frame> training = clusters(random, 8, 0.0);
        double sigmaPerAtom = 0.02;
        SparsePoints sparse = SiliconData.environments(descriptor, training, 1);
        FitSettings settings = new FitSettings(new NoiseSpec(sigmaPerAtom, 0.1, 0.1, Map.of()), Map.of(SI, 0.0), 1e-12, 3, 1);
        double sparseValue = new SparseGaussianProcessFit(descriptor, kernel, sparse, settings)
                .fitAndReport("toy", training).logLikelihood();

        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
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
            double sigma = sigmaPerAtom * Math.sqrt(q.get(s).length);
            k.set(s, s, k.get(s, s) + sigma * sigma);
            y.set(s, 0, training.get(s).labels().energy().getAsDouble());
        }
        CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(n, true);
        assertTrue(cholesky.decompose(k.copy()));
        DMatrixRMaj lower = cholesky.getT(null);
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(lower.get(i, i));
        }
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        assertTrue(CommonOps_DDRM.invert(k, inverse));
        DMatrixRMaj w = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(inverse, y, w);
        double dense = -0.5 * CommonOps_DDRM.dot(y, w) - 0.5 * logDet - 0.5 * n * Math.log(2 * Math.PI);
        assertEquals(dense, sparseValue, 1e-6 * Math.abs(dense), "log marginal likelihood, sparse with M = N vs dense");
    }

    @Test
    void gradientMatchesFiniteDifferencesAndBothEvaluationsAgree() {
        Descriptor descriptor = SiliconModels.soapDescriptor();
        Kernel kernel = new DotProductKernel(4, 0.5);
        List<Frame> frames = SiliconData.rattledCells(3, 0.1, 9);
        SparsePoints sparse = SiliconData.environments(descriptor, frames, 3);
        ObservationFactors factors = new SparseGaussianProcessFit(descriptor, kernel, sparse, SiliconModels.settings())
                .observe(frames);
        assertEquals(3, factors.parts().size(), "energies, forces and stresses");
        MarginalLikelihood likelihood = new MarginalLikelihood(factors);
        Hyperparameters h = new Hyperparameters(0.8, 0.003, 0.08, 0.002);
        double[] x = likelihood.parameters(h);
        double[] gradient = new double[x.length];
        double value = likelihood.value(x, gradient);
        // the search's normal equations lose a little in log|B| against the QR of the final solve
        assertEquals(factors.solve(h).logLikelihood(), value, 1e-3, "normal equations (search) vs QR (solve), nats");
        double step = 1e-3; // the normal equations leave ~1e-5 nats of noise in the value: a small step would see it
        for (int p = 0; p < x.length; p++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[p] += step;
            down[p] -= step;
            double numeric = (likelihood.value(up, null) - likelihood.value(down, null)) / (2 * step);
            assertEquals(numeric, gradient[p], 1e-4 * Math.max(1, Math.abs(numeric)), "∂ log p / ∂ parameter " + p);
        }
    }

    @Test
    void searchFindsTheNoiseTheDataWereMadeWith() {
        RadialToyDescriptor descriptor = new RadialToyDescriptor(SI, 4.0, 2);
        Kernel kernel = new SquaredExponentialKernel(0.4, 0.3);
        double trueSigma = 0.01; // eV/atom
        List<Frame> training = modelClusters(descriptor, new Random(5), 300, trueSigma);
        SparsePoints sparse = SiliconData.environments(descriptor, training, 3);
        NoiseSpec start = new NoiseSpec(0.1, 0.1, 0.1, Map.of(), true);
        FitSettings settings = new FitSettings(start, Map.of(SI, 0.0), FitSettings.DEFAULT_JITTER, 256, 2);
        SparseGaussianProcessFit.Report report = new SparseGaussianProcessFit(descriptor, kernel, sparse, settings)
                .fitAndReport("toy", training);
        HyperparameterSearch.Outcome search = report.search().orElseThrow();
        assertTrue(search.end() > search.start(), "the search raises the likelihood");
        assertEquals(search.end(), report.logLikelihood(), 0.05, "the report is at the optimum (nats)");
        assertEquals(trueSigma, report.hyperparameters().energy(), 0.15 * trueSigma,
                "energy noise recovered; found " + report.hyperparameters());
        assertEquals(0.1, report.hyperparameters().force(), 0.0, "no forces: the force noise is left alone");
    }

    /**
     * Clusters whose energy is a sum of local energies, a smooth function of the toy descriptor that
     * the model can represent, plus Gaussian noise of σ√N: only the noise is left for the likelihood
     * to explain.
     */
    private static List<Frame> modelClusters(RadialToyDescriptor descriptor, Random random, int count, double sigmaPerAtom) {
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        List<Frame> frames = new ArrayList<>();
        for (Frame f : clusters(random, count, 0.0)) {
            double[][] q = ToyClusters.environments(calculator.compute(f.structure(), false));
            double e = 0;
            for (double[] atom : q) {
                e += 0.5 * Math.sin(3 * atom[0]) + 0.3 * atom[1] * atom[1];
            }
            e += sigmaPerAtom * Math.sqrt(q.length) * random.nextGaussian();
            frames.add(Frame.of(f.structure(), Labels.of(e, null, null, null, null)));
        }
        return frames;
    }

    /** Three-atom clusters with a smooth made-up energy plus Gaussian noise of σ√N. */
    private static List<Frame> clusters(Random random, int count, double sigmaPerAtom) {
        List<Frame> frames = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Structure s = ToyClusters.random(random);
            double e = ToyClusters.energy(s) + sigmaPerAtom * Math.sqrt(3) * random.nextGaussian();
            frames.add(Frame.of(s, Labels.of(e, null, null, null, null)));
        }
        return frames;
    }
}
