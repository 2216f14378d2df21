package org.mlpot.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Frame;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.BuiltinPotentials;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * {@link Model}: loading a model file written by training (checked, with its provenance), batched
 * and concurrent evaluation equal to one-by-one evaluation bit for bit, built-in potentials, and the
 * errors for files that are not models.
 */
class ModelTest {
    @TempDir
    static Path dir;

    static Path modelFile;
    static List<Structure> structures;

    @BeforeAll
    static void trainATinyNetwork() throws Exception {
        List<Frame> frames = TinyModels.siliconFrames(16);
        ExtXyz.write(dir.resolve("si-16.xyz"), frames);
        Path specFile = dir.resolve("tiny.mlpot");
        Files.writeString(specFile, TinyModels.networkSpec("si-16.xyz", 3));
        TrainedModel trained = Training.of(Spec.load(specFile)).withThreads(2).run();
        modelFile = dir.resolve("tiny.mlpmodel");
        trained.model().save(modelFile);
        structures = frames.stream().map(Frame::structure).toList();
    }

    @Test
    void aSavedModelLoadsBackWithItsProvenanceAndTheSameNumbers() throws Exception {
        Model model = Model.load(modelFile);
        assertEquals("tiny", model.name());
        assertEquals(Set.of(Element.Si), model.elements());
        var provenance = model.provenance().orElseThrow();
        assertEquals(Files.readString(dir.resolve("tiny.mlpot")), provenance.specText());
        assertEquals(16, provenance.dataFiles().get(0).frames());
        assertEquals(5, provenance.seed());

        Path again = dir.resolve("again.mlpmodel");
        model.save(again);
        Result first = model.evaluate(structures.get(0));
        Result reloaded = Model.load(again).evaluate(structures.get(0));
        assertEquals(first.energy(), reloaded.energy());
        assertArrayEquals(first.forces(), reloaded.forces());
    }

    @Test
    void oneEvaluationGivesEnergyForcesStressAndAtomEnergies() {
        Model model = Model.load(modelFile);
        Structure structure = structures.get(3);
        Result result = model.evaluate(structure);
        assertEquals(3 * structure.size(), result.forces().length);
        assertEquals(structure.size(), result.atomEnergies().length);
        double sum = 0;
        for (double e : result.atomEnergies()) {
            sum += e;
        }
        assertEquals(result.energy(), sum, 1e-9, "per-atom energies sum to the total within 1e-9 eV");
        assertTrue(result.stressIfPresent().isPresent(), "the cell is periodic, so stress is given");
        assertTrue(Double.isFinite(result.energy()));
        assertTrue(result.energy() / structure.size() < -3 && result.energy() / structure.size() > -5,
                "a Si energy near SW's -4.3 eV/atom, got " + result.energy() / structure.size());
    }

    @Test
    void aBatchEqualsOneByOneBitForBitOnAnyNumberOfThreads() {
        Model model = Model.load(modelFile);
        List<Result> single = structures.stream().map(model::evaluate).toList();
        for (int threads : new int[] {1, 3, 16}) {
            List<Result> batch = model.evaluate(structures, threads);
            assertEquals(single.size(), batch.size());
            for (int m = 0; m < single.size(); m++) {
                assertEquals(single.get(m).energy(), batch.get(m).energy(), "structure " + m + " on " + threads + " threads");
                assertArrayEquals(single.get(m).forces(), batch.get(m).forces());
                assertArrayEquals(single.get(m).atomEnergies(), batch.get(m).atomEnergies());
                assertEquals(single.get(m).stress(), batch.get(m).stress());
            }
        }
        assertEquals(List.of(), model.evaluate(List.of()));
    }

    @Test
    void concurrentCallersOfOneModelGetTheSequentialResultsBitForBit() throws Exception {
        Model model = Model.load(modelFile);
        List<Result> sequential = structures.stream().map(model::evaluate).toList();
        int callers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<Result>>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Result> results = new ArrayList<>();
                    for (int k = 0; k < structures.size(); k++) {
                        // each caller walks the structures from another starting point, some of them in batches
                        int m = (k + 5 * offset) % structures.size();
                        results.add(offset % 2 == 0 ? model.evaluate(structures.get(m))
                                : model.evaluate(List.of(structures.get(m)), 2).get(0));
                    }
                    return results;
                }));
            }
            start.countDown();
            for (int c = 0; c < callers; c++) {
                List<Result> results = futures.get(c).get();
                for (int k = 0; k < structures.size(); k++) {
                    int m = (k + 5 * c) % structures.size();
                    assertEquals(sequential.get(m).energy(), results.get(k).energy(), "caller " + c + ", structure " + m);
                    assertArrayEquals(sequential.get(m).forces(), results.get(k).forces(), "caller " + c + ", structure " + m);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStructureTheModelCannotEvaluateIsNamedByItsIndexInTheBatch() {
        Model model = Model.load(modelFile);
        Structure argon = Structure.of(List.of(Element.Ar), new double[] {0, 0, 0}, Cell.none());
        List<Structure> batch = List.of(structures.get(0), structures.get(1), argon);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.evaluate(batch, 2));
        assertTrue(e.getMessage().startsWith("structure 2 of the batch: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> model.evaluate(batch, 0));
    }

    @Test
    void builtinPotentialsAreModelsWithoutAModelFile() {
        Model sw = Model.builtin(BuiltinPotentials.SW_SI);
        assertEquals(BuiltinPotentials.SW_SI, sw.name());
        assertTrue(sw.provenance().isEmpty());
        Frame frame = TinyModels.siliconFrames(1).get(0);
        assertEquals(frame.labels().energy().getAsDouble(), sw.evaluate(frame.structure()).energy(), 1e-6,
                "the bundled frames are Stillinger–Weber labels (1 µeV)");
        assertThrows(UnsupportedOperationException.class, () -> sw.save(dir.resolve("sw.mlpmodel")));
        InputException unknown = assertThrows(InputException.class, () -> Model.builtin("builtin:tersoff"));
        assertTrue(unknown.getMessage().contains("builtin:sw-si"), unknown.getMessage());
    }

    @Test
    void filesThatAreNotModelsAreRefusedClearly() throws Exception {
        Path text = dir.resolve("notes.mlpmodel");
        Files.writeString(text, "these are notes, not a model\n");
        FormatException notAModel = assertThrows(FormatException.class, () -> Model.load(text));
        assertTrue(notAModel.getMessage().contains("notes.mlpmodel"), notAModel.getMessage());

        byte[] bytes = Files.readAllBytes(modelFile);
        String body = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        Path damaged = dir.resolve("damaged.mlpmodel");
        int at = body.lastIndexOf("0.");
        Files.writeString(damaged, body.substring(0, at) + "1." + body.substring(at + 2));
        FormatException checksum = assertThrows(FormatException.class, () -> Model.load(damaged));
        assertTrue(checksum.getMessage().contains("damaged.mlpmodel"), checksum.getMessage());

        InputException missing = assertThrows(InputException.class, () -> Model.load(dir.resolve("none.mlpmodel")));
        assertTrue(missing.getMessage().contains("none.mlpmodel"), missing.getMessage());
    }
}
