package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlpot.structure.Element.H;
import static org.mlpot.structure.Element.O;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.io.FormatException;
import org.mlpot.units.Units;

/** Settings lines: print → parse round trips for every type, n2p2's field order, and errors naming file and line. */
class SettingsLineTest {
    private static final CutoffShape POLY2 = new CutoffShape(CutoffType.POLY2, 0.3);

    private static List<SymmetryFunction> everyType() {
        List<SymmetryFunction> all = new ArrayList<>();
        for (SymmetryFunctions set : List.of(SymmetryFunctionsContractTest.exponentialSet(), SymmetryFunctionsContractTest.compactSet(),
                SymmetryFunctionsContractTest.collinearSensitiveSet(), SymmetryFunctionsContractTest.threeElementSet())) {
            for (var e : set.elements()) {
                all.addAll(set.functions(e));
            }
        }
        return all;
    }

    @Test
    void everyTypePrintsALineThatParsesBackToTheSameFunction() {
        Set<Integer> types = new TreeSet<>();
        List<SymmetryFunction> all = new ArrayList<>(everyType());
        all.add(new ExpRadial(H, O, 0.1 + 0.2, 1.0 / 3.0, Math.PI, POLY2)); // numbers that need all 17 digits
        for (SymmetryFunction f : all) {
            SymmetryFunction back = f instanceof ExpRadial x ? SymmetryFunction.parse(f.settingsLine(), x.cutoff())
                    : f instanceof ExpAngular x ? SymmetryFunction.parse(f.settingsLine(), x.cutoff())
                    : f instanceof ExpRadialWeighted x ? SymmetryFunction.parse(f.settingsLine(), x.cutoff())
                    : f instanceof ExpAngularNarrowWeighted x ? SymmetryFunction.parse(f.settingsLine(), x.cutoff())
                    : SymmetryFunction.parse(f.settingsLine());
            assertEquals(f, back, f.settingsLine());
            types.add(f.type());
        }
        assertEquals(Set.of(2, 3, 9, 12, 13, 20, 21, 22, 23, 24, 25), types);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "symfunction_short O 2 H 0.5 1.5 6.0",
        "symfunction_short O 3 H O 0.5 -1.0 4.0 6.0 0.25",
        "symfunction_short O 9 H H 0.5 1.0 2.5 6.0 0.0",
        "symfunction_short O 12 0.5 1.5 6.0",
        "symfunction_short O 13 0.5 0.25 -1.0 4.0 6.0",
        "symfunction_short O 20 H -6.0 6.0 p2",
        "symfunction_short O 21 H O 1.0 6.0 30.0 150.0 p3a",
        "symfunction_short O 22 H H -6.0 6.0 90.0 270.0 e",
        "symfunction_short O 23 1.0 6.0 p4",
        "symfunction_short O 24 -6.0 6.0 -90.0 90.0 p1",
        "symfunction_short O 25 0.0 6.0 0.0 180.0 p2"})
    void canonicalLinesKeepN2p2sFieldOrder(String line) {
        assertEquals(line, SymmetryFunction.parse(line, POLY2).settingsLine());
    }

    @Test
    void angularNeighboursAreOrderedByAtomicNumberAndRsIsOptional() {
        SymmetryFunction f = SymmetryFunction.parse("symfunction_short H 3 O H 0.2  1.0 1.0  12.00000  # comment", POLY2);
        assertEquals("symfunction_short H 3 H O 0.2 1.0 1.0 12.0 0.0", f.settingsLine());
        assertEquals(new ExpAngular(AngularKind.NARROW, H, H, O, 0.2, 1, 1, 12, 0, POLY2), f);
    }

    @Test
    void lengthsScaleAsN2p2sUnitConversion() {
        SymmetryFunctions d = N2p2SymmetryFunctionReader.read(new StringReader("""
                number_of_elements 2
                elements O H
                cutoff_type 6 0.3
                symfunction_short H 2 O 0.5 1.5 6.0
                symfunction_short O 22 H H 1.0 6.0 30.0 150.0 p2
                """), "bohr.nn", Units.BOHR);
        double b = Units.BOHR;
        assertEquals(List.of(new ExpRadial(H, O, 0.5 / (b * b), 1.5 * b, 6.0 * b, POLY2)), d.functions(H));
        assertEquals(List.of(new CompactAngular(AngularKind.WIDE, O, H, H, 1.0 * b, 6.0 * b, 30.0, 150.0, CompactShape.parse("p2"))), d.functions(O));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "symfunction_short H 2 H 0.1 0.0| 4| expected symfunction_short ec 2 e1 eta rs rc",
        "symfunction_short H 2 H 0.1x 0.0 6.0| 4| eta: '0.1x' is not a finite number",
        "symfunction_short H 2 H NaN 0.0 6.0| 4| eta: 'NaN' is not a finite number",
        "symfunction_short H 7 H 0.1 0.0 6.0| 4| symmetry function type 7 is not supported",
        "symfunction_short H 2 Xx 0.1 0.0 6.0| 4| e1: 'Xx' is not an element symbol",
        "symfunction_short H 2 C 0.1 0.0 6.0| 4| neighbour element C is not in 'elements' [H, O]",
        "symfunction_short C 2 H 0.1 0.0 6.0| 4| centre element C is not in 'elements' [H, O]",
        "symfunction_short H 20 H 0.0 6.0 p5| 4| unknown compact function subtype 'p5'",
        "symfunction_short H 20 H 6.0 6.0 p2| 4| rl must be below rc",
        "symfunction_short H 22 H O 0.0 6.0 -10.0 100.0 p2| 4| must be centred on 0 or 180",
        "symfunction_short H 3 H O 0.1 1.0 -1.0 6.0| 4| zeta must be positive",
        "symfunction_short H 2 H 0.1 0.0 -6.0| 4| rc must be positive",
        "symfunction_short H 12 0.1 0.0 6.0 7.0| 4| expected symfunction_short ec 12 eta rs rc"})
    void malformedLinesAreRefusedWithFileAndLine(String badLine, int line, String message) {
        String text = "number_of_elements 2\nelements H O\ncutoff_type 1\n" + badLine + "\nsymfunction_short O 2 H 0.1 0.0 6.0\n";
        FormatException e = assertThrows(FormatException.class,
                () -> N2p2SymmetryFunctionReader.read(new StringReader(text), "test.nn", 1.0));
        assertEquals("test.nn", e.file());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("test.nn:" + line + ": ") && e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "elements H O/symfunction_short H 2 H 0.1 0.0 6.0| 0| number_of_elements 2",
        "number_of_elements 3/elements H O/cutoff_type 1/symfunction_short H 2 H 0.1 0.0 6.0| 1| number_of_elements is 3",
        "number_of_elements 2/elements H O/symfunction_short H 2 H 0.1 0.0 6.0| 3| needs a cutoff function",
        "number_of_elements 2/elements H O/cutoff_type 9/symfunction_short H 2 H 0.1 0.0 6.0| 3| unknown cutoff type 9",
        "number_of_elements 2/elements H O/cutoff_type 1 1.5/symfunction_short H 2 H 0.1 0.0 6.0| 3| 0 <= alpha < 1",
        "number_of_elements 2/elements H O/cutoff_type 1/cutoff_type 2| 4| 'cutoff_type' appears twice",
        "number_of_elements 2/elements H H| 2| element H is listed twice",
        "number_of_elements 2/elements H O/cutoff_type 1/symfunction_short H 2 H 0.1 0.0 6.0| 0| element O has no symfunction_short lines"})
    void badSetupsAreRefused(String text, int line, String message) { // "/" separates lines
        FormatException e = assertThrows(FormatException.class,
                () -> N2p2SymmetryFunctionReader.read(new StringReader(text.replace("/", "\n")), "test.nn", 1.0));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void unrelatedKeywordsAndCommentsAreIgnoredAndCompactOnlySetupsNeedNoCutoffType() {
        SymmetryFunctions d = N2p2SymmetryFunctionReader.read(new StringReader("""
                # a comment
                global_nodes_short 25 25
                number_of_elements 1   # one
                elements O
                symfunction_short O 20 O -6.0 6.0 p2
                """), "compact.nn", 1.0);
        assertEquals(1, d.size(O));
        assertEquals(6.0, d.cutoff());
    }
}
