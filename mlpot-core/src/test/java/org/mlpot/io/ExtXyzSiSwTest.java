package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlpot.testing.Requirements;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Element;

/** The si-sw reference data: three frames copied into the test resources, and the full sets in place. */
class ExtXyzSiSwTest {

    @Test
    void firstThreeFramesHaveTheValuesOfTheText() {
        List<Frame> frames = ExtXyzTestFrames.readAll(ExtXyzTestFrames.resource("io/si-sw-first3.extxyz"));
        assertEquals(3, frames.size());
        assertEquals(-277.542399682545, frames.get(0).labels().energy().orElseThrow());
        assertEquals(-275.377699898508, frames.get(1).labels().energy().orElseThrow());
        assertEquals(-275.308550397296, frames.get(2).labels().energy().orElseThrow());
        assertEquals(new InfoValue.Text("diamond_0K"), frames.get(0).info().get("config_type"));
        assertEquals(new InfoValue.Text("md_T300"), frames.get(1).info().get("config_type"));
        assertEquals(List.of("config_type"), List.copyOf(frames.get(1).info().keySet()));

        Stress s0 = frames.get(0).labels().stress().orElseThrow();
        assertEquals(1.756070276306874e-05, s0.xx());
        assertEquals(-6.357941464113019e-17, s0.xy());
        assertEquals(1.7560702763070117e-05, s0.zz());
        Stress s1 = frames.get(1).labels().stress().orElseThrow();
        assertArrayEquals(new double[] {-0.001193463666149915, -0.0011019262702157014, -0.0009755410845929878,
            0.0003075211216087619, -0.0020652707499868046, -0.004166752806503323}, s1.toVoigt());

        Frame f1 = frames.get(1);
        assertEquals(64, f1.structure().size());
        assertEquals(Element.Si, f1.structure().species(0));
        assertArrayEquals(new double[] {10.82862367, 10.82256318, 0.04840158},
                new double[] {f1.structure().position(0, 0), f1.structure().position(0, 1), f1.structure().position(0, 2)});
        double[] forces1 = f1.labels().forces().orElseThrow();
        assertArrayEquals(new double[] {0.64814719, 0.48467397, -0.61263168}, new double[] {forces1[0], forces1[1], forces1[2]});
        double[] forces2 = frames.get(2).labels().forces().orElseThrow();
        assertArrayEquals(new double[] {-0.66491983, -0.84610894, 0.44688916}, new double[] {forces2[189], forces2[190], forces2[191]});
        assertEquals(10.862 * 10.862 * 10.862, f1.structure().cell().volume(), 1e-9);
        assertTrue(f1.structure().cell().fullyPeriodic());
        assertEquals(Element.Si.mass(), f1.structure().mass(5));
    }

    private static Path shared(String relative) {
        String root = System.getProperty("mlpot.repo.root", ".");
        Path file = Path.of(root).resolve("../shared/data").resolve(relative).normalize();
        Requirements.require(Files.isRegularFile(file), "shared reference data not found at " + file + "; skipping");
        return file;
    }

    @Test
    void readsTheWholeSiSwSetInPlace() {
        List<Frame> frames = ExtXyzTestFrames.readAll(shared("si-sw/si-sw.extxyz"));
        assertEquals(431, frames.size(), "frames (README)");
        assertEquals(391, frames.stream().filter(f -> f.structure().size() == 64).count());
        assertEquals(40, frames.stream().filter(f -> f.structure().size() == 63).count());
        assertTrue(frames.stream().allMatch(f -> f.labels().hasForces() && f.labels().stress().isPresent()));
    }

    @Test
    void readsTheLargeSetInPlace() {
        List<Frame> frames = ExtXyzTestFrames.readAll(shared("si-sw-large/si-sw-large.extxyz"));
        assertEquals(5, frames.size());
        assertTrue(frames.stream().allMatch(f -> f.structure().size() == 4096));
    }
}
