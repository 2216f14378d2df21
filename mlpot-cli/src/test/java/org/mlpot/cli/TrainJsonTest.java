package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.cli.plot.ErrorHistogram;
import org.mlpot.cli.plot.LearningCurve;
import org.mlpot.cli.plot.ParityPlot;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;

/**
 * {@code train --json --plot}: one JSON object with the split, the errors per split and the files;
 * the held-out frames' plots; progress and epoch lines on stderr. The trained model's {@code eval}
 * numbers do not depend on {@code --threads}; {@code n2p2 export/import --json} say what they wrote.
 */
class TrainJsonTest {
    @TempDir
    Path dir;

    private void data(String name, int frames) throws Exception {
        try (ExtXyzReader reader = ExtXyzReader.open(CliTest.example("si-sw.xyz.gz"));
             ExtXyzWriter writer = ExtXyzWriter.open(dir.resolve(name))) {
            for (int m = 0; m < frames && reader.hasNext(); m++) {
                writer.write(reader.next());
            }
        }
    }

    @Test
    void aNetworkTrainsWithJsonAndPlotsItsTestFrames() throws Exception {
        data("si-20.xyz", 20);
        Path spec = dir.resolve("tiny.mlpot");
        Files.writeString(spec, """
                model tiny {
                  elements Si
                  descriptor acsf {
                    cutoff 4.0 Å
                    radial  { grid gastegger(shifted, 3, 2.0, 3.8) }
                  }
                  network { hidden 4  seed 3 }
                  train {
                    data "si-20.xyz"
                    validation 20%  test 20%  seed 5
                    loss { energy 1  forces 0.1 }
                    optimizer adam  learning_rate 0.01
                    epochs 3  batch 4
                  }
                }
                """);
        Path model = dir.resolve("tiny.mlpmodel");
        Path plots = dir.resolve("plots");
        CliTest.Run run = CliTest.mlpot("train", spec.toString(), "--out", model.toString(), "--json", "--plot",
                plots.toString(), "--threads", "2", "--log-interval", "0");
        JsonNode json = JsonOutputTest.json(run, "model", "kind", "seed", "frames", "epochs", "best_epoch", "stopped_early",
                "errors", "model_file", "metrics_file", "learning_curve", "plots", "plot_frames");
        assertEquals(12, json.get("frames").get("train").asInt());
        assertEquals(4, json.get("frames").get("validation").asInt());
        assertEquals(4, json.get("frames").get("test").asInt());
        assertEquals("test", json.get("plot_frames").asText());
        for (String part : new String[] {"train", "validation", "test"}) {
            JsonNode errors = json.get("errors").get(part);
            assertTrue(errors.get("energy_rmse_per_atom").asDouble() > 0 && errors.get("force_rmse").asDouble() > 0,
                    part + ": " + json);
        }
        assertEquals(model.toString(), json.get("model_file").asText());
        assertEquals(5, json.get("plots").size(), json.toString());
        CliTest.assertPng(plots.resolve("energy-parity.png"), ParityPlot.SIZE, ParityPlot.SIZE);
        CliTest.assertPng(plots.resolve("force-errors.png"), ErrorHistogram.WIDTH, ErrorHistogram.HEIGHT);
        CliTest.assertPng(plots.resolve("learning-curve.png"), LearningCurve.WIDTH, LearningCurve.HEIGHT);
        assertTrue(run.err().contains("reading: "), "data loading progress: " + run.err());
        assertTrue(run.err().contains("descriptors: ") && run.err().contains(" of 16 frames"), "descriptor progress: " + run.err());
        assertTrue(run.err().contains("epoch    3") && run.err().contains("validation E"), "epoch lines: " + run.err());
        assertTrue(run.err().contains("plot (test frames): "), run.err());

        CliTest.Run one = CliTest.mlpot("eval", "--model", model.toString(), "--data", dir.resolve("si-20.xyz").toString(),
                "--json", "--threads", "1");
        CliTest.Run two = CliTest.mlpot("eval", "--model", model.toString(), "--data", dir.resolve("si-20.xyz").toString(),
                "--json", "--threads", "2");
        JsonOutputTest.json(one, "structures", "force_rmse", "extrapolating_frames");
        assertEquals(one.out(), two.out(), "the numbers do not depend on --threads");

        Path n2p2 = dir.resolve("n2p2");
        JsonNode exported = JsonOutputTest.json(CliTest.mlpot("n2p2", "export", model.toString(), n2p2.toString(), "--json"),
                "model", "elements", "input", "output", "files");
        for (JsonNode file : exported.get("files")) {
            assertTrue(Files.isRegularFile(Path.of(file.asText())), file.asText());
        }
        Path back = dir.resolve("back.mlpmodel");
        JsonNode imported = JsonOutputTest.json(CliTest.mlpot("n2p2", "import", n2p2.toString(), "--out", back.toString(),
                "--json"), "model", "elements", "output", "files");
        assertEquals(back.toString(), imported.get("output").asText());
    }

    @Test
    void aGaussianProcessReportsHyperparametersLikelihoodAndCalibration() throws Exception {
        data("si-12.xyz", 12);
        Path spec = dir.resolve("gap.mlpot");
        Files.writeString(spec, """
                model tiny_gap {
                  elements Si
                  reference_energy { Si 0 eV }
                  descriptor soap { cutoff 3.5 Å  n_max 3  l_max 2  sigma 0.5 Å  transition 0.5 Å }
                  kernel dot_product { zeta 2  delta 0.5 eV }
                  sparse { points 20  selection cur }
                  noise { energy 1 meV/atom  forces 50 meV/Å  stress 10 MPa }
                  train { data "si-12.xyz"  validation 25%  test 25%  seed 3 }
                }
                """);
        Path plots = dir.resolve("gp-plots");
        CliTest.Run run = CliTest.mlpot("train", spec.toString(), "-o", dir.resolve("gap.mlpmodel").toString(), "--json",
                "--threads", "1", "--plot", plots.toString(), "--log-interval", "0");
        JsonNode json = JsonOutputTest.json(run, "model", "kind", "frames", "sparse_points", "hyperparameters",
                "log_likelihood", "observations", "errors", "model_file", "plots");
        assertEquals("gaussian_process", json.get("kind").asText());
        assertEquals(0.5, json.get("hyperparameters").get("delta").asDouble(), 1e-12);
        assertTrue(Double.isFinite(json.get("log_likelihood").asDouble()));
        JsonNode test = json.get("errors").get("test");
        assertTrue(test.has("energy_within_1sigma") && test.has("force_within_2sigma"), test.toString());
        assertEquals(3, json.get("frames").get("test").asInt());
        assertEquals(4, json.get("plots").size(), "parity plots and histograms, no learning curve: " + json);
        assertTrue(run.err().contains("descriptors: ") && run.err().contains("sparse points"), run.err());
    }
}
