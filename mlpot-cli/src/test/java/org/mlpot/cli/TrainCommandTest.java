package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mlpot.cli.plot.ErrorHistogram;
import org.mlpot.cli.plot.LearningCurve;
import org.mlpot.cli.plot.ParityPlot;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;
import org.mlpot.nn.DenseNetwork;
import org.mlpot.nn.NeuralNetworkModelFile;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;

/**
 * {@code mlpot train} end to end on 40 bundled SW frames: model file, metrics, checkpoint; the
 * trained model in {@code eval}, {@code predict} and {@code n2p2 export/import}; and a run killed
 * with SIGKILL that {@code --resume} finishes with the same model as an uninterrupted run.
 */
class TrainCommandTest {
    @TempDir
    Path dir;

    private Path data() throws Exception {
        Path file = dir.resolve("si-40.xyz");
        try (ExtXyzReader reader = ExtXyzReader.open(CliTest.example("si-sw.xyz.gz"));
             ExtXyzWriter writer = ExtXyzWriter.open(file)) {
            for (int m = 0; m < 40 && reader.hasNext(); m++) {
                writer.write(reader.next());
            }
        }
        return file;
    }

    private Path spec(int epochs) throws Exception {
        data();
        Path spec = dir.resolve("tiny.mlpot");
        Files.writeString(spec, """
                model tiny {
                  elements Si
                  descriptor acsf {
                    cutoff 4.5 Å
                    radial  { grid gastegger(shifted, 4, 2.0, 4.2) }
                    angular { grid gastegger(centered, 2, 2.0, 4.2)  zeta 1 }
                  }
                  network { hidden 8, 8  seed 3 }
                  train {
                    data "si-40.xyz"
                    validation 20%%  test 20%%  seed 5
                    loss { energy 1  forces 0.1 }
                    optimizer adam  learning_rate 0.01
                    epochs %d  batch 4  checkpoint_every 1
                  }
                }
                """.formatted(epochs));
        return spec;
    }

    @Test
    void trainsWritesTheModelAndTheTrainedModelWorksInEvalPredictAndN2p2() throws Exception {
        Path spec = spec(8);
        Path model = dir.resolve("tiny.mlpmodel");
        CliTest.Run run = CliTest.mlpot("train", spec.toString(), "-o", model.toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("epoch    8"), run.out());
        assertTrue(run.out().contains("test "), run.out());
        assertTrue(Files.exists(model));
        assertEquals(9, Files.readAllLines(Path.of(model + ".metrics.csv")).size());
        assertTrue(Files.exists(Path.of(model + ".checkpoint")));
        var loaded = NeuralNetworkModelFile.read(model, 1);
        assertTrue(loaded.provenance().specText().contains("model tiny"));
        assertEquals(40, loaded.provenance().dataFiles().get(0).frames());
        assertEquals(5, loaded.provenance().seed());

        CliTest.assertPng(Path.of(model + ".learning-curve.png"), LearningCurve.WIDTH, LearningCurve.HEIGHT);
        assertTrue(run.out().contains("learning curve: " + model + ".learning-curve.png"), run.out());

        CliTest.Run eval = CliTest.mlpot("eval", "--model", model.toString(), "--data", data().toString());
        assertEquals(0, eval.code(), eval.err());
        Path plots = dir.resolve("plots");
        CliTest.Run plotted = CliTest.mlpot("eval", "--model", model.toString(), "--data", data().toString(), "--plot",
                plots.toString(), "--quiet");
        assertEquals(0, plotted.code(), plotted.err());
        for (String name : new String[] {"energy-parity.png", "force-parity.png"}) {
            CliTest.assertPng(plots.resolve(name), ParityPlot.SIZE, ParityPlot.SIZE);
            assertTrue(plotted.out().contains("plot: " + plots.resolve(name)), plotted.out());
        }
        for (String name : new String[] {"energy-errors.png", "force-errors.png"}) {
            CliTest.assertPng(plots.resolve(name), ErrorHistogram.WIDTH, ErrorHistogram.HEIGHT);
        }
        assertTrue(eval.out().contains("force RMSE"), eval.out());
        assertTrue(eval.out().contains("extrapolation:"), eval.out());

        Path predicted = dir.resolve("predicted.xyz");
        CliTest.Run predict = CliTest.mlpot("predict", "--model", model.toString(), "--in", data().toString(),
                "--out", predicted.toString());
        assertEquals(0, predict.code(), predict.err());
        NeuralNetworkPotential potential = loaded.potential();
        try (ExtXyzReader reader = ExtXyzReader.open(predicted)) {
            Dataset frames = Dataset.read(reader);
            assertEquals(40, frames.size());
            Frame first = frames.get(0);
            Result expected = potential.evaluate(first.structure(), EnumSet.of(Property.ENERGY, Property.FORCES,
                    Property.STRESS, Property.ATOM_ENERGIES));
            assertEquals(expected.energy(), first.labels().energy().getAsDouble(), 1e-9 * Math.abs(expected.energy()));
            assertArrayEquals(expected.forces(), first.labels().forces().orElseThrow(), 1e-7);
            assertArrayEquals(expected.atomEnergies(), first.labels().atomEnergies().orElseThrow(), 1e-7);
            assertTrue(first.labels().stress().isPresent());
        }

        Path n2p2 = dir.resolve("n2p2");
        Path back = dir.resolve("back.mlpmodel");
        assertEquals(0, CliTest.mlpot("n2p2", "export", model.toString(), n2p2.toString()).code());
        assertTrue(Files.exists(n2p2.resolve("input.nn")) && Files.exists(n2p2.resolve("weights.014.data")));
        CliTest.Run imported = CliTest.mlpot("n2p2", "import", n2p2.toString(), "-o", back.toString());
        assertEquals(0, imported.code(), imported.err());
        assertSameNetworks(potential, NeuralNetworkModelFile.read(back, 1).potential());
    }

