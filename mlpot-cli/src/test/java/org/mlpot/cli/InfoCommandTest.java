package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.gp.GaussianProcessModelFile;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.nn.NeuralNetworkModelFile;
import org.mlpot.structure.Element;

/**
 * {@code mlpot info} on a tiny network and a tiny Gaussian process trained here, as text and as JSON,
 * checked against the model files read with their own loaders; and refusals of files that are not
 * intact models.
 */
class InfoCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path data(int frames) throws Exception {
        Path file = dir.resolve("si-" + frames + ".xyz");
        try (ExtXyzReader reader = ExtXyzReader.open(CliTest.example("si-sw.xyz.gz"));
             ExtXyzWriter writer = ExtXyzWriter.open(file)) {
            for (int m = 0; m < frames && reader.hasNext(); m++) {
                writer.write(reader.next());
            }
        }
        return file;
    }

    private Path trainNetwork() throws Exception {
        data(20);
        Path spec = dir.resolve("tiny.mlpot");
        Files.writeString(spec, """
                # a tiny network for mlpot info
                model tiny {
                  elements Si
                  descriptor acsf {
                    cutoff 4.5 Å
                    radial  { grid gastegger(shifted, 4, 2.0, 4.2) }
                    angular { grid gastegger(centered, 2, 2.0, 4.2)  zeta 1 }
                  }
                  network { hidden 6, 5  seed 3 }
                  train {
                    data "si-20.xyz"
                    validation 20%  test 20%  seed 5
                    loss { energy 1  forces 0.1 }
                    optimizer adam  learning_rate 0.01
                    epochs 4  batch 4
                  }
                }
                """);
        Path model = dir.resolve("tiny.mlpmodel");
        CliTest.Run run = CliTest.mlpot("train", spec.toString(), "-o", model.toString(), "--threads", "2", "--quiet");
        assertEquals(0, run.code(), run.err());
        return model;
    }

    private Path trainGaussianProcess() throws Exception {
        data(12);
        Path spec = dir.resolve("gap.mlpot");
        Files.writeString(spec, """
                model tiny_gap {
                  elements Si
                  reference_energy { Si 0 eV }
                  descriptor soap { cutoff 3.8 Å  n_max 3  l_max 2  sigma 0.5 Å  transition 0.5 Å }
                  kernel dot_product { zeta 4  delta 0.5 eV }
                  sparse { points 30  selection cur }
                  noise { energy 1 meV/atom  forces 50 meV/Å  stress 10 MPa }
                  train { data "si-12.xyz"  validation 25%  test 0%  seed 7 }
                }
                """);
        Path model = dir.resolve("tiny-gap.mlpmodel");
        CliTest.Run run = CliTest.mlpot("train", spec.toString(), "-o", model.toString(), "--threads", "2", "--quiet");
        assertEquals(0, run.code(), run.err());
        return model;
    }

    @Test
    void describesANetworkModelWithItsProvenanceAndTrainingErrors() throws Exception {
        Path model = trainNetwork();
        var loaded = NeuralNetworkModelFile.read(model, 1);
        int features = loaded.potential().descriptor().size(Element.of("Si"));
        long parameters = loaded.potential().network(0).parameterCount();
        assertEquals((long) (features + 1) * 6 + 7 * 5 + 6, parameters, "the layer sizes the spec asks for");
        DataFileDigest digest = loaded.provenance().dataFiles().get(0);

        CliTest.Run text = CliTest.mlpot("info", model.toString());
        assertEquals(0, text.code(), text.err());
        String out = text.out();
        assertTrue(out.startsWith("model tiny (neural network, kind hdnnp)"), out);
        assertTrue(out.contains("acsf (symmetry functions), cutoff 4.5 Å"), out);
        assertTrue(out.contains("Si " + features + "-6-5-1 ("), out);
        assertTrue(out.contains(parameters + " parameters"), out);
        assertTrue(out.contains("checksum verified"), out);
        assertTrue(out.contains("model tiny {"), "the spec's model line: " + out);
        assertTrue(out.contains("si-20.xyz (20 frames, sha256 " + digest.sha256().substring(0, 12)), out);
        assertTrue(out.contains("best epoch") && out.contains("of 4: train energy RMSE"), out);
        assertTrue(out.contains("last epoch         4 of 4"), out);

        CliTest.Run run = CliTest.mlpot("info", model.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.out().strip().lines().count(), "one line of JSON");
        JsonNode json = MAPPER.readTree(run.out());
        assertEquals("hdnnp", json.get("kind").asText());
        assertEquals("neural_network", json.get("family").asText());
        assertEquals("tiny", json.get("name").asText());
        assertEquals(1, json.get("format").asInt());
        assertEquals("Si", json.get("elements").get(0).asText());
        assertEquals(4.5, json.get("cutoff").asDouble(), 1e-12, "Å");
        assertEquals(features, json.get("features").get("Si").asInt());
        JsonNode network = json.get("networks").get(0);
        assertEquals(List.of(features, 6, 5, 1), MAPPER.convertValue(network.get("layer_sizes"), List.class));
        assertEquals(3, network.get("activations").size());
        assertEquals(parameters, json.get("parameters").asLong());
        assertFalse(json.has("kernel"));
        JsonNode provenance = json.get("provenance");
        assertEquals(5, provenance.get("seed").asLong());
        assertEquals(loaded.provenance().mlpotVersion(), provenance.get("mlpot_version").asText());
        assertEquals(loaded.provenance().created().toString(), provenance.get("created").asText());
        assertEquals("model tiny {", provenance.get("spec").asText());
        assertEquals(digest.sha256(), provenance.get("data_files").get(0).get("sha256").asText());
        assertEquals(20, provenance.get("data_files").get(0).get("frames").asLong());

        List<String> log = Files.readAllLines(Path.of(model + ".metrics.csv"), StandardCharsets.UTF_8);
        JsonNode training = json.get("training");
        assertEquals(log.size() - 1, training.get("epochs").asInt());
        assertEquals(4, training.get("last").get("epoch").asInt());
        String[] last = log.get(log.size() - 1).split(",", -1);
        assertEquals(Double.parseDouble(last[3]), training.get("last").get("train_energy_rmse_meV_atom").asDouble(), 0.0);
        assertEquals(Double.parseDouble(last[7]), training.get("last").get("validation_force_rmse_meV_A").asDouble(), 0.0);
        int best = training.get("best").get("epoch").asInt();
        double bestLoss = Double.parseDouble(log.get(best).split(",", -1)[5]);
        for (String line : log.subList(1, log.size())) {
            assertTrue(Double.parseDouble(line.split(",", -1)[5]) >= bestLoss, "best has the lowest validation loss: " + line);
        }
    }

    @Test
    void describesAGaussianProcessModelWithoutTrainingLog() throws Exception {
        Path model = trainGaussianProcess();
        var loaded = GaussianProcessModelFile.read(model, 1);
        var scales = loaded.potential().uncertaintyScales();

        CliTest.Run text = CliTest.mlpot("info", model.toString());
        assertEquals(0, text.code(), text.err());
        String out = text.out();
        assertTrue(out.startsWith("model tiny_gap (sparse Gaussian process, kind gap)"), out);
        assertTrue(out.contains("soap (n_max 3, l_max 2, σ 0.5 Å, transition 0.5 Å), cutoff 3.8 Å"), out);
        assertTrue(out.contains("dot_product, ζ 4, δ 0.5 eV"), out);
        assertTrue(out.contains("Si 30 (30 in all)"), out);
        assertTrue(out.contains("uncertainty scale"), out);
        assertTrue(out.contains("none recorded (no tiny-gap.mlpmodel.metrics.csv beside the model)"), out);

        CliTest.Run run = CliTest.mlpot("info", model.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = MAPPER.readTree(run.out());
        assertEquals("gap", json.get("kind").asText());
        assertEquals("gaussian_process", json.get("family").asText());
        assertEquals("tiny_gap", json.get("name").asText());
        assertEquals("dot_product", json.get("kernel").get("type").asText());
        assertEquals(4, json.get("kernel").get("zeta").asDouble(), 0.0);
        assertEquals(30, json.get("sparse_points").get("Si").asInt());
        assertEquals(scales.energy(), json.get("uncertainty_scale").get("energy").asDouble(), 0.0);
        assertEquals(scales.force(), json.get("uncertainty_scale").get("force").asDouble(), 0.0);
        assertEquals(7, json.get("provenance").get("seed").asLong());
        assertEquals(12, json.get("provenance").get("data_files").get(0).get("frames").asLong());
        assertTrue(json.get("training").isNull());
        assertFalse(json.has("networks"));
    }

    @Test
    void aFileThatIsNotAModelIsBadInput() throws Exception {
        Path notAModel = data(1);
        CliTest.Run run = CliTest.mlpot("info", notAModel.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.err().contains("si-1.xyz") && run.err().contains("not an mlpot model file"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", run.out());

        CliTest.Run missing = CliTest.mlpot("info", dir.resolve("nope.mlpmodel").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aDamagedModelIsBadInputWithTheLoadersMessage() throws Exception {
        Path model = trainGaussianProcess();
        String text = Files.readString(model, StandardCharsets.UTF_8);
        int k = text.indexOf("\"alpha\"");
        Files.writeString(model, text.substring(0, k) + "\"alphA\"" + text.substring(k + 7), StandardCharsets.UTF_8);
        CliTest.Run run = CliTest.mlpot("info", model.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.err().contains("checksum mismatch"), run.err());
    }

    @Test
    void aDamagedMetricsLogIsBadInputNamingItsLine() throws Exception {
        Path model = trainNetwork();
        Path log = Path.of(model + ".metrics.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.set(2, "oops" + lines.get(2).substring(lines.get(2).indexOf(',')));
        Files.write(log, lines);
        CliTest.Run run = CliTest.mlpot("info", model.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.err().contains("tiny.mlpmodel.metrics.csv:3") && run.err().contains("'oops'"), run.err());
    }
}
