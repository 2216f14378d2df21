package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.testing.Requirements;

class FeaturesCommandTest {
    @TempDir
    Path dir;

    @Test
    void rawFeaturesOfAnN2p2PotentialEqualN2p2sOwn() throws Exception {
        Path folder = Requirements.n2p2Data("the features-of-an-n2p2-potential test").resolve("Cu2S_PBE");
        Path csv = dir.resolve("features.csv");
        // n2p2's function.data for structure 1 of input.data: atom count, then Z and raw values per atom
        List<String> reference = Files.readAllLines(folder.resolve("ref_symfunc_struct1.dat"));
        Path structure1 = dir.resolve("struct1.data");
        Files.writeString(structure1, firstStructure(folder.resolve("input.data")));
        CliTest.Run run = CliTest.mlpot("features", "--model", folder.resolve("input.nn").toString(), "--data",
                structure1.toString(), "--out", csv.toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
        List<String> rows = Files.readAllLines(csv);
        int atoms = Integer.parseInt(reference.get(0).trim());
        assertEquals(atoms + 1, rows.size(), "a header and one row per atom");
        assertTrue(rows.get(0).startsWith("frame,atom,element,G1,G2"));
        for (int i = 0; i < atoms; i++) {
            String[] expected = reference.get(i + 1).trim().split("\\s+");
            String[] actual = rows.get(i + 1).split(",", -1);
            assertEquals("0", actual[0]);
            assertEquals(Integer.toString(i), actual[1]);
            assertEquals(expected[0].equals("16") ? "S" : "Cu", actual[2]);
            for (int g = 1; g < expected.length; g++) {
                assertEquals(Double.parseDouble(expected[g]), Double.parseDouble(actual[2 + g]), 0.6e-10, "atom " + i + " G" + g);
            }
            for (int g = expected.length + 2; g < actual.length; g++) {
                assertEquals("", actual[g], "cells past the element's features are empty");
            }
        }
    }

    @Test
    void scaledFeaturesFollowTheScalingData() throws Exception {
        Path potential = dir.resolve("pot");
        Files.createDirectories(potential);
        Files.writeString(potential.resolve("input.nn"), String.join("\n",
                "number_of_elements 1", "elements Si", "cutoff_type 1", "scale_symmetry_functions", "scale_min_short -1",
                "scale_max_short 1", "symfunction_short Si 2 Si 0.5 0.0 5.0", "symfunction_short Si 9 Si Si 0.01 1 1 5.0", ""));
        Files.writeString(potential.resolve("scaling.data"), String.join("\n",
                "1 1 0.0 20.0 10.0 1.0", "1 2 0.0 100.0 50.0 1.0", ""));
        Path raw = dir.resolve("raw.csv");
        Path scaled = dir.resolve("scaled.csv");
        Path data = CliTest.example("si-diamond-64.xyz");
        assertEquals(0, CliTest.mlpot("features", "--model", potential.toString(), "--data", data.toString(), "--out", raw.toString()).code());
        CliTest.Run run = CliTest.mlpot("features", "--model", potential.toString(), "--data", data.toString(),
                "--out", scaled.toString(), "--scaled");
        assertEquals(0, run.code(), run.err());
        String[] r = Files.readAllLines(raw).get(1).split(",");
        String[] s = Files.readAllLines(scaled).get(1).split(",");
        assertEquals(65, Files.readAllLines(raw).size());
        assertEquals(-1 + 2 * Double.parseDouble(r[3]) / 20.0, Double.parseDouble(s[3]), 1e-12);
        assertEquals(-1 + 2 * Double.parseDouble(r[4]) / 100.0, Double.parseDouble(s[4]), 1e-12);
    }

    @Test
    void missingModelIsBadInput() {
        CliTest.Run run = CliTest.mlpot("features", "--model", dir.resolve("nothing").toString(), "--data",
                CliTest.example("si-diamond-64.xyz").toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no n2p2 potential"), run.err());
    }

    private static String firstStructure(Path inputData) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(inputData)) {
            sb.append(line).append('\n');
            if (line.trim().equals("end")) {
                break;
            }
        }
        return sb.toString();
    }
}
