package org.mlpot.descriptor.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.io.FormatException;

class N2p2ScalingSettingsTest {
    @TempDir
    Path dir;

    private N2p2ScalingSettings read(String text) throws Exception {
        Path file = dir.resolve("input.nn");
        Files.writeString(file, text);
        return N2p2ScalingSettings.read(file);
    }

    @Test
    void keywordsSelectTheType() throws Exception {
        assertEquals(new N2p2ScalingSettings(ScalingType.SCALE_CENTER, 0.0, 1.0),
                read("number_of_elements 1\nscale_symmetry_functions   # scale\ncenter_symmetry_functions\n"));
        assertEquals(new N2p2ScalingSettings(ScalingType.SIGMA, -1.0, 2.0),
                read("scale_symmetry_functions_sigma\nscale_min_short -1.0\nscale_max_short 2.0 # wide\n"));
        assertEquals(ScalingType.NONE, read("elements Si\n").type());
        assertEquals(ScalingType.CENTER, read("center_symmetry_functions\n").type());
    }

    @Test
    void badNumbersNameFileAndLine() {
        FormatException e = assertThrows(FormatException.class, () -> read("elements Si\nscale_min_short zero\n"));
        assertTrue(e.getMessage().endsWith("input.nn:2: scale_min_short takes a finite number, got 'zero'"), e.getMessage());
    }
}
