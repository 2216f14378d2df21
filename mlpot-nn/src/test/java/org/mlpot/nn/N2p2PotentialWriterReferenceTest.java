package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.io.N2p2DataReader;
import org.mlpot.io.N2p2Units;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.mlpot.testing.Requirements;

/**
 * Export of n2p2's three example potentials (GPL data, read in place, never copied; skipped visibly when
 * absent): read, written in the files' own units, read again gives the same parameters and the same
 * energies, forces and stress to the last bit, and the weights and scaling files come out as n2p2 wrote
 * them. Written in Å and eV instead, the symmetry functions, scaling and networks are still the same
 * doubles; energies agree to 1e-12 eV per atom and forces to 1e-12 eV/Å.
 */
class N2p2PotentialWriterReferenceTest {
    private static final int STRUCTURES = 3;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"H2O_RPBE-D3, BOHR_HARTREE", "Cu2S_PBE, ANGSTROM_EV", "DMABN_SCAN, BOHR_HARTREE"})
    void referencePotentialsRoundTripExactly(String system, String unitName) throws IOException {
        Path source = Requirements.n2p2Data("the n2p2 export round trip").resolve(system);
        N2p2Units units = unitName.equals("ANGSTROM_EV") ? N2p2Units.ANGSTROM_EV : N2p2Units.BOHR_HARTREE;
        NeuralNetworkPotential original = N2p2PotentialReader.read(source, units, 1);
        List<Structure> structures = new ArrayList<>();
        try (N2p2DataReader reader = N2p2DataReader.open(source.resolve("input.data"), units)) {
            while (reader.hasNext() && structures.size() < STRUCTURES) {
                structures.add(reader.next().structure());
            }
        }

        Path own = temp.resolve("own-units");
        N2p2PotentialWriter.write(original, own, units);
        NeuralNetworkPotential again = N2p2PotentialReader.read(own, units, 1);
        N2p2PotentialWriterTest.assertSameParameters(original, again);
        assertEquals(original.normalization(), again.normalization(), "normalisation");
        for (Structure s : structures) {
            N2p2PotentialWriterTest.assertSameResults(original, again, s);
        }
        assertEquals(dataLines(source.resolve("scaling.data")), dataLines(own.resolve("scaling.data")), "scaling.data");
        for (Element e : original.elements()) {
            String weights = String.format("weights.%03d.data", e.atomicNumber());
            assertEquals(dataLines(source.resolve(weights)), dataLines(own.resolve(weights)), weights);
        }

        Path angstrom = temp.resolve("angstrom-ev");
        N2p2PotentialWriter.write(original, angstrom);
        NeuralNetworkPotential converted = N2p2PotentialReader.read(angstrom, N2p2Units.ANGSTROM_EV, 1);
        N2p2PotentialWriterTest.assertSameConvertedParameters(original, converted);
        for (Structure s : structures) {
            N2p2PotentialWriterTest.assertSameConvertedResults(original, converted, s);
        }
    }

    /** The lines that are not comments. */
    private static List<String> dataLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.startsWith("#")).toList();
    }
}
