package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.io.ExtXyzReader;

class CliTest {
    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run mlpot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Path example(String name) {
        return Path.of(System.getProperty("mlpot.repo.root", "..")).resolve("examples/data").resolve(name);
    }

    /** Asserts that {@code file} is a PNG image of the given size, read back by ImageIO, and not one flat colour. */
    static void assertPng(Path file, int width, int height) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
            org.junit.jupiter.api.Assertions.assertNotNull(image, file + " is not an image ImageIO reads");
            assertEquals(width, image.getWidth(), file + " width");
            assertEquals(height, image.getHeight(), file + " height");
            int first = image.getRGB(0, 0);
            boolean drawn = false;
            for (int y = 0; y < height && !drawn; y += 7) {
                for (int x = 0; x < width && !drawn; x += 7) {
                    drawn = image.getRGB(x, y) != first;
                }
            }
            assertTrue(drawn, file + " is one flat colour");
            byte[] magic = java.util.Arrays.copyOf(Files.readAllBytes(file), 4);
            assertEquals("\u0089PNG", new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1), file + " is a PNG");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug:\n" + run.err());
        assertFalse(run.err().contains("Exception"), "no exception names without --debug:\n" + run.err());
    }

    @Test
    void evalPrintsExactlyOneJsonObjectWithTheDocumentedKeys() throws Exception {
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", example("si-diamond-64.xyz").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertEquals(List.of("structures", "atoms", "energy_mae_per_atom", "energy_rmse_per_atom", "force_mae",
                "force_rmse", "stress_rmse", "model", "data"), keys);
        assertEquals(1, json.get("structures").asInt());
        assertEquals(64, json.get("atoms").asInt());
        assertTrue(json.get("energy_mae_per_atom").asDouble() < 1e-8);
        assertTrue(json.get("force_rmse").asDouble() < 1e-8);
        assertTrue(json.get("stress_rmse").asDouble() < 1e-9);
        assertEquals(1, run.out().strip().lines().count(), "one line of JSON");
    }

    @Test
    void evalReportsNullForAbsentLabels() throws Exception {
        Path file = dir.resolve("bare.xyz");
        Files.writeString(file, "2\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3 pbc=\"T T T\"\n"
                + "Si 0 0 0\nSi 1.3 1.3 1.3\n");
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", file.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("energy_rmse_per_atom").isNull());
        assertTrue(json.get("force_mae").isNull());
        assertTrue(json.get("stress_rmse").isNull());
    }

    @Test
    void evalTableNamesTheErrors() {
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", example("si-diamond-64.xyz").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("energy RMSE") && run.out().contains("eV/atom"), run.out());
        assertTrue(run.out().contains("stress RMSE"), run.out());
    }

    @Test
    void missingFileIsBadInputWithOneLine() {
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", dir.resolve("nope.xyz").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("nope.xyz") && run.err().contains("no such file"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void emptyDatasetIsBadInput() throws Exception {
        Path file = dir.resolve("empty.xyz");
        Files.writeString(file, "");
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no structures"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void malformedFileNamesFileAndLine() throws Exception {
        Path file = dir.resolve("bad.xyz");
        Files.writeString(file, "2\nProperties=species:S:1:pos:R:3\nSi 0 0 0\nSi 1.0 zero 2.0\n");
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("bad.xyz:4"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void unknownElementIsRefusedNamingTheFrame() throws Exception {
        Path file = dir.resolve("carbon.xyz");
        Files.writeString(file, "1\nProperties=species:S:1:pos:R:3\nC 0 0 0\n");
        Run run = mlpot("eval", "--model", "builtin:sw-si", "--data", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("carbon.xyz") && run.err().contains("C"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void unknownBuiltinAndBadOptionsAreBadInput() {
        Run unknown = mlpot("eval", "--model", "builtin:sw-c", "--data", example("si-diamond-64.xyz").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("builtin:sw-si"), "lists what is available: " + unknown.err());
        Run bad = mlpot("md", "--model", "builtin:sw-si", "--in", example("si-diamond-64.xyz").toString(),
                "--steps", "3", "--tempreature", "300");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--tempreature") && bad.err().contains("--temperature"),
                "names the unknown option and suggests the right one: " + bad.err());
        assertNoStackTrace(bad);
    }

    @Test
    void mdWritesTheTrajectoryAndLogLines() {
        Path out = dir.resolve("traj.xyz");
        Run run = mlpot("md", "--model", "builtin:sw-si", "--in", example("si-diamond-64.xyz").toString(),
                "--steps", "20", "--every", "10", "--log-every", "5", "--temperature", "500", "--seed", "3",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Dataset trajectory = Dataset.read(ExtXyzReader.open(out));
        assertEquals(3, trajectory.size(), "steps 0, 10 and 20");
        Frame last = trajectory.get(2);
        assertTrue(last.velocities().isPresent(), "momenta are written");
        assertTrue(last.labels().energy().isPresent() && last.labels().hasForces());
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("  ")).count(), "log lines at steps 0, 5, 10, 15, 20");
        assertTrue(run.out().contains("ns/day"), run.out());
    }

    @Test
    void mdDrawsItsEnergyAndTemperatureTraces() {
        Path plots = dir.resolve("md-plots");
        Run run = mlpot("md", "--model", "builtin:sw-si", "--in", example("si-diamond-64.xyz").toString(),
                "--steps", "40", "--log-every", "2", "--temperature", "500", "--quiet", "--out", dir.resolve("t.xyz").toString(),
                "--plot", plots.toString());
        assertEquals(0, run.code(), run.err());
        for (String name : new String[] {"energy.png", "temperature.png"}) {
            assertPng(plots.resolve(name), org.mlpot.cli.plot.MdTraces.WIDTH, org.mlpot.cli.plot.MdTraces.HEIGHT);
            assertTrue(run.out().contains("plot: " + plots.resolve(name)), run.out());
        }
    }

    @Test
    void mdWithTheSameSeedIsReproducible() throws Exception {
        Path a = dir.resolve("a.xyz");
        Path b = dir.resolve("b.xyz");
        for (Path p : List.of(a, b)) {
            Run run = mlpot("md", "--model", "builtin:sw-si", "--in", example("si-diamond-64.xyz").toString(),
                    "--steps", "30", "--seed", "11", "--quiet", "--out", p.toString());
            assertEquals(0, run.code(), run.err());
        }
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void minimizeConvergesAndWritesTheStructure() {
        Path md = dir.resolve("hot.xyz");
        assertEquals(0, mlpot("md", "--model", "builtin:sw-si", "--in", example("si-diamond-64.xyz").toString(),
                "--steps", "30", "--temperature", "600", "--quiet", "--out", md.toString()).code());
        Path relaxed = dir.resolve("relaxed.xyz");
        Run run = mlpot("minimize", "--model", "builtin:sw-si", "--in", md.toString(), "--frame", "-1",
                "--fmax", "1e-4", "--out", relaxed.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        Frame frame = Dataset.read(ExtXyzReader.open(relaxed)).get(0);
        assertEquals(-277.542399682545, frame.labels().energy().getAsDouble(), 1e-5);
    }

    @Test
    void convertRoundTripsThroughN2p2() throws Exception {
        Path n2p2 = dir.resolve("input.data");
        Path back = dir.resolve("back.xyz");
        Run there = mlpot("convert", example("si-diamond-64.xyz").toString(), n2p2.toString(), "--n2p2-units", "bohr-hartree");
        assertEquals(0, there.code(), there.err());
        Run home = mlpot("convert", n2p2.toString(), back.toString(), "--n2p2-units", "bohr-hartree");
        assertEquals(0, home.code(), home.err());
        Frame original = Dataset.read(ExtXyzReader.open(example("si-diamond-64.xyz"))).get(0);
        Frame roundTrip = Dataset.read(ExtXyzReader.open(back)).get(0);
        double[] p = original.structure().positions();
        double[] q = roundTrip.structure().positions();
        for (int k = 0; k < p.length; k++) {
            assertEquals(p[k], q[k], 1e-9);
        }
        assertEquals(original.labels().energy().getAsDouble(), roundTrip.labels().energy().getAsDouble(), 1e-9);
    }

    @Test
    void versionAndHelp() {
        Run version = mlpot("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().contains("mlpot"));
        Run help = mlpot("md", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--thermostat"));
        Run nothing = mlpot();
        assertEquals(2, nothing.code());
    }
}
