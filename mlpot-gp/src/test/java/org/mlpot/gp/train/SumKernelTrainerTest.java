package org.mlpot.gp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.RadialGrid;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.gp.kernel.SumKernel;
import org.mlpot.io.InputException;
import org.mlpot.metrics.EvaluationMetrics;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.LossWeights;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.spec.Schedule;
import org.mlpot.spec.SoapSpec;
import org.mlpot.spec.SparseSpec;
import org.mlpot.spec.SquaredExponentialKernelSpec;
import org.mlpot.spec.SumKernelSpec;
import org.mlpot.spec.SymmetryFunctionSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;

/**
 * A spec with two descriptors (radial symmetry functions, SOAP) and one kernel each fits a sum of
 * kernels that learns Stillinger–Weber silicon; fitting δ keeps the ratio of the terms' δ; a sum
 * that does not fit the descriptor is refused before any work.
 */
class SumKernelTrainerTest {
    private static final List<SymmetryFunction> RADIAL = new SymmetryFunctionGenerator(List.of(Element.Si), 3.8,
            CutoffShape.of(CutoffType.COS)).radial(RadialGrid.imbalzano(RadialGrid.Mode.SHIFTED, 6, 3.8));
    private static final SoapSettings SOAP = SoapSettings.of(List.of(Element.Si), 3.8, 4, 3);
    private static final Descriptor DESCRIPTOR = new ConcatenatedDescriptor(List.of(
            new SymmetryFunctions(List.of(Element.Si), RADIAL), new SoapDescriptor(SOAP)));
    private static final SumKernelSpec KERNEL = new SumKernelSpec(List.of(new SquaredExponentialKernelSpec(1.0, 0.3),
            new DotProductKernelSpec(4, 0.4)));

    static ModelSpec spec(NoiseSpec noise, int points) {
        TrainingSpec training = new TrainingSpec(List.of(Path.of("memory")), 0.0, 0.3, 3, new LossWeights(1, 1, 0),
                Optimizer.Adam.withLearningRate(1e-3), new Schedule.Constant(), 1, 1, OptionalInt.empty(), 1);
        return new ModelSpec("gp-sum-si", List.of(Element.Si), Map.of(Element.Si, new ReferenceEnergy.Fitted()),
                List.of(new SymmetryFunctionSpec(RADIAL, ScalingType.NONE, 0, 1), new SoapSpec(SOAP)), Optional.empty(),
                Optional.of(KERNEL), Optional.of(new SparseSpec(points, SparseSpec.Selection.CUR)), Optional.of(noise),
                Optional.of(training), Optional.empty(), 1);
    }

    @Test
    void aSumOfKernelsLearnsStillingerWeberSilicon() {
        Dataset data = GaussianProcessTrainerTest.frames(20, 11);
        GaussianProcessResult result = new GaussianProcessTrainer(spec(new NoiseSpec(0.001, 0.05, 0.001, Map.of()), 60),
                DESCRIPTOR, 2).train(data, note -> { });
        SumKernel kernel = assertInstanceOf(SumKernel.class, result.potential().kernel());
        assertEquals(0.3, assertInstanceOf(SquaredExponentialKernel.class, kernel.terms().get(0)).delta(), 0.0, "eV");
        assertEquals(0.4, assertInstanceOf(DotProductKernel.class, kernel.terms().get(1)).delta(), 0.0, "eV");
        EvaluationMetrics test = result.test().orElseThrow();
        double forceRms = 0;
        int n = 0;
        for (Frame f : data.frames()) {
            for (double v : f.labels().forces().orElseThrow()) {
                forceRms += v * v;
                n++;
            }
        }
        forceRms = Math.sqrt(forceRms / n);
        System.out.printf("sum-kernel GP test: energy RMSE %.2f meV/atom, force RMSE %.0f meV/Å (RMS force %.0f meV/Å)%n",
                1000 * test.energyRmsePerAtom().getAsDouble(), 1000 * test.forceRmse().getAsDouble(), 1000 * forceRms);
        assertTrue(test.forceRmse().getAsDouble() < 0.2 * forceRms, "test force RMSE " + test.forceRmse() + " eV/Å");
        assertTrue(test.energyRmsePerAtom().getAsDouble() < 0.01, "test energy RMSE " + test.energyRmsePerAtom() + " eV/atom");
    }

    @Test
    void fittingDeltaKeepsTheRatioOfTheTerms() {
        Dataset data = GaussianProcessTrainerTest.frames(8, 5);
        GaussianProcessResult result = new GaussianProcessTrainer(spec(new NoiseSpec(0.001, 0.05, 0.001, Map.of(), true), 20),
                DESCRIPTOR, 1).train(data, note -> { });
        SumKernel kernel = assertInstanceOf(SumKernel.class, result.potential().kernel());
        double radial = kernel.terms().get(0).delta();
        double soap = kernel.terms().get(1).delta();
        assertTrue(Math.abs(kernel.delta() - 0.5) > 1e-6, "δ was fitted: " + kernel.delta() + " eV");
        assertEquals(0.3 / 0.4, radial / soap, 1e-12, "ratio of the terms' δ");
        assertEquals(result.hyperparameters().delta(), kernel.delta(), 1e-12 * kernel.delta(), "eV");
    }

    @Test
    void aSumThatDoesNotFitTheDescriptorIsRefused() {
        Descriptor soapOnly = new SoapDescriptor(SOAP);
        InputException e = assertThrows(InputException.class, () -> new GaussianProcessTrainer(
                spec(new NoiseSpec(0.001, 0.05, 0.001, Map.of()), 10), soapOnly, 1)
                .train(GaussianProcessTrainerTest.frames(3, 1), note -> { }));
        assertTrue(e.getMessage().startsWith("model gp-sum-si: a sum of 2 kernels needs one descriptor per kernel"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GaussianProcessTrainer.kernel(KERNEL));
        assertInstanceOf(SumKernel.class, GaussianProcessTrainer.kernel(KERNEL, DESCRIPTOR));
    }
}
