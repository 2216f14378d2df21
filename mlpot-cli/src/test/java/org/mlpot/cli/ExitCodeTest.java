package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's exit code: 0 when it did what was asked, 2 for refused input (a missing or
 * malformed file, a bad option value, a spec with errors), 1 for a genuine failure (an MD run that
 * becomes unstable, a relaxation that does not converge). Refusals print one line and no stack trace.
 */
class ExitCodeTest {
    @TempDir
    static Path dir;

    static Path good;
    static Path malformed;
    static Path missing;
    static Path spec;
    static Path badSpec;
    static Path notAModel;

    @BeforeAll
    static void files() throws Exception {
        good = CliTest.example("si-diamond-64.xyz");
        malformed = dir.resolve("bad.xyz");
        Files.writeString(malformed, "2\nProperties=species:S:1:pos:R:3\nSi 0 0 0\nSi 1.0 zero 2.0\n");
        missing = dir.resolve("missing.xyz");
        spec = dir.resolve("ok.mlpot");
        Files.writeString(spec, "model si {\n  elements Si\n  descriptor acsf { cutoff 4 Å  radial { grid imbalzano(shifted, 3) } }\n"
                + "  network { hidden 4 }\n  train { data \"bad.xyz\" }\n}\n");
        badSpec = dir.resolve("broken.mlpot");
        Files.writeString(badSpec, "model si {\n  elements Si\n  descriptor acsf { cutof 4 Å }\n  network { hidden 4 }\n}\n");
        notAModel = dir.resolve("not.mlpmodel");
        Files.writeString(notAModel, "hello\n");
    }

    private static String p(Path path) {
        return path.toString();
    }

    private static String out(String name) {
        return dir.resolve(name).toString();
    }

