package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Element;
import org.mlpot.units.Units;

/** The comment line and the meaning of known keys and columns, as ASE reads them. */
class ExtXyzKeyValuesTest {

    private static Map<String, InfoValue> parse(String line) {
        return ExtXyzKeyValues.parse(line, "t.xyz", 2);
    }

    private static Map<String, InfoValue> map(Object... keyValues) {
        Map<String, InfoValue> m = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            m.put((String) keyValues[k], (InfoValue) keyValues[k + 1]);
        }
        return m;
    }

    @Test
    void parsesValuesByAseRules() {
        Map<String, InfoValue> m = parse(" a=1 b=2.5 c=T d=False e=hello f=\"two words\" g={1 2 3} h='1.0 2' i=[T F true]"
                + " j=1,2,3 k l = 7 m=\"x\\\"y\" n=a=b uid=123 o=nan p=\"-inf 1\" q=\"_JSON [1, 2]\" r=\"_JSON [true,false]\" s=\"\"");
        Map<String, InfoValue> expected = map(
                "a", new InfoValue.Integer(1),
                "b", new InfoValue.Real(2.5),
                "c", new InfoValue.Bool(true),
                "d", new InfoValue.Bool(false),
                "e", new InfoValue.Text("hello"),
                "f", new InfoValue.Text("two words"),
                "g", new InfoValue.Integers(new long[] {1, 2, 3}),
                "h", new InfoValue.Reals(new double[] {1.0, 2.0}),
                "i", new InfoValue.Bools(new boolean[] {true, false, true}),
                "j", new InfoValue.Integers(new long[] {1, 2, 3}),
                "k", new InfoValue.Bool(true),
                "l", new InfoValue.Integer(7),
                "m", new InfoValue.Text("x\"y"),
                "n", new InfoValue.Text("a=b"),
                "uid", new InfoValue.Text("123"),
                "o", new InfoValue.Real(Double.NaN),
                "p", new InfoValue.Reals(new double[] {Double.NEGATIVE_INFINITY, 1.0}),
                "q", new InfoValue.Integers(new long[] {1, 2}),
                "r", new InfoValue.Bools(new boolean[] {true, false}),
                "s", new InfoValue.Integers(new long[0]));
        assertEquals(expected, m);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(m.keySet()));
    }

    @Test
    void plainXyzCommentBecomesFlagsAsInAse() {
        assertEquals(map("water", new InfoValue.Bool(true), "molecule", new InfoValue.Bool(true)), parse("water molecule"));
        assertEquals(Map.of(), parse("   "));
        // ASE reads "frame frame 1" as {'frame': True, '1': True}: a word repeated is one flag
        assertEquals(map("frame", new InfoValue.Bool(true), "1", new InfoValue.Bool(true)), parse("frame frame 1"));
        assertEquals(map("energy", new InfoValue.Real(1.5)), parse("energy=1.5 energy=1.50"));
    }

    @Test
    void quotedKeysAndEscapes() {
        assertEquals(map("my key", new InfoValue.Text("a\\b"), "x", new InfoValue.Text("{y}")),
                parse("\"my key\"=\"a\\\\b\" x=\\{y\\}"));
    }

    @Test
    void writtenValuesParseBackUnchanged() {
        for (String text : new String[] {"plain", "two words", "q\"uote", "back\\slash", "it's", "{b}", "[c]", "a=b", "tab\there", "ünï"}) {
            String line = "k=" + ExtXyzKeyValues.quote(text, "value") + " z=1";
            assertEquals(map("k", new InfoValue.Text(text), "z", new InfoValue.Integer(1)), parse(line), line);
        }
        for (InfoValue v : new InfoValue[] {new InfoValue.Real(0.1), new InfoValue.Real(-1e-300), new InfoValue.Real(Double.POSITIVE_INFINITY),
            new InfoValue.Reals(new double[] {1.0, 2.0}), new InfoValue.Integers(new long[] {Long.MIN_VALUE, 0}),
            new InfoValue.Bools(new boolean[] {false, true}), new InfoValue.Integer(-3), new InfoValue.Bool(false)}) {
            assertEquals(map("k", v), parse("k=" + ExtXyzKeyValues.format(v, "k")));
        }
    }

    private static Frame one(String text) {
        return ExtXyzTestFrames.readAll(text, "t.xyz").get(0);
    }

    @Test
    void defaultsFollowAse() {
        Frame withLattice = one("1\nLattice=\"3 0 0 0 3 0 0 0 3\"\nSi 0 0 0\n");
        assertArrayEquals(new boolean[] {true, true, true}, withLattice.structure().cell().pbc(), "pbc defaults to T T T with a Lattice");
        Frame single = one("1\nLattice=\"3 0 0 0 3 0 0 0 3\" pbc=F\nSi 0 0 0\n");
        assertArrayEquals(new boolean[] {false, false, false}, single.structure().cell().pbc(), "a single flag sets all axes");
        Frame molecule = one("1\n\nsi 0 0 0\n");
        assertEquals(Element.Si, molecule.structure().species(0), "symbols are capitalised as ASE does");
        assertEquals(false, molecule.structure().cell().hasVectors());
    }

    @Test
    void stressFromVoigtOrVirial() {
        Frame voigt = one("1\nLattice=\"2 0 0 0 2 0 0 0 2\" stress=\"1 2 3 4 5 6\"\nSi 0 0 0\n");
        assertEquals(new Stress(1, 2, 3, 4, 5, 6), voigt.labels().stress().orElseThrow());
        Frame virial = one("1\nLattice=\"2 0 0 0 2 0 0 0 2\" virial=\"8 0 0 0 16 4 0 4 24\"\nSi 0 0 0\n");
        assertEquals(new Stress(-1, -2, -3, -0.5, -0.0, -0.0), virial.labels().stress().orElseThrow(), "stress = -virial / V, V = 8 Å³");
        Frame both = one("1\nLattice=\"2 0 0 0 2 0 0 0 2\" stress=\"-1 -2 -3 0 0 0\" virial=\"8 16 24 0 0 0\"\nSi 0 0 0\n");
        assertEquals(new Stress(-1, -2, -3, 0, 0, 0), both.labels().stress().orElseThrow());
    }

    @Test
    void knownColumnsAndAliases() {
        Frame f = one("2\nProperties=Z:I:1:pos:R:3:force:R:3:masses:R:1:momenta:R:3:velocities:R:3:energies:R:1 energy=nan\n"
                + "1 0 0 0 1 2 3 2.0 0.5 0 0 9 9 9 -0.5\n"
                + "8 1 0 0 nan 0 0 16.0 0 0 1 9 9 9 -1.5\n");
        assertEquals(List.of(Element.H, Element.O), f.structure().speciesList());
        assertEquals(2.0, f.structure().mass(0));
        double[] forces = f.labels().forces().orElseThrow();
        assertEquals(3.0, forces[2]);
        assertEquals(true, Double.isNaN(forces[3]), "NaN labels are kept for the data checks");
        assertEquals(true, Double.isNaN(f.labels().energy().orElseThrow()));
        assertArrayEquals(new double[] {-0.5, -1.5}, f.labels().atomEnergies().orElseThrow());
        double[] v = f.velocities().orElseThrow();
        assertEquals(0.5 / 2.0 / Units.ASE_TIME, v[0], 0.0, "v = p / m / ASE_TIME");
        assertEquals(1.0 / 16.0 / Units.ASE_TIME, v[5], 0.0);
        assertEquals(List.of("velocities"), f.columns().stream().map(c -> c.name()).toList(), "velocities stay a plain column, as in ASE");
    }

    @Test
    void windowsLineEndsAndTrailingBlankLines() {
        List<Frame> frames = ExtXyzTestFrames.readAll("1\r\nenergy=1\r\nH 0 0 0\r\n1\r\n\r\nH 0 0 1\r\n\r\n\n", "t.xyz");
        assertEquals(2, frames.size());
        assertEquals(4, frames.get(1).source().line());
    }
}
