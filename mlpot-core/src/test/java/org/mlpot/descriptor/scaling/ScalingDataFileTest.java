package org.mlpot.descriptor.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Element;

/** Reading and writing n2p2's {@code scaling.data} on small hand-made texts. */
class ScalingDataFileTest {

    private static final String HEADER = """
            ################################################################################
            # Symmetry function scaling data.
            ################################################################################
            """;

    private static FeatureStatistics read(String text, List<Element> elements) {
        return ScalingDataFile.read(new StringReader(text), "scaling.data", elements);
    }

    private static String write(FeatureStatistics statistics) {
        StringWriter out = new StringWriter();
        ScalingDataFile.write(out, statistics);
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({
        // values whose C printf("%.16E") output is known (from n2p2's own scaling.data files and glibc)
        "9.1739161189824411E-08, 9.1739161189824411E-08",
        "0.0,                    0.0000000000000000E+00",
        "-0.0,                   -0.0000000000000000E+00",
        "1.0,                    1.0000000000000000E+00",
        "100.0,                  1.0000000000000000E+02",
        "0.1,                    1.0000000000000001E-01",
        "-2.5e-300,              -2.5000000000000000E-300",
        "1.7976931348623157e308, 1.7976931348623157E+308",
        "4.9e-324,               4.9406564584124654E-324",
        "9.99999999999999999e22, 9.9999999999999992E+22",
    })
    void formatsDoublesAsCPrintf(double value, String expected) {
        assertEquals(expected, ScalingDataFile.formatE16(value));
    }

    @Test
    void formattedDoublesReadBackExactly() {
        Random random = new Random(21);
        for (int k = 0; k < 20000; k++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            assertEquals(x, Double.parseDouble(ScalingDataFile.formatE16(x)), 0.0);
        }
    }

    @Test
    void roundTripIsExactAndUsesAtomicNumberOrder() {
        Random random = new Random(22);
        List<Element> order = List.of(Element.C, Element.N, Element.H); // n2p2 order: H C N
        int[] sizes = {3, 1, 2};
        double[][][] t = new double[4][3][];
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < 4; k++) {
                t[k][s] = new double[sizes[s]];
            }
            for (int g = 0; g < sizes[s]; g++) {
                double a = Math.exp(20 * random.nextGaussian());
                double b = a + Math.exp(20 * random.nextGaussian());
                t[0][s][g] = random.nextBoolean() ? a : -b;
                t[1][s][g] = t[0][s][g] < 0 ? -a : b;
                t[2][s][g] = t[0][s][g] + (t[1][s][g] - t[0][s][g]) * random.nextDouble();
                t[3][s][g] = random.nextDouble() / 3;
            }
        }
        FeatureStatistics statistics = FeatureStatistics.of(order, t[0], t[1], t[2], t[3]);
        String text = write(statistics);
        assertEquals(statistics, read(text, order));
        assertEquals(text, write(read(text, order)));
        FeatureStatistics sorted = read(text, List.of(Element.H, Element.C, Element.N));
        assertEquals(2, sorted.size(0));
        assertEquals(3, sorted.size(1));
        assertEquals(statistics.min(2, 1), sorted.min(0, 1), 0.0);
        List<String> data = text.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(6, data.size());
        assertTrue(data.get(0).startsWith("         1          1 "), data.get(0));
        assertTrue(data.get(5).startsWith("         3          1 "), data.get(5));
        assertEquals(10 + 1 + 10 + 4 * 25, data.get(0).length());
        assertTrue(text.startsWith(HEADER), text);
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        String text = HEADER + "  # indented comment\n\n"
                + "1 1 0.5 1.5 1.0 0.25\n"
                + "   1    2   -1e-3  2E+1  3.5 0\t\n"
                + "2 1 0 0 0 0\n";
        FeatureStatistics s = read(text, List.of(Element.O, Element.H));
        assertEquals(List.of(Element.O, Element.H), s.elements());
        assertEquals(1, s.size(0));
        assertEquals(2, s.size(1));
        assertEquals(-1e-3, s.min(1, 1), 0.0);
        assertEquals(20.0, s.max(1, 1), 0.0);
        assertEquals(3.5, s.mean(1, 1), 0.0);
        assertEquals(0.0, s.sigma(0, 0), 0.0);
        assertFalse(s.hasCounts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text (\n as line separator)                       | line | message fragment
        "1 1 0 1 0.5\\n2 1 0 1 0.5 0.1                       | 1 | expected 6 columns",
        "1 1 0 1 0.5 0.1 7\\n2 1 0 1 0.5 0.1                 | 1 | found 7",
        "1 1 0 1 x 0.1\\n2 1 0 1 0.5 0.1                     | 1 | Gmean 'x' (column 5) is not a finite decimal number",
        "1 1 0 1 nan 0.1\\n2 1 0 1 0.5 0.1                   | 1 | Gmean 'nan'",
        "1 1 0 1 1.0d 0.1\\n2 1 0 1 0.5 0.1                  | 1 | Gmean '1.0d'",
        "1 1 0 1 0x1p1 0.1\\n2 1 0 1 0.5 0.1                 | 1 | Gmean '0x1p1'",
        "1 1 0 1e 0.5 0.1\\n2 1 0 1 0.5 0.1                  | 1 | Gmax '1e'",
        "1.0 1 0 1 0.5 0.1\\n2 1 0 1 0.5 0.1                 | 1 | e_index '1.0' (column 1) is not a positive integer",
        "1 -1 0 1 0.5 0.1\\n2 1 0 1 0.5 0.1                  | 1 | sf_index '-1'",
        "1 1 0 1 0.5 0.1\\n3 1 0 1 0.5 0.1                   | 2 | e_index 3 out of range: 2 elements are given ([H, O] by atomic number)",
        "0 1 0 1 0.5 0.1                                     | 1 | e_index 0 out of range",
        "1 1 0 1 0.5 0.1\\n1 3 0 1 0.5 0.1                   | 2 | sf_index 3 of element H (e_index 1): expected 2",
        "1 2 0 1 0.5 0.1                                     | 1 | sf_index 2 of element H (e_index 1): expected 1",
        "2 1 0 1 0.5 0.1\\n1 1 0 1 0.5 0.1                   | 2 | e_index 1 after e_index 2",
        "1 1 2 1 0.5 0.1\\n2 1 0 1 0.5 0.1                   | 1 | Gmin 2.0 is larger than Gmax 1.0",
        "1 1 0 1 0.5 -0.1\\n2 1 0 1 0.5 0.1                  | 1 | Gsigma -0.1 is negative",
        "# only element 1\\n1 1 0 1 0.5 0.1                  | 0 | no lines for element O (e_index 2 of [H, O])",
    })
    void malformedFilesNameFileLineAndProblem(String text, long line, String fragment) {
        String content = text.strip().replace("\\n", "\n") + "\n";
        FormatException e = assertThrows(FormatException.class, () -> read(content, List.of(Element.O, Element.H)));
        assertEquals("scaling.data", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().startsWith(line > 0 ? "scaling.data:" + line + ": " : "scaling.data: "), e.getMessage());
    }

    @Test
    void refusesToWriteStatisticsWithoutValues() {
        FeatureStatistics empty = new FeatureStatisticsAccumulator(List.of(Element.H), new int[] {2}).statistics();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(empty));
        assertTrue(e.getMessage().contains("element H"), e.getMessage());
    }
}
