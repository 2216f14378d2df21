package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.data.Frame;
import org.mlpot.io.N2p2DataReader;
import org.mlpot.io.N2p2Units;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Structure;
import org.mlpot.testing.Requirements;

/**
 * Agreement with n2p2's {@code nnp-predict} on its three example potentials, read in place (GPL
 * data, never copied) from system property {@code mlpot.n2p2.data}, else
 * {@code <mlpot.repo.root>/../shared/data/n2p2}; skipped visibly when absent. Every structure of
 * {@code input.data} (and {@code single/input.data}) is compared in eV and eV/Å after unit
 * conversion: total energy per atom to 1e-9 eV/atom, every force component to 1e-8 eV/Å, every
 * atomic energy (without mean energy and offsets) to 1e-9 eV.
 */
class N2p2PotentialReferenceTest {
    private static final double ENERGY_PER_ATOM_TOLERANCE = 1e-9; // eV/atom
    private static final double FORCE_TOLERANCE = 1e-8; // eV/Å
    private static final double ATOM_ENERGY_TOLERANCE = 1e-9; // eV

    static Path dataFolder() {
        return Requirements.n2p2Data("the n2p2 potential tests");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"H2O_RPBE-D3, ., BOHR_HARTREE", "H2O_RPBE-D3, single, BOHR_HARTREE", "Cu2S_PBE, ., ANGSTROM_EV",
            "Cu2S_PBE, single, ANGSTROM_EV", "DMABN_SCAN, ., BOHR_HARTREE"})
    void energiesForcesAndAtomicEnergiesMatchN2p2(String system, String subfolder, String unitName) throws IOException {
        Path folder = dataFolder().resolve(system);
        Path data = folder.resolve(subfolder);
        N2p2Units units = unitName.equals("ANGSTROM_EV") ? N2p2Units.ANGSTROM_EV : N2p2Units.BOHR_HARTREE;
        NeuralNetworkPotential potential = N2p2PotentialReader.read(folder, units, 2);
        List<Structure> structures = new ArrayList<>();
        try (N2p2DataReader reader = N2p2DataReader.open(data.resolve("input.data"), units)) {
            while (reader.hasNext()) {
                Frame frame = reader.next();
                structures.add(frame.structure());
            }
        }
        List<double[]> energies = rows(data.resolve("ref_energies.dat"));
        List<double[]> forces = rows(data.resolve("ref_forces.dat"));
        List<double[]> atomEnergies = rows(data.resolve("ref_atomic_energies.dat"));
        assertEquals(structures.size(), energies.size(), "structures in ref_energies.dat");
        double forceUnit = units.forceToEvPerAngstrom();
        double worstEnergy = 0;
        double worstForce = 0;
        double worstAtom = 0;
        int forceRow = 0;
        int atomRow = 0;
        for (int s = 0; s < structures.size(); s++) {
            Structure structure = structures.get(s);
            int n = structure.size();
            assertEquals(n, (int) energies.get(s)[1], "atoms of structure " + (s + 1));
            Result r = potential.evaluate(structure, EnumSet.of(Property.FORCES, Property.ATOM_ENERGIES));
            double expectedEnergy = energies.get(s)[3] * units.energyToEv();
            double deviation = Math.abs(r.energy() - expectedEnergy) / n;
            worstEnergy = Math.max(worstEnergy, deviation);
            assertEquals(expectedEnergy / n, r.energy() / n, ENERGY_PER_ATOM_TOLERANCE, "energy per atom of structure " + (s + 1));
            for (int i = 0; i < n; i++) {
                double[] f = forces.get(forceRow++);
                assertEquals(s + 1, (int) f[0], "ref_forces.dat row order");
                for (int c = 0; c < 3; c++) {
                    double expected = f[3 + c] * forceUnit;
                    worstForce = Math.max(worstForce, Math.abs(r.forces()[3 * i + c] - expected));
                    assertEquals(expected, r.forces()[3 * i + c], FORCE_TOLERANCE,
                            "force " + "xyz".charAt(c) + " on atom " + (i + 1) + " of structure " + (s + 1));
                }
                double[] a = atomEnergies.get(atomRow++);
                assertEquals(s + 1, (int) a[0], "ref_atomic_energies.dat row order");
                double expected = a[4] * units.energyToEv();
                double actual = r.atomEnergies()[i] - potential.normalization().constantEv(structure.species(i));
                worstAtom = Math.max(worstAtom, Math.abs(actual - expected));
                assertEquals(expected, actual, ATOM_ENERGY_TOLERANCE, "atomic energy of atom " + (i + 1) + " of structure " + (s + 1));
            }
        }
        assertEquals(forces.size(), forceRow, "rows of ref_forces.dat");
        System.out.printf("n2p2 %s/%s, %d structures: worst |dE|/N %.3g eV/atom, |dF| %.3g eV/A, |dE_atom| %.3g eV%n",
                system, subfolder, structures.size(), worstEnergy, worstForce, worstAtom);
    }

    /** The numeric columns of every non-comment line; the element column (a symbol) becomes NaN. */
    private static List<double[]> rows(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            double[] row = new double[f.length];
            for (int k = 0; k < f.length; k++) {
                row[k] = Character.isLetter(f[k].charAt(0)) ? Double.NaN : Double.parseDouble(f[k]);
            }
            rows.add(row);
        }
        return rows;
    }
}
