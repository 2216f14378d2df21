package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;

/**
 * {@code mlpot train} fits a Gaussian-process spec (here with δ and the noise optimised), and the model
 * works in eval (with calibration), predict, md and features.
 */
class TrainGaussianProcessCommandTest {
    @TempDir
    Path dir;

    @Test
    void fitsAGaussianProcessAndUsesItsUncertainty() throws Exception {
        Path data = dir.resolve("si-24.xyz");
        try (ExtXyzReader reader = ExtXyzReader.open(CliTest.example("si-sw.xyz.gz"));
             ExtXyzWriter writer = ExtXyzWriter.open(data)) {
            for (int m = 0; m < 24 && reader.hasNext(); m++) {
                writer.write(reader.next());
            }
        }
        Path spec = dir.resolve("gap.mlpot");
        Files.writeString(spec, """
                model tiny_gap {
                  elements Si
                  reference_energy { Si 0 eV }
                  descriptor soap { cutoff 3.8 Å  n_max 4  l_max 3  sigma 0.5 Å  transition 0.5 Å }
                  kernel dot_product { zeta 4  delta 0.5 eV }
                  sparse { points 60  selection cur }
                  noise { energy 1 meV/atom  forces 50 meV/Å  stress 10 MPa  optimize true }
                  train { data "si-24.xyz"  validation 0%  test 25%  seed 3 }
                }
                """);
        Path model = dir.resolve("tiny.mlpmodel");
        CliTest.Run train = CliTest.mlpot("train", spec.toString(), "-o", model.toString(), "--threads", "2");
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("60 sparse points"), train.out());
        assertTrue(train.out().contains("test "), train.out());
        assertTrue(train.out().contains("within 1σ/2σ"), train.out());
        assertTrue(train.out().contains("hyperparameters by maximum marginal likelihood"), train.out());

        CliTest.Run eval = CliTest.mlpot("eval", "--model", model.toString(), "--data", data.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        for (String key : new String[] {"energy_within_1sigma", "energy_within_2sigma", "force_within_1sigma",
            "force_within_2sigma"}) {
            assertTrue(json.has(key) && json.get(key).asDouble() >= 0 && json.get(key).asDouble() <= 1, key + " in " + json);
        }

        Path predicted = dir.resolve("predicted.xyz");
        CliTest.Run predict = CliTest.mlpot("predict", "--model", model.toString(), "--in", data.toString(), "--out",
                predicted.toString());
        assertEquals(0, predict.code(), predict.err());
        String first = Files.readAllLines(predicted).get(1);
        assertTrue(first.contains("energy_std=") && first.contains("forces_std:R:3"), first);

        CliTest.Run md = CliTest.mlpot("md", "--model", model.toString(), "--in", data.toString(), "--steps", "5",
                "--out", dir.resolve("md.xyz").toString(), "--quiet");
        assertEquals(0, md.code(), md.err());

        Path fromModel = dir.resolve("from-model.csv");
        Path fromSpec = dir.resolve("from-spec.csv");
        CliTest.Run features = CliTest.mlpot("features", "--model", model.toString(), "--data", data.toString(), "--out",
                fromModel.toString(), "--quiet");
        assertEquals(0, features.code(), features.err());
        assertEquals(0, CliTest.mlpot("features", "--spec", spec.toString(), "--data", data.toString(), "--out",
                fromSpec.toString(), "--quiet").code());
        assertEquals(Files.readAllLines(fromSpec), Files.readAllLines(fromModel), "the model's descriptor is the spec's");
    }

    /** A two-body part and SOAP with one kernel each, from the spec through training to a model that evaluates. */
    @Test
    void fitsASumOfKernelsOverTwoDescriptors() throws Exception {
        Path data = dir.resolve("si-16.xyz");
        try (ExtXyzReader reader = ExtXyzReader.open(CliTest.example("si-sw.xyz.gz"));
             ExtXyzWriter writer = ExtXyzWriter.open(data)) {
            for (int m = 0; m < 16 && reader.hasNext(); m++) {
                writer.write(reader.next());
            }
        }
        Path spec = dir.resolve("gap2b.mlpot");
        Files.writeString(spec, """
                model si_gap2b {
                  elements Si
                  reference_energy { Si 0 eV }
                  descriptor acsf { cutoff 3.8 Å  radial { grid imbalzano(shifted, 4) } }
                  descriptor soap { cutoff 3.8 Å  n_max 3  l_max 2  sigma 0.5 Å  transition 0.5 Å }
                  kernel squared_exponential { length_scale 1  delta 0.3 eV }
                  kernel dot_product { zeta 4  delta 0.4 eV }
                  sparse { points 40  selection cur }
                  noise { energy 1 meV/atom  forces 50 meV/Å  stress 10 MPa }
                  train { data "si-16.xyz"  validation 25%  seed 5 }
                }
                """);
        Path model = dir.resolve("gap2b.mlpmodel");
        CliTest.Run train = CliTest.mlpot("train", spec.toString(), "-o", model.toString(), "--threads", "2");
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("validation energy RMSE"), train.out());
        CliTest.Run eval = CliTest.mlpot("eval", "--model", model.toString(), "--data", data.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = new ObjectMapper().readTree(eval.out());
        assertTrue(json.get("force_rmse").asDouble() < 0.5, "a fit, not noise: " + json);
    }
}
