package org.mlpot.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.InputException;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.spec.LossWeights;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NetworkSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.spec.Schedule;
import org.mlpot.spec.SymmetryFunctionSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;

/** Training learns Stillinger–Weber silicon, reproducibly, and resumes from a checkpoint to the same model. */
class NeuralNetworkTrainerTest {
    private static final SymmetryFunctions DESCRIPTOR = TrainingFixtures.silicon();
    private static final Dataset DATA = TrainingFixtures.swFrames(60, 0.2, 17);

    static ModelSpec spec(Optimizer optimizer, int epochs, int batch, OptionalInt patience) {
        NetworkSpec network = new NetworkSpec(List.of(12, 12), Map.of(), NetworkSpec.Activation.TANH,
                NetworkSpec.Initialization.NGUYEN_WIDROW, 3);
        TrainingSpec training = new TrainingSpec(List.of(Path.of("memory")), 0.1, 0.2, 5, new LossWeights(1.0, 0.1, 0),
                optimizer, new Schedule.Exponential(0.99), epochs, batch, patience, 2);
        return new ModelSpec("sw-test", List.of(Element.Si), Map.of(Element.Si, new ReferenceEnergy.Fitted()),
                List.of(new SymmetryFunctionSpec(DESCRIPTOR.functions(Element.Si), ScalingType.SCALE_CENTER, -1, 1)),
                Optional.of(network), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(training),
                Optional.empty(), 1);
    }

    private static TrainingResult train(ModelSpec spec, TrainingOptions options) {
        return new NeuralNetworkTrainer(spec, DESCRIPTOR, options).train(DATA, TrainingListener.silent());
    }

