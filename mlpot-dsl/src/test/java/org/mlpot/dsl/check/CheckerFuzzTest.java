package org.mlpot.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random word-level mutations of the valid checker cases (replace a word by one from a pool of keys,
 * values and units, delete a word, or repeat a line): the compiler must never throw, must answer with
 * a spec or with diagnostics, and a mutant that still compiles must print and compile back to an
 * equal spec.
 */
class CheckerFuzzTest {
    private static final long SEED = 20_261_125L;
    private static final int MUTANTS = 500;
    private static final List<String> POOL = List.of("cutoff", "5", "-1", "0", "2.5", "1e308", "eV", "Å", "1/Å", "meV/atom",
            "Si", "O", "Xx", "Cu", "[1, 2]", "f(1)", "\"s\"", "\"data/tiny.xyz\"", "true", "fit", "network", "kernel",
            "descriptor", "soap", "acsf", "sparse", "grid", "eta", "zeta", "hidden", "imbalzano(shifted, 3)",
            "gastegger(centered, 3, 1, 4)", "exponential(2)", "10%", "150%", ",", "{ }", "elements");

    @Test
    void mutantsNeverThrowAndCompiledMutantsRoundTrip() throws IOException, URISyntaxException {
        Path folder = Path.of(CheckerFuzzTest.class.getResource("/check/valid").toURI());
        List<Path> specs;
        try (Stream<Path> files = Files.list(folder)) {
            specs = files.filter(f -> f.toString().endsWith(".mlpot")).sorted().toList();
        }
        assertFalse(specs.isEmpty(), "no valid specs found");
        Random random = new Random(SEED);
        int compiled = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path spec = specs.get(random.nextInt(specs.size()));
            String mutant = mutate(Files.readString(spec, StandardCharsets.UTF_8), random);
            String name = spec.resolveSibling("mutant.mlpot").toString();
            CompileResult result = SpecCompiler.compile(mutant, name);
            assertTrue(result.spec().isPresent() != result.hasErrors(), "a spec or diagnostics:\n" + mutant);
            if (result.spec().isPresent()) {
                compiled++;
                CompileResult again = SpecCompiler.compile(SpecPrinter.print(result.spec().get()), name);
                assertEquals(result.spec(), again.spec(), () -> "round trip of\n" + mutant + "\n" + again.printDiagnostics());
            } else {
                assertFalse(result.printDiagnostics().isEmpty());
            }
        }
        assertTrue(compiled > MUTANTS / 20 && compiled < MUTANTS - MUTANTS / 20, "compiled " + compiled);
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        int choice = random.nextInt(3);
        if (choice == 0) {
            lines.add(at, lines.get(at));
            return String.join("\n", lines);
        }
        List<String> words = new ArrayList<>(Arrays.asList(lines.get(at).split(" ", -1)));
        int word = random.nextInt(words.size());
        if (choice == 1) {
            words.remove(word);
        } else {
            words.set(word, POOL.get(random.nextInt(POOL.size())));
        }
        lines.set(at, String.join(" ", words));
        return String.join("\n", lines);
    }
}
