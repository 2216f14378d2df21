package org.mlpot.potential.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.mlpot.testing.Requirements;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.FrameReader;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;

/**
 * Stillinger–Weber against LAMMPS: every frame of the bundled {@code examples/data/si-sw.xyz.gz}
 * (LAMMPS 29 Sep 2021, {@code pair_style sw} with {@code Si.sw}; see {@code si-sw.README.md} beside
 * it). One real comparison that checks structures, triclinic cells, neighbour lists, extxyz reading,
 * energies, forces and stress at once.
 */
class StillingerWeberLammpsTest {
    /** Energy per atom, eV. */
    private static final double ENERGY_TOLERANCE = 1e-6;
    /** Force components, eV/Å (the file prints 8 decimals). */
    private static final double FORCE_TOLERANCE = 1e-5;
    /** Stress components, eV/Å³ (1e-6 eV/Å³ = 0.16 MPa). */
    private static final double STRESS_TOLERANCE = 1e-6;

    @Test
    void reproducesEveryLammpsFrame() {
        Path data = Path.of(System.getProperty("mlpot.repo.root", "../..")).resolve("examples/data/si-sw.xyz.gz");
        Requirements.require(Files.exists(data), "bundled data not found at " + data);
        StillingerWeber sw = StillingerWeber.silicon();
        int frames = 0;
        int triclinic = 0;
        double worstEnergy = 0;
        double worstForce = 0;
        double worstStress = 0;
        try (FrameReader reader = ExtXyzReader.open(data)) {
            while (reader.hasNext()) {
                Frame frame = reader.next();
                Result r = sw.evaluate(frame.structure(), EnumSet.of(Property.FORCES, Property.STRESS));
                int n = frame.structure().size();
                double energyError = Math.abs(r.energy() - frame.labels().energy().orElseThrow()) / n;
                assertTrue(energyError < ENERGY_TOLERANCE, frame.source() + ": energy off by " + energyError + " eV/atom");
                worstEnergy = Math.max(worstEnergy, energyError);
                double[] reference = frame.labels().forces().orElseThrow();
                for (int k = 0; k < 3 * n; k++) {
                    assertEquals(reference[k], r.forces()[k], FORCE_TOLERANCE, frame.source() + ": force component " + k);
                    worstForce = Math.max(worstForce, Math.abs(reference[k] - r.forces()[k]));
                }
                double[] stress = frame.labels().stress().orElseThrow().toVoigt();
                double[] computed = r.stress().toVoigt();
                for (int k = 0; k < 6; k++) {
                    assertEquals(stress[k], computed[k], STRESS_TOLERANCE, frame.source() + ": stress component " + k);
                    worstStress = Math.max(worstStress, Math.abs(stress[k] - computed[k]));
                }
                if (frame.structure().cell().get(1, 0) != 0 || frame.structure().cell().get(2, 0) != 0) {
                    triclinic++;
                }
                frames++;
            }
        }
        System.out.printf("SW vs LAMMPS, %d frames (%d triclinic): max |dE| %.2e eV/atom, max |dF| %.2e eV/A, max |dS| %.2e eV/A^3%n",
                frames, triclinic, worstEnergy, worstForce, worstStress);
        assertEquals(431, frames);
        assertTrue(triclinic > 0, "the set has triclinic cells");
    }
}