    /** RMSE of forces over frames, eV/Å, evaluated through the finished potential. */
    private static double forceRmse(NeuralNetworkPotential potential, List<Frame> frames) {
        double sum = 0;
        int n = 0;
        for (Frame f : frames) {
            Result r = potential.evaluate(f.structure(), EnumSet.of(Property.ENERGY, Property.FORCES));
            double[] reference = f.labels().forces().orElseThrow();
            for (int k = 0; k < reference.length; k++) {
                sum += (r.forces()[k] - reference[k]) * (r.forces()[k] - reference[k]);
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    @Test
    void lbfgsLearnsStillingerWeberSilicon() {
        TrainingResult result = train(spec(new Optimizer.Lbfgs(20), 150, 8, OptionalInt.empty()), TrainingOptions.inMemory(2));
        ErrorSums test = result.test().orElseThrow();
        double spread = referenceForceRms();
        System.out.printf("L-BFGS: test energy RMSE %.2f meV/atom, force RMSE %.1f meV/Å (force RMS %.0f meV/Å), best epoch %d%n",
                1000 * test.energyRmse(), 1000 * test.forceRmse(), 1000 * spread, result.bestEpoch());
        assertEquals(new int[] {42, 6, 12}.length, result.frames().length);
        assertArrayEquals(new int[] {42, 6, 12}, result.frames());
        assertTrue(test.forceRmse() < 0.1 * spread, "test force RMSE " + test.forceRmse() + " eV/Å");
        assertTrue(test.energyRmse() < 0.01, "test energy RMSE " + test.energyRmse() + " eV/atom");
    }

    @Test
    void kalmanFilterLearnsStillingerWeberSilicon() {
        TrainingResult result = train(spec(new Optimizer.Kalman(0.05), 12, 8, OptionalInt.empty()), TrainingOptions.inMemory(2));
        ErrorSums test = result.test().orElseThrow();
        double spread = referenceForceRms();
        System.out.printf("Kalman: test energy RMSE %.2f meV/atom, force RMSE %.1f meV/Å (force RMS %.0f meV/Å)%n",
                1000 * test.energyRmse(), 1000 * test.forceRmse(), 1000 * spread);
        assertTrue(test.forceRmse() < 0.1 * spread, "test force RMSE " + test.forceRmse() + " eV/Å");
        assertTrue(test.energyRmse() < 0.01, "test energy RMSE " + test.energyRmse() + " eV/atom");
    }

    @Test
    void adamLearnsStillingerWeberSilicon() {
        TrainingResult result = train(spec(Optimizer.Adam.withLearningRate(0.01), 60, 4, OptionalInt.empty()),
                TrainingOptions.inMemory(1));
        ErrorSums test = result.test().orElseThrow();
        double spread = referenceForceRms();
        System.out.printf("Adam: test energy RMSE %.2f meV/atom, force RMSE %.1f meV/Å (force RMS %.0f meV/Å)%n",
                1000 * test.energyRmse(), 1000 * test.forceRmse(), 1000 * spread);
        assertTrue(test.forceRmse() < 0.2 * spread, "test force RMSE " + test.forceRmse() + " eV/Å");
        assertEquals(60, result.history().size());
    }

    @Test
    void theSameSeedGivesTheSameModelOnAnyNumberOfThreads() {
        ModelSpec spec = spec(Optimizer.Adam.withLearningRate(0.01), 4, 4, OptionalInt.empty());
        double[] one = parameters(train(spec, TrainingOptions.inMemory(1)));
        double[] two = parameters(train(spec, TrainingOptions.inMemory(2)));
        assertArrayEquals(one, two);
        TrainingOptions otherSeed = new TrainingOptions(1, Optional.empty(), false, Optional.empty(), OptionalLong.of(99));
        assertTrue(!java.util.Arrays.equals(one, parameters(train(spec, otherSeed))), "another seed gives another model");
    }

    @Test
    void aRunInterruptedAfterACheckpointResumesToTheSameModelAndLog(@TempDir Path dir) throws Exception {
        for (Optimizer optimizer : List.of(Optimizer.Adam.withLearningRate(0.01), new Optimizer.Lbfgs(5), new Optimizer.Kalman(0.02))) {
            ModelSpec spec = spec(optimizer, 7, 4, OptionalInt.of(50));
            Path checkpoint = dir.resolve(optimizer.getClass().getSimpleName() + ".checkpoint");
            Path csv = dir.resolve(optimizer.getClass().getSimpleName() + ".csv");
            TrainingResult whole = train(spec, TrainingOptions.inMemory(1));

            TrainingOptions fresh = new TrainingOptions(2, Optional.of(checkpoint), false, Optional.of(csv), OptionalLong.empty());
            TrainingListener dies = new TrainingListener() {
                @Override
                public void epochFinished(EpochMetrics metrics) {
                    if (metrics.epoch() == 5) {
                        throw new IllegalStateException("killed");
                    }
                }
            };
            assertThrows(IllegalStateException.class,
                    () -> new NeuralNetworkTrainer(spec, DESCRIPTOR, fresh).train(DATA, dies));
            assertEquals(4, Checkpoint.read(checkpoint, fingerprintOf(checkpoint)).epochs(), "last checkpoint after epoch 4");

            TrainingOptions resume = new TrainingOptions(1, Optional.of(checkpoint), true, Optional.of(csv), OptionalLong.empty());
            List<String> notes = new ArrayList<>();
            TrainingResult resumed = new NeuralNetworkTrainer(spec, DESCRIPTOR, resume).train(DATA, new TrainingListener() {
                @Override
                public void note(String message) {
                    notes.add(message);
                }
            });
            assertTrue(notes.get(0).startsWith("resumed from"), notes.toString());
            assertArrayEquals(parameters(whole), parameters(resumed), optimizer + ": resumed model differs");
            assertEquals(whole.bestEpoch(), resumed.bestEpoch());
            assertEquals(7, resumed.history().size());
            for (int e = 0; e < 7; e++) {
                assertEquals(whole.history().get(e).train(), resumed.history().get(e).train(), "epoch " + (e + 1));
            }
            List<String> lines = Files.readAllLines(csv);
            assertEquals(EpochMetrics.CSV_HEADER, lines.get(0));
            assertEquals(8, lines.size(), "header and one line per epoch");
        }
    }

    @Test
    void resumingWithAnotherSeedOrADamagedCheckpointIsRefused(@TempDir Path dir) throws Exception {
        ModelSpec spec = spec(Optimizer.Adam.withLearningRate(0.01), 2, 8, OptionalInt.empty());
        Path checkpoint = dir.resolve("run.checkpoint");
        train(spec, new TrainingOptions(1, Optional.of(checkpoint), false, Optional.empty(), OptionalLong.empty()));
        InputException other = assertThrows(InputException.class, () -> train(spec,
                new TrainingOptions(1, Optional.of(checkpoint), true, Optional.empty(), OptionalLong.of(12345))));
        assertTrue(other.getMessage().contains("belongs to another run"), other.getMessage());
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(checkpoint, bytes);
        InputException damaged = assertThrows(InputException.class, () -> train(spec,
                new TrainingOptions(1, Optional.of(checkpoint), true, Optional.empty(), OptionalLong.empty())));
        assertTrue(damaged.getMessage().contains("is damaged"), damaged.getMessage());
    }

    @Test
    void unusableDataIsRefusedWithAMessage() {
        ModelSpec spec = spec(Optimizer.Adam.withLearningRate(0.01), 2, 8, OptionalInt.empty());
        NeuralNetworkTrainer trainer = new NeuralNetworkTrainer(spec, DESCRIPTOR, TrainingOptions.inMemory(1));
        Frame first = DATA.get(0);
        Dataset unlabelled = Dataset.of("no labels", List.of(first.withLabels(org.mlpot.data.Labels.none())));
        InputException e = assertThrows(InputException.class, () -> trainer.train(unlabelled, TrainingListener.silent()));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("energy"), e.getMessage());
        assertThrows(InputException.class, () -> trainer.train(Dataset.of("empty", List.of()), TrainingListener.silent()));
    }

    private static String fingerprintOf(Path checkpoint) throws Exception {
        try (var in = new java.io.DataInputStream(Files.newInputStream(checkpoint))) {
            in.readUTF();
            in.readInt();
            return in.readUTF();
        }
    }

    private static double[] parameters(TrainingResult result) {
        NeuralNetworkPotential p = result.potential();
        List<org.mlpot.nn.DenseNetwork> networks = List.of(p.network(0));
        return NetworkLayout.of(networks).parameters(networks);
    }

    /** The RMS of the reference forces: the force RMSE of a model that predicts none, eV/Å. */
    private static double referenceForceRms() {
        double sum = 0;
        int n = 0;
        for (Frame f : DATA.frames()) {
            for (double v : f.labels().forces().orElseThrow()) {
                sum += v * v;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }
}