    @Test
    void aRunKilledWithSigkillResumesToTheModelOfAnUninterruptedRun() throws Exception {
        Path spec = spec(60);
        Path whole = dir.resolve("whole.mlpmodel");
        assertEquals(0, CliTest.mlpot("train", spec.toString(), "-o", whole.toString(), "--quiet").code());

        Path resumed = dir.resolve("resumed.mlpmodel");
        Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "train", spec.toString(), "-o", resumed.toString(), "--threads", "1")
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("checkpoint written after epoch 3")) {
                    child.destroyForcibly(); // SIGKILL
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(resumed), "the child finished before it was killed: " + seen);
        assertTrue(Files.exists(Path.of(resumed + ".checkpoint")), seen.toString());

        CliTest.Run resume = CliTest.mlpot("train", spec.toString(), "-o", resumed.toString(), "--resume", "--threads", "2");
        assertEquals(0, resume.code(), resume.err());
        assertTrue(resume.out().contains("resumed from"), resume.out());
        assertSameNetworks(NeuralNetworkModelFile.read(whole, 1).potential(), NeuralNetworkModelFile.read(resumed, 1).potential());
        assertEquals(Files.readAllLines(Path.of(whole + ".metrics.csv")).size(),
                Files.readAllLines(Path.of(resumed + ".metrics.csv")).size());
    }

    @Test
    void resumeWithoutACheckpointAndAGaussianProcessSpecAreRefused() throws Exception {
        Path spec = spec(2);
        CliTest.Run run = CliTest.mlpot("train", spec.toString(), "-o", dir.resolve("x.mlpmodel").toString(), "--resume");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no checkpoint"), run.err());
        CliTest.Run notAModel = CliTest.mlpot("eval", "--model", spec.toString(), "--data", data().toString());
        assertEquals(2, notAModel.code());
        assertTrue(notAModel.err().contains("not an mlpot model file") || notAModel.err().contains("model file"),
                notAModel.err());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Every weight and bias of every element's network equal bit for bit. */
    static void assertSameNetworks(NeuralNetworkPotential expected, NeuralNetworkPotential actual) {
        assertEquals(expected.descriptor().elements(), actual.descriptor().elements());
        for (int s = 0; s < expected.descriptor().elements().size(); s++) {
            DenseNetwork a = expected.network(s);
            DenseNetwork b = actual.network(s);
            assertArrayEquals(a.layerSizes(), b.layerSizes());
            for (int l = 1; l <= a.layerCount(); l++) {
                int[] sizes = a.layerSizes();
                for (int k = 0; k < sizes[l]; k++) {
                    assertEquals(a.bias(l, k), b.bias(l, k), 0.0);
                    for (int j = 0; j < sizes[l - 1]; j++) {
                        assertEquals(a.weight(l, j, k), b.weight(l, j, k), 0.0, "weight " + l + "," + j + "," + k);
                    }
                }
            }
        }
    }
}