    static Stream<Arguments> refusedInput() {
        List<Arguments> cases = new ArrayList<>();
        String sw = "builtin:sw-si";
        // missing files
        cases.add(Arguments.of("eval, missing data", List.of("eval", "--model", sw, "--data", p(missing))));
        cases.add(Arguments.of("predict, missing input", List.of("predict", "--model", sw, "--in", p(missing), "--out", out("p.xyz"))));
        cases.add(Arguments.of("md, missing start", List.of("md", "--model", sw, "--in", p(missing), "--steps", "1", "--out", out("m.xyz"))));
        cases.add(Arguments.of("minimize, missing start", List.of("minimize", "--model", sw, "--in", p(missing), "--out", out("r.xyz"))));
        cases.add(Arguments.of("features, missing data", List.of("features", "--spec", p(spec), "--data", p(missing), "--out", out("f.csv"))));
        cases.add(Arguments.of("convert, missing input", List.of("convert", p(missing), out("c.data"))));
        cases.add(Arguments.of("validate, missing spec", List.of("validate", out("none.mlpot"))));
        cases.add(Arguments.of("train, missing spec", List.of("train", out("none.mlpot"))));
        cases.add(Arguments.of("info, missing model", List.of("info", out("none.mlpmodel"))));
        cases.add(Arguments.of("eval, missing model", List.of("eval", "--model", out("none.mlpmodel"), "--data", p(good))));
        cases.add(Arguments.of("n2p2 import, missing folder", List.of("n2p2", "import", out("nothing"), "-o", out("i.mlpmodel"))));
        cases.add(Arguments.of("n2p2 export, missing model", List.of("n2p2", "export", out("none.mlpmodel"), out("n2p2"))));
        // malformed files
        cases.add(Arguments.of("eval, malformed data", List.of("eval", "--model", sw, "--data", p(malformed))));
        cases.add(Arguments.of("predict, malformed input", List.of("predict", "--model", sw, "--in", p(malformed), "--out", out("p.xyz"))));
        cases.add(Arguments.of("md, malformed start", List.of("md", "--model", sw, "--in", p(malformed), "--steps", "1", "--out", out("m.xyz"))));
        cases.add(Arguments.of("minimize, malformed start", List.of("minimize", "--model", sw, "--in", p(malformed), "--out", out("r.xyz"))));
        cases.add(Arguments.of("features, malformed data", List.of("features", "--spec", p(spec), "--data", p(malformed), "--out", out("f.csv"))));
        cases.add(Arguments.of("convert, malformed input", List.of("convert", p(malformed), out("c.data"))));
        cases.add(Arguments.of("train, malformed data", List.of("train", p(spec), "-o", out("t.mlpmodel"))));
        cases.add(Arguments.of("info, not a model file", List.of("info", p(notAModel))));
        cases.add(Arguments.of("eval, not a model file", List.of("eval", "--model", p(notAModel), "--data", p(good))));
        cases.add(Arguments.of("n2p2 export, not a model file", List.of("n2p2", "export", p(notAModel), out("n2p2"))));
        // bad specs
        cases.add(Arguments.of("validate, bad spec", List.of("validate", p(badSpec))));
        cases.add(Arguments.of("train, bad spec", List.of("train", p(badSpec))));
        cases.add(Arguments.of("features, bad spec", List.of("features", "--spec", p(badSpec), "--data", p(good), "--out", out("f.csv"))));
        // bad option values
        for (String threads : new String[] {"0", "-2", "many"}) {
            cases.add(Arguments.of("eval --threads " + threads, List.of("eval", "--model", sw, "--data", p(good), "--threads", threads)));
        }
        cases.add(Arguments.of("train --threads 0", List.of("train", p(spec), "--threads", "0")));
        cases.add(Arguments.of("predict --threads 0", List.of("predict", "--model", sw, "--in", p(good), "--out", out("p.xyz"), "--threads", "0")));
        cases.add(Arguments.of("md --threads 0", List.of("md", "--model", sw, "--in", p(good), "--steps", "1", "--threads", "0")));
        cases.add(Arguments.of("minimize --threads 0", List.of("minimize", "--model", sw, "--in", p(good), "--threads", "0")));
        cases.add(Arguments.of("features --threads 0", List.of("features", "--spec", p(spec), "--data", p(good), "--out", out("f.csv"), "--threads", "0")));
        cases.add(Arguments.of("md --steps abc", List.of("md", "--model", sw, "--in", p(good), "--steps", "abc")));
        cases.add(Arguments.of("md --dt 0", List.of("md", "--model", sw, "--in", p(good), "--steps", "1", "--dt", "0", "--out", out("m.xyz"))));
        cases.add(Arguments.of("md --frame 5", List.of("md", "--model", sw, "--in", p(good), "--steps", "1", "--frame", "5", "--out", out("m.xyz"))));
        cases.add(Arguments.of("minimize --fmax -1", List.of("minimize", "--model", sw, "--in", p(good), "--fmax", "-1", "--out", out("r.xyz"))));
        cases.add(Arguments.of("convert --out-format xyz2", List.of("convert", p(good), out("c.data"), "--out-format", "xyz2")));
        cases.add(Arguments.of("eval --log-interval -1", List.of("eval", "--model", sw, "--data", p(good), "--log-interval", "-1")));
        cases.add(Arguments.of("eval, unknown built-in", List.of("eval", "--model", "builtin:nope", "--data", p(good))));
        cases.add(Arguments.of("eval, no --data", List.of("eval", "--model", sw)));
        cases.add(Arguments.of("unknown command", List.of("fly")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInput")
    void refusedInputExitsTwoWithOneClearMessage(String what, List<String> args) {
        CliTest.Run run = CliTest.mlpot(args.toArray(String[]::new));
        assertEquals(ExitCode.BAD_INPUT, run.code(), what + "\nstdout: " + run.out() + "\nstderr: " + run.err());
        assertFalse(run.err().isBlank(), what + ": says why");
        assertFalse(run.err().contains("\tat "), what + ": no stack trace without --debug:\n" + run.err());
        assertEquals("", run.out(), what + ": nothing on stdout");
    }

    @Test
    void threadsBelowOneIsRefusedWithAClearMessage() {
        CliTest.Run run = CliTest.mlpot("eval", "--model", "builtin:sw-si", "--data", p(good), "--threads", "0");
        assertTrue(run.err().contains("--threads") && run.err().contains("at least 1"), run.err());
    }

    static Stream<Arguments> success() {
        String sw = "builtin:sw-si";
        return Stream.of(
                Arguments.of("validate", List.of("validate", p(spec))),
                Arguments.of("eval", List.of("eval", "--model", sw, "--data", p(good), "--threads", "2")),
                Arguments.of("predict", List.of("predict", "--model", sw, "--in", p(good), "--out", out("ok-p.xyz"), "--threads", "1")),
                Arguments.of("md", List.of("md", "--model", sw, "--in", p(good), "--steps", "2", "--out", out("ok-m.xyz"), "--threads", "1")),
                Arguments.of("minimize", List.of("minimize", "--model", sw, "--in", p(good), "--out", out("ok-r.xyz"))),
                Arguments.of("features", List.of("features", "--spec", p(spec), "--data", p(good), "--out", out("ok-f.csv"))),
                Arguments.of("convert", List.of("convert", p(good), out("ok-c.data"))),
                Arguments.of("completion", List.of("completion")),
                Arguments.of("help", List.of("help", "train")),
                Arguments.of("--version", List.of("--version")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("success")
    void successExitsZero(String what, List<String> args) {
        CliTest.Run run = CliTest.mlpot(args.toArray(String[]::new));
        assertEquals(ExitCode.SUCCESS, run.code(), what + "\nstdout: " + run.out() + "\nstderr: " + run.err());
    }

    /**
     * An MD run that becomes unstable (MdState throws IllegalStateException when positions or the
     * energy stop being finite) is a failure, not refused input: exit 1 with the message.
     */
    @Test
    void anMdRunThatBecomesUnstableExitsOne() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = commandLine.parseArgs("md", "--model", "builtin:sw-si", "--in", p(good), "--steps", "5");
        int code = new ErrorReporter().handleExecutionException(
                new IllegalStateException("the simulation became unstable at step 3"), commandLine, parsed);
        assertEquals(ExitCode.FAILURE, code);
        assertEquals("error: the simulation became unstable at step 3", err.toString().strip());
    }

    @Test
    void aRelaxationThatDoesNotConvergeExitsOneAndSaysSo() throws Exception {
        Path hot = dir.resolve("hot.xyz");
        assertEquals(0, CliTest.mlpot("md", "--model", "builtin:sw-si", "--in", p(good), "--steps", "10", "--temperature",
                "800", "--quiet", "--out", p(hot)).code());
        CliTest.Run run = CliTest.mlpot("minimize", "--model", "builtin:sw-si", "--in", p(hot), "--frame", "-1",
                "--max-steps", "2", "--fmax", "1e-6", "--out", out("unrelaxed.xyz"), "--json");
        assertEquals(ExitCode.FAILURE, run.code(), run.err());
        assertTrue(run.out().contains("\"converged\":false"), run.out());
    }
}
