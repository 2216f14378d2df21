package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.io.N2p2DataReader;
import org.mlpot.io.N2p2Units;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.mlpot.testing.Requirements;

/**
 * Agreement with n2p2 on its three example potentials, read in place (GPL data, never copied) from
 * system property {@code mlpot.n2p2.data}, else {@code <mlpot.repo.root>/../shared/data/n2p2};
 * skipped visibly when absent.
 *
 * <p>Raw symmetry-function values of structure 1 must equal n2p2's {@code ref_symfunc_struct1.dat},
 * printed with {@code %14.10f}: allowed is the printed rounding plus a relative 1e-12,
 * {@code |G − G_n2p2| ≤ 0.5e-10 + 1e-12 |G|} (plus 1e-15 for the decimal-to-binary step). The
 * per-element order must be n2p2's, as listed in {@code n2p2_sf_table.txt}.
 */
class N2p2SymmetryFunctionReferenceTest {

    static Path dataFolder() {
        return Requirements.n2p2Data("the n2p2 symmetry-function tests");
    }

    private static N2p2Units units(String name) {
        return name.equals("Cu2S_PBE") ? N2p2Units.ANGSTROM_EV : N2p2Units.BOHR_HARTREE;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"H2O_RPBE-D3, 192", "Cu2S_PBE, 144", "DMABN_SCAN, 21"})
    void rawValuesOfStructureOneMatchN2p2(String system, int atoms) throws IOException {
        Path folder = dataFolder().resolve(system);
        N2p2Units units = units(system);
        SymmetryFunctions descriptor = N2p2SymmetryFunctionReader.read(folder.resolve("input.nn"), units.lengthToAngstrom());
        Structure structure;
        try (N2p2DataReader reader = N2p2DataReader.open(folder.resolve("input.data"), units)) {
            Frame first = reader.next();
            structure = first.structure();
        }
        assertEquals(atoms, structure.size());
        StructureFeatures features = new FeatureCalculator(descriptor, 2).compute(structure, false);
        List<String> lines = Files.readAllLines(folder.resolve("ref_symfunc_struct1.dat"));
        assertEquals(atoms, Integer.parseInt(lines.get(0).trim()));
        double worst = 0;
        for (int i = 0; i < atoms; i++) {
            String[] fields = lines.get(i + 1).trim().split("\\s+");
            assertEquals(structure.species(i).atomicNumber(), Integer.parseInt(fields[0]), "Z of atom " + i);
            assertEquals(fields.length - 1, features.size(i), "number of features of atom " + i);
            for (int g = 0; g < features.size(i); g++) {
                double expected = Double.parseDouble(fields[g + 1]);
                double actual = features.value(i, g);
                double tolerance = 0.5e-10 + 1e-12 * Math.abs(expected) + 1e-15;
                worst = Math.max(worst, Math.abs(actual - expected) - 1e-12 * Math.abs(expected));
                assertEquals(expected, actual, tolerance, system + ": atom " + i + " (" + structure.species(i).symbol()
                        + "), feature " + (g + 1) + ": " + descriptor.functions(structure.species(i)).get(g).settingsLine());
            }
        }
        System.out.printf("%s: largest |G - G_n2p2| beyond the relative term: %.3g%n", system, worst);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"H2O_RPBE-D3", "Cu2S_PBE", "DMABN_SCAN"})
    void orderPerElementIsN2p2s(String system) throws IOException {
        Path folder = dataFolder().resolve(system);
        N2p2Units units = units(system);
        SymmetryFunctions descriptor = N2p2SymmetryFunctionReader.read(folder.resolve("input.nn"), units.lengthToAngstrom());
        List<String> input = Files.readAllLines(folder.resolve("input.nn"));
        CutoffShape cutoff = new CutoffShape(CutoffType.ofCode(system.equals("H2O_RPBE-D3") ? 2 : 6), 0.0);
        Element element = null;
        List<Integer> lineNumbers = new ArrayList<>();
        int checked = 0;
        for (String row : Files.readAllLines(folder.resolve("n2p2_sf_table.txt"))) {
            String trimmed = row.trim();
            if (trimmed.startsWith("Short range atomic symmetry functions element")) {
                checked += checkElement(descriptor, element, lineNumbers, input, cutoff, units);
                element = Element.of(trimmed.split("\\s+")[6]);
                lineNumbers.clear();
            } else if (element != null && !trimmed.isEmpty() && Character.isDigit(trimmed.charAt(0))) {
                String[] fields = trimmed.split("\\s+");
                assertEquals(lineNumbers.size() + 1, Integer.parseInt(fields[0]), "index column");
                lineNumbers.add(Integer.parseInt(fields[fields.length - 1]));
            }
        }
        checked += checkElement(descriptor, element, lineNumbers, input, cutoff, units);
        assertEquals(descriptor.elements().size(), checked, "elements listed in n2p2_sf_table.txt");
    }

    /** Line n of input.nn, parsed and converted, must be feature n of the element. */
    private static int checkElement(SymmetryFunctions descriptor, Element element, List<Integer> lineNumbers, List<String> input,
                                    CutoffShape cutoff, N2p2Units units) {
        if (element == null) {
            return 0;
        }
        List<SymmetryFunction> functions = descriptor.functions(element);
        assertEquals(lineNumbers.size(), functions.size(), "number of functions of " + element);
        for (int i = 0; i < lineNumbers.size(); i++) {
            String line = input.get(lineNumbers.get(i) - 1);
            SymmetryFunction expected = SymmetryFunction.parse(line, cutoff).withLengthsScaled(units.lengthToAngstrom());
            assertEquals(expected, functions.get(i), element + " feature " + (i + 1) + " should come from line " + lineNumbers.get(i));
        }
        assertTrue(lineNumbers.size() > 0);
        return 1;
    }
}
