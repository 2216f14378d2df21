package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --json} every command prints exactly one JSON object on stdout, with the documented keys. */
class JsonOutputTest {
    @TempDir
    Path dir;

    /** Parses stdout as one JSON object on one line and checks that it has every key. */
    static JsonNode json(CliTest.Run run, String... keys) throws Exception {
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.out().strip().lines().count(), "one line of JSON:\n" + run.out());
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertTrue(node.isObject(), run.out());
        for (String key : keys) {
            assertTrue(node.has(key), "key " + key + " in " + node);
        }
        return node;
    }

    private Path spec() throws Exception {
        Path file = dir.resolve("si.mlpot");
        Files.copy(CliTest.example("si-diamond-64.xyz"), dir.resolve("train.xyz"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(file, "model si {\n  elements Si\n  descriptor acsf { cutoff 4 Å  radial { grid imbalzano(shifted, 3) } }\n"
                + "  network { hidden 5, 4 }\n  train { data \"train.xyz\"  validation 20%  epochs 3 }\n}\n");
        return file;
    }

    @Test
    void validate() throws Exception {
        JsonNode node = json(CliTest.mlpot("validate", spec().toString(), "--json"), "name", "kind", "elements",
                "reference_energies", "descriptors", "features", "cutoff", "network", "training");
        assertEquals("si", node.get("name").asText());
        assertEquals("neural_network", node.get("kind").asText());
        assertEquals("Si", node.get("elements").get(0).asText());
        int features = node.get("features").get("Si").asInt();
        assertEquals(features, node.get("network").get("layers").get("Si").get(0).asInt());
        assertEquals((features + 1) * 5 + 6 * 4 + 5, node.get("network").get("parameters").asInt());
        assertEquals(4.0, node.get("cutoff").asDouble(), 0.0);
        assertEquals(0.2, node.get("training").get("validation_fraction").asDouble(), 1e-12);
        assertEquals(3, node.get("training").get("epochs").asInt());
        JsonNode canonical = json(CliTest.mlpot("validate", spec().toString(), "--json", "--canonical"), "canonical");
        assertTrue(canonical.get("canonical").asText().startsWith("model si"), canonical.toString());
    }

    @Test
    void predictMdMinimizeFeaturesConvert() throws Exception {
        String data = CliTest.example("si-diamond-64.xyz").toString();
        JsonNode predict = json(CliTest.mlpot("predict", "--model", "builtin:sw-si", "--in", data, "-o",
                dir.resolve("p.xyz").toString(), "--json"), "model", "input", "output", "structures", "atoms");
        assertEquals(64, predict.get("atoms").asInt());

        CliTest.Run mdRun = CliTest.mlpot("md", "--model", "builtin:sw-si", "--in", data, "--steps", "10", "--log-every", "5",
                "--out", dir.resolve("t.xyz").toString(), "--json", "--thermostat", "none");
        JsonNode md = json(mdRun, "steps", "outcome", "potential_energy", "kinetic_energy", "total_energy", "temperature",
                "total_energy_change_per_atom", "ns_per_day", "output", "time_fs");
        assertEquals(10, md.get("steps").asInt());
        assertEquals("completed", md.get("outcome").asText());
        assertTrue(md.get("ns_per_day").asDouble() > 0);
        assertTrue(mdRun.err().contains("Etot/eV"), "the log table goes to stderr: " + mdRun.err());

        JsonNode minimize = json(CliTest.mlpot("minimize", "--model", "builtin:sw-si", "--in", data, "--out",
                dir.resolve("r.xyz").toString(), "--json"), "converged", "steps", "energy", "max_force", "fmax", "output");
        assertTrue(minimize.get("converged").asBoolean());
        assertEquals(-277.542399682545, minimize.get("energy").asDouble(), 1e-6);

        Path specFile = spec();
        JsonNode features = json(CliTest.mlpot("features", "--spec", specFile.toString(), "--in", data, "--output",
                dir.resolve("f.csv").toString(), "--json"), "rows", "columns", "frames", "output");
        assertEquals(64, features.get("rows").asInt());
        assertEquals(Files.readAllLines(dir.resolve("f.csv")).get(0).split(",").length, features.get("columns").asInt());

        JsonNode convert = json(CliTest.mlpot("convert", data, dir.resolve("c.data").toString(), "--json"), "input", "output",
                "format", "frames", "atoms");
        assertEquals("n2p2", convert.get("format").asText());
        assertEquals(1, convert.get("frames").asInt());
    }

    @Test
    void everyCommandThatPrintsAResultOffersJsonAndEveryComputingCommandThreads() {
        picocli.CommandLine root = new picocli.CommandLine(new Main());
        for (String command : new String[] {"validate", "train", "eval", "predict", "md", "minimize", "features", "convert",
            "info"}) {
            var spec = root.getSubcommands().get(command).getCommandSpec();
            assertTrue(spec.findOption("--json") != null, command + " --json");
            assertTrue(spec.findOption("--quiet") != null && spec.findOption("--debug") != null, command + " common options");
        }
        for (String sub : new String[] {"import", "export"}) {
            assertTrue(root.getSubcommands().get("n2p2").getSubcommands().get(sub).getCommandSpec().findOption("--json") != null);
        }
        String description = null;
        for (String command : new String[] {"train", "eval", "predict", "md", "minimize", "features"}) {
            var option = root.getSubcommands().get(command).getCommandSpec().findOption("--threads");
            assertTrue(option != null, command + " --threads");
            String text = String.join(" ", option.description());
            assertTrue(description == null || description.equals(text), "the same text everywhere");
            description = text;
        }
        for (String command : new String[] {"train", "predict", "md", "minimize", "features"}) {
            var spec = root.getSubcommands().get(command).getCommandSpec();
            assertTrue(spec.findOption("-o") != null && spec.findOption("--out") != null && spec.findOption("--output") != null,
                    command + " -o/--out/--output");
            assertTrue(spec.findOption("--in") != null && spec.findOption("--data") != null, command + " --in/--data");
        }
        assertFalse(root.getSubcommands().get("eval").getCommandSpec().findOption("--in") == null, "eval --in");
    }
}
