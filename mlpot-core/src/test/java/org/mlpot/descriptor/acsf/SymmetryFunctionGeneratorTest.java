package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Element;

/**
 * The combinations and order of n2p2's sfparamgen: its test writes, for elements S and Cu, cutoff
 * 11.22, (r_s, η) = (1, 4), (2, 5) and ζ = 5.5, 7.5, lines in exactly this order.
 */
class SymmetryFunctionGeneratorTest {
    private static final CutoffShape SHAPE = CutoffShape.of(CutoffType.COS);
    private static final SymmetryFunctionGenerator GENERATOR =
            new SymmetryFunctionGenerator(List.of(Element.S, Element.Cu), 11.22, SHAPE);
    private static final List<RadialGrid.Point> GRID = List.of(new RadialGrid.Point(1, 4), new RadialGrid.Point(2, 5));

    private static List<SymmetryFunction> parse(List<String> lines) {
        List<SymmetryFunction> functions = new ArrayList<>();
        for (String line : lines) {
            functions.add(SymmetryFunction.parse(line, SHAPE));
        }
        return functions;
    }

    @Test
    void radialPairsEveryCentreWithEveryNeighbour() {
        assertEquals(parse(List.of(
                "symfunction_short S  2 S  4.000E+00 1.000E+00 1.122E+01",
                "symfunction_short S  2 S  5.000E+00 2.000E+00 1.122E+01",
                "symfunction_short S  2 Cu 4.000E+00 1.000E+00 1.122E+01",
                "symfunction_short S  2 Cu 5.000E+00 2.000E+00 1.122E+01",
                "symfunction_short Cu 2 S  4.000E+00 1.000E+00 1.122E+01",
                "symfunction_short Cu 2 S  5.000E+00 2.000E+00 1.122E+01",
                "symfunction_short Cu 2 Cu 4.000E+00 1.000E+00 1.122E+01",
                "symfunction_short Cu 2 Cu 5.000E+00 2.000E+00 1.122E+01")), GENERATOR.radial(GRID));
    }

    @Test
    void angularUsesUnorderedNeighbourPairsThenGridThenZetaThenLambda() {
        List<String> lines = new ArrayList<>();
        for (String centre : List.of("S", "Cu")) {
            for (String pair : List.of("S  S ", "S  Cu", "Cu Cu")) {
                for (String etaRs : List.of("4.000E+00 %s %s 1.122E+01 1.000E+00", "5.000E+00 %s %s 1.122E+01 2.000E+00")) {
                    for (String zeta : List.of("5.500E+00", "7.500E+00")) {
                        for (String lambda : List.of("-1", " 1")) {
                            lines.add("symfunction_short " + centre + " 9 " + pair + " " + String.format(etaRs, lambda, zeta));
                        }
                    }
                }
            }
        }
        assertEquals(parse(lines), GENERATOR.angular(AngularKind.WIDE, GRID, 5.5, 7.5));
        assertEquals(48, GENERATOR.angular(AngularKind.NARROW, GRID, 5.5, 7.5).size());
    }

    @Test
    void weightedFunctionsOncePerCentre() {
        assertEquals(parse(List.of(
                "symfunction_short S  12 4.000E+00 1.000E+00 1.122E+01",
                "symfunction_short S  12 5.000E+00 2.000E+00 1.122E+01",
                "symfunction_short Cu 12 4.000E+00 1.000E+00 1.122E+01",
                "symfunction_short Cu 12 5.000E+00 2.000E+00 1.122E+01")), GENERATOR.weightedRadial(GRID));
        List<SymmetryFunction> angular = GENERATOR.weightedAngular(GRID, 5.5, 7.5);
        assertEquals(16, angular.size());
        assertEquals(SymmetryFunction.parse("symfunction_short S 13 4.0 1.0 -1 5.5 11.22", SHAPE), angular.get(0));
        assertEquals(SymmetryFunction.parse("symfunction_short Cu 13 5.0 2.0 1 7.5 11.22", SHAPE), angular.get(15));
    }

    @Test
    void standardSetHasThirtyFunctionsForOneElement() {
        SymmetryFunctions set = new SymmetryFunctionGenerator(List.of(Element.Si), 6.0, SHAPE).standardSet(10, 5);
        assertEquals(30, set.size(Element.Si));
        assertEquals(6.0, set.cutoff(), 0.0);
    }

    @Test
    void refusesEmptyElementsAndBadCutoffs() {
        assertThrows(IllegalArgumentException.class, () -> new SymmetryFunctionGenerator(List.of(), 6.0, SHAPE));
        assertThrows(IllegalArgumentException.class, () -> new SymmetryFunctionGenerator(List.of(Element.Si), -1, SHAPE));
    }
}
