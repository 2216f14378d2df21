package org.mlpot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Frame;
import org.mlpot.io.InputException;
import org.mlpot.md.ObserverAction;
import org.mlpot.potential.Result;

/**
 * {@link Training}: the callback hears every epoch and can stop; training on frames in memory equals
 * training on the same frames from a file; a Gaussian process reports its single pass once.
 */
class TrainingTest {
    @TempDir
    Path dir;

    private Spec networkSpec(int epochs, int frames) {
        ExtXyz.write(dir.resolve("si.xyz"), TinyModels.siliconFrames(frames));
        return Spec.parse(TinyModels.networkSpec("si.xyz", epochs), dir.resolve("tiny.mlpot").toString());
    }

    @Test
    void theCallbackHearsEveryEpochWithTrainingAndValidationErrors() {
        List<EpochErrors> heard = new ArrayList<>();
        TrainedModel trained = Training.of(networkSpec(4, 12)).withThreads(1).run(errors -> {
            heard.add(errors);
            return ObserverAction.CONTINUE;
        });
        assertEquals(List.of(1, 2, 3, 4), heard.stream().map(EpochErrors::epoch).toList());
        assertEquals(heard, trained.history());
        assertFalse(trained.stoppedEarly());
        for (EpochErrors e : heard) {
            double energy = e.train().energyRmsePerAtom().orElseThrow();
            double force = e.train().forceRmse().orElseThrow();
            assertTrue(energy >= 0 && energy < 1, "train energy RMSE below 1 eV/atom, got " + energy);
            assertTrue(force > 0 && force < 10, "train force RMSE below 10 eV/Å, got " + force);
            assertTrue(e.validation().orElseThrow().energyRmsePerAtom().isPresent());
        }
        assertTrue(trained.bestEpoch() >= 1 && trained.bestEpoch() <= 4);
        assertEquals(5, trained.seed());
    }

    @Test
    void theCallbackCanStopTrainingAfterAnyEpoch() {
        List<Integer> epochs = new ArrayList<>();
        TrainedModel trained = Training.of(networkSpec(6, 12)).withThreads(2).run(errors -> {
            epochs.add(errors.epoch());
            return errors.epoch() == 2 ? ObserverAction.STOP : ObserverAction.CONTINUE;
        });
        assertEquals(List.of(1, 2), epochs);
        assertEquals(2, trained.history().size());
        assertTrue(trained.stoppedEarly());
        assertTrue(trained.bestEpoch() <= 2);
    }

    @Test
    void framesInMemoryTrainTheSameModelAsTheSpecsDataFileAndASeedOverrideChangesIt() throws Exception {
        Spec spec = networkSpec(2, 10);
        List<Frame> frames = ExtXyz.read(dir.resolve("si.xyz"));
        Training fromFile = Training.of(spec).withThreads(1);
        Result expected = fromFile.run().model().evaluate(frames.get(0).structure());
        TrainedModel inMemory = fromFile.withFrames(frames).withThreads(2).run();
        assertEquals(expected.energy(), inMemory.model().evaluate(frames.get(0).structure()).energy(),
                "the same frames and seed give the same model bit for bit");
        assertTrue(inMemory.model().provenance().orElseThrow().dataFiles().isEmpty(), "frames in memory have no file to record");

        TrainedModel reseeded = fromFile.withSeed(11).run();
        assertEquals(11, reseeded.seed());
        assertTrue(expected.energy() != reseeded.model().evaluate(frames.get(0).structure()).energy());

        Path other = dir.resolve("other.xyz");
        Files.copy(dir.resolve("si.xyz"), other);
        TrainedModel fromOtherFile = fromFile.withDataFiles(List.of(other)).run();
        assertEquals(other.toString(), fromOtherFile.model().provenance().orElseThrow().dataFiles().get(0).path());
        assertThrows(InputException.class, () -> fromFile.withFrames(List.of()).run());
    }

    @Test
    void aGaussianProcessReportsItsSinglePassOnceAndRefusesASeedOverride() {
        ExtXyz.write(dir.resolve("si.xyz"), TinyModels.siliconFrames(8));
        Spec spec = Spec.parse(TinyModels.gaussianProcessSpec("si.xyz"), dir.resolve("gap.mlpot").toString());
        List<EpochErrors> heard = new ArrayList<>();
        TrainedModel trained = Training.of(spec).withThreads(2).run(errors -> {
            heard.add(errors);
            return ObserverAction.STOP;
        });
        assertEquals(1, heard.size());
        assertEquals(1, heard.get(0).epoch());
        assertTrue(heard.get(0).train().forceRmse().orElseThrow() < 0.5, "GP train force RMSE " + heard.get(0));
        assertTrue(heard.get(0).validation().isPresent());
        Frame frame = ExtXyz.read(dir.resolve("si.xyz")).get(0);
        Result result = trained.model().evaluate(frame.structure());
        assertTrue(result.uncertaintyIfPresent().isPresent(), "a Gaussian process gives its uncertainty");

        Path file = dir.resolve("gap.mlpmodel");
        trained.model().save(file);
        assertEquals(result.energy(), Model.load(file).evaluate(frame.structure()).energy());
        InputException seeded = assertThrows(InputException.class, () -> Training.of(spec).withSeed(3).run());
        assertTrue(seeded.getMessage().contains("train block"), seeded.getMessage());
    }
}
