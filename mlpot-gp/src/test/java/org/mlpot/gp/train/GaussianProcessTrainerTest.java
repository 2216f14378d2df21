package org.mlpot.gp.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.io.InputException;
import org.mlpot.metrics.Calibration;
import org.mlpot.metrics.EvaluationMetrics;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.StillingerWeber;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.LossWeights;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.spec.Schedule;
import org.mlpot.spec.SoapSpec;
import org.mlpot.spec.SparseSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** A spec-driven GP fit learns Stillinger–Weber silicon, reproducibly, and reports calibration on held-out frames. */
class GaussianProcessTrainerTest {
    private static final SoapDescriptor DESCRIPTOR = new SoapDescriptor(SoapSettings.of(List.of(Element.Si), 3.8, 4, 3));

    /** {@code count} rattled and strained 8-atom diamond cells with SW energies and forces. */
    static Dataset frames(int count, long seed) {
        Random random = new Random(seed);
        Potential sw = StillingerWeber.silicon();
        List<Frame> frames = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            Structure s = Crystals.diamond(Element.Si, 5.3 + 0.3 * random.nextDouble());
            double[] p = s.positions();
            for (int k = 0; k < p.length; k++) {
                p[k] += 0.15 * (2 * random.nextDouble() - 1);
            }
            s = s.withPositions(p);
            Result r = sw.evaluate(s, EnumSet.of(Property.ENERGY, Property.FORCES));
            frames.add(Frame.of(s, Labels.of(r.energy(), r.forces())));
        }
        return Dataset.of("sw-cells", frames);
    }

    static ModelSpec spec(SparseSpec.Selection selection, int points) {
        TrainingSpec training = new TrainingSpec(List.of(Path.of("memory")), 0.0, 0.3, 3, new LossWeights(1, 1, 0),
                Optimizer.Adam.withLearningRate(1e-3), new Schedule.Constant(), 1, 1, OptionalInt.empty(), 1);
        return new ModelSpec("gp-si", List.of(Element.Si), Map.of(Element.Si, new ReferenceEnergy.Fitted()),
                List.of(new SoapSpec(DESCRIPTOR.settings())), Optional.empty(),
                Optional.of(new DotProductKernelSpec(4, 0.5)), Optional.of(new SparseSpec(points, selection)),
                Optional.of(new NoiseSpec(0.001, 0.05, 0.001, Map.of())), Optional.of(training), Optional.empty(), 1);
    }

    @Test
    void learnsStillingerWeberSiliconAndReportsCalibration() {
        Dataset data = frames(30, 11);
        GaussianProcessResult result = new GaussianProcessTrainer(spec(SparseSpec.Selection.CUR, 80), DESCRIPTOR, 2)
                .train(data, note -> { });
        assertArrayEquals(new int[] {21, 0, 9}, result.frames());
        assertEquals(80, result.sparsePoints());
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
        System.out.printf("GP test: energy RMSE %.2f meV/atom, force RMSE %.0f meV/Å (RMS force %.0f meV/Å); %s%n",
                1000 * test.energyRmsePerAtom().getAsDouble(), 1000 * test.forceRmse().getAsDouble(), 1000 * forceRms,
                test.calibration().orElseThrow());
        assertTrue(test.forceRmse().getAsDouble() < 0.1 * forceRms, "test force RMSE " + test.forceRmse());
        assertTrue(test.energyRmsePerAtom().getAsDouble() < 0.01, "test energy RMSE " + test.energyRmsePerAtom());
        Calibration calibration = test.calibration().orElseThrow();
        assertTrue(calibration.energyWithin2Sigma().isPresent() && calibration.forceWithin2Sigma().isPresent());
        assertTrue(result.validation().isEmpty());
    }

    @Test
    void validationFramesCalibrateThePredictedStandardDeviations() {
        ModelSpec base = spec(SparseSpec.Selection.CUR, 80);
        TrainingSpec t = base.training().orElseThrow();
        TrainingSpec withValidation = new TrainingSpec(t.data(), 0.3, 0.2, t.seed(), t.loss(), t.optimizer(), t.schedule(),
                t.epochs(), t.batchSize(), t.earlyStopping(), t.checkpointEvery());
        ModelSpec spec = new ModelSpec(base.name(), base.elements(), base.referenceEnergies(), base.descriptors(),
                base.architecture(), base.kernel(), base.sparse(), base.noise(), Optional.of(withValidation), base.baseline(),
                base.committee());
        List<String> notes = new java.util.ArrayList<>();
        GaussianProcessResult result = new GaussianProcessTrainer(spec, DESCRIPTOR, 2).train(frames(30, 11), notes::add);
        Calibration validation = result.validation().orElseThrow().calibration().orElseThrow();
        // 9 frames: 9 energies and a few hundred force components, 68.27 % of each inside the scaled 1σ up to one value
        assertEquals(UncertaintyCalibration.ONE_SIGMA, validation.forceWithin1Sigma().getAsDouble(), 0.01, "forces");
        assertEquals(UncertaintyCalibration.ONE_SIGMA, validation.energyWithin1Sigma().getAsDouble(), 0.12, "energies");
        assertTrue(result.potential().uncertaintyScales().force() != 1.0, "a scale was set: " + result.potential().uncertaintyScales());
        assertTrue(notes.stream().anyMatch(n -> n.contains("68% of the validation errors")), notes.toString());
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        Dataset data = frames(12, 5);
        for (SparseSpec.Selection selection : SparseSpec.Selection.values()) {
            GaussianProcessResult a = new GaussianProcessTrainer(spec(selection, 30), DESCRIPTOR, 1).train(data, note -> { });
            GaussianProcessResult b = new GaussianProcessTrainer(spec(selection, 30), DESCRIPTOR, 2).train(data, note -> { });
            assertArrayEquals(a.potential().weights(Element.Si), b.potential().weights(Element.Si), 0.0, selection.name());
        }
    }

    @Test
    void moreSparsePointsThanEnvironmentsAreCappedWithANoteAndANeuralNetworkSpecIsRefused() {
        Dataset data = frames(3, 7); // 2 training frames of 8 atoms: 16 environments
        List<String> notes = new ArrayList<>();
        GaussianProcessResult result = new GaussianProcessTrainer(spec(SparseSpec.Selection.RANDOM, 500), DESCRIPTOR, 1)
                .train(data, notes::add);
        assertEquals(16, result.sparsePoints());
        assertTrue(notes.stream().anyMatch(n -> n.contains("only 16 distinct environments")), notes.toString());
        ModelSpec network = new ModelSpec("nn", List.of(Element.Si), Map.of(), List.of(new SoapSpec(DESCRIPTOR.settings())),
                Optional.of(new org.mlpot.spec.NetworkSpec(List.of(4), Map.of(), org.mlpot.spec.NetworkSpec.Activation.TANH,
                        org.mlpot.spec.NetworkSpec.Initialization.GLOROT, 1)),
                Optional.empty(), Optional.empty(), Optional.empty(), spec(SparseSpec.Selection.CUR, 1).training(),
                Optional.empty(), 1);
        assertThrows(InputException.class, () -> new GaussianProcessTrainer(network, DESCRIPTOR, 1));
    }
}
