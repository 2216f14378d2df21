package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

/**
 * The plain-text dump that {@code src/test/resources/io/ase/ase_dump.py} prints for what ASE read,
 * made here from mlpot frames, and a comparison of two dumps: numbers must agree bit for bit except
 * momenta, which mlpot stores as velocities (relative tolerance {@link #MOMENTUM_TOLERANCE}).
 */
final class AseDump {
    /** Relative tolerance for momenta, which pass through v = p / m / ASE_TIME and back. */
    static final double MOMENTUM_TOLERANCE = 1e-15;

    private AseDump() {
    }

    /** The dump of frames, in the format of ase_dump.py. */
    static String of(List<Frame> frames) {
        StringBuilder sb = new StringBuilder();
        for (Frame frame : frames) {
            Structure s = frame.structure();
            int n = s.size();
            line(sb, "frame", Integer.toString(n));
            double[] cell = s.cell().hasVectors() ? s.cell().toRowMajor() : new double[9];
            line(sb, "cell", reals(cell));
            line(sb, "pbc", (s.cell().isPeriodic(0) ? "1" : "0") + " " + (s.cell().isPeriodic(1) ? "1" : "0") + " "
                    + (s.cell().isPeriodic(2) ? "1" : "0"));
            StringBuilder numbers = new StringBuilder();
            for (int i = 0; i < n; i++) {
                numbers.append(i == 0 ? "" : " ").append(s.species(i).atomicNumber());
            }
            line(sb, "numbers", numbers.toString());
            line(sb, "positions", reals(s.positions()));
            line(sb, "masses", reals(s.masses()));
            frame.velocities().ifPresent(v -> {
                double[] p = new double[v.length];
                for (int k = 0; k < p.length; k++) {
                    p[k] = v[k] * Units.ASE_TIME * s.mass(k / 3);
                }
                line(sb, "momenta", reals(p));
            });
            frame.labels().energy().ifPresent(e -> line(sb, "energy", real(e)));
            frame.labels().freeEnergy().ifPresent(e -> line(sb, "free_energy", real(e)));
            frame.labels().stress().ifPresent(st -> line(sb, "stress", reals(st.toVoigt())));
            frame.labels().forces().ifPresent(f -> line(sb, "forces", reals(f)));
            frame.labels().atomEnergies().ifPresent(e -> line(sb, "energies", reals(e)));
            for (AtomColumn c : frame.columns()) {
                line(sb, "array", hex(c.name()) + " " + column(c));
            }
            for (Map.Entry<String, InfoValue> e : frame.info().entrySet()) {
                line(sb, "info", hex(e.getKey()) + " " + info(e.getValue()));
            }
            sb.append("end\n");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, String values) {
        sb.append(tag).append(values.isEmpty() ? "" : " ").append(values).append('\n');
    }

    private static String column(AtomColumn c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof AtomColumn.Reals r) {
            sb.append("R ").append(c.width()).append(' ').append(reals(r.values()));
        } else if (c instanceof AtomColumn.Integers ints) {
            sb.append("I ").append(c.width());
            for (long v : ints.values()) {
                sb.append(' ').append(v);
            }
        } else if (c instanceof AtomColumn.Bools bools) {
            sb.append("L ").append(c.width());
            for (boolean v : bools.values()) {
                sb.append(' ').append(v ? 1 : 0);
            }
        } else if (c instanceof AtomColumn.Texts texts) {
            sb.append("S ").append(c.width());
            for (String v : texts.values()) {
                sb.append(' ').append(hex(v));
            }
        }
        return sb.toString();
    }

    private static String info(InfoValue value) {
        if (value instanceof InfoValue.Text t) {
            return "S " + hex(t.value());
        } else if (value instanceof InfoValue.Integer i) {
            return "I " + i.value();
        } else if (value instanceof InfoValue.Real r) {
            return "R " + real(r.value());
        } else if (value instanceof InfoValue.Bool b) {
            return "B " + (b.value() ? 1 : 0);
        } else if (value instanceof InfoValue.Integers list) {
            StringBuilder sb = new StringBuilder("IA");
            for (long v : list.values()) {
                sb.append(' ').append(v);
            }
            return sb.toString();
        } else if (value instanceof InfoValue.Reals list) {
            return "RA " + reals(list.values());
        } else if (value instanceof InfoValue.Bools list) {
            StringBuilder sb = new StringBuilder("BA");
            for (boolean v : list.values()) {
                sb.append(' ').append(v ? 1 : 0);
            }
            return sb.toString();
        }
        throw new IllegalArgumentException("unknown info value " + value);
    }

    private static String real(double v) {
        return ExtXyzKeyValues.formatReal(v);
    }

    private static String reals(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            sb.append(k == 0 ? "" : " ").append(real(values[k]));
        }
        return sb.toString();
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts that two dumps agree line by line and value by value. */
    static void assertSame(String expected, String actual, String what) {
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        for (int k = 0; k < Math.min(e.size(), a.size()); k++) {
            String[] et = e.get(k).split(" ");
            String[] at = a.get(k).split(" ");
            String context = what + ", dump line " + (k + 1) + "\n expected: " + abbreviate(e.get(k)) + "\n   actual: " + abbreviate(a.get(k));
            assertEquals(et.length, at.length, "number of values; " + context);
            boolean momenta = et[0].equals("momenta");
            boolean hasText = et[0].equals("array") || et[0].equals("info");
            for (int t = 0; t < et.length; t++) {
                if (et[t].equals(at[t])) {
                    continue;
                }
                Double x = parse(et[t]);
                Double y = parse(at[t]);
                boolean textual = t == 0 || hasText && (t == 1 || et.length > 2 && et[2].equals("S"));
                boolean same = x != null && y != null && !textual && (momenta
                        ? Math.abs(x - y) <= MOMENTUM_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))
                        : Double.compare(x, y) == 0);
                if (!same) {
                    fail("value " + t + " differs: " + et[t] + " vs " + at[t] + "; " + context);
                }
            }
        }
        assertEquals(e.size(), a.size(), what + ": number of dump lines");
    }

    /** The token as a number, or {@code null} when it is not one (hex strings, tags). */
    private static Double parse(String token) {
        char[] c = token.toCharArray();
        try {
            return DecimalParser.parseReal(c, 0, c.length, DecimalParser.Syntax.PYTHON);
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                result.add(l.strip());
            }
        }
        return result;
    }
}
