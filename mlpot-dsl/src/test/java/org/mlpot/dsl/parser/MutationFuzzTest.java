package org.mlpot.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.mlpot.dsl.ast.AstPrinter;
import org.mlpot.dsl.diag.Diagnostic;

/**
 * Random single-token deletions, insertions and replacements on the valid syntax cases: every
 * mutant must give an AST or diagnostics, quickly, and never throw or print anything (ANTLR's
 * default listeners write to stderr). A mutant that still parses must print canonically and
 * reparse to the same print.
 */
class MutationFuzzTest {

    private static final long SEED = 20_261_125L;
    private static final int MUTANTS = 600;
    /** Generous bound for one mutant of a small spec; a parse takes well under a millisecond. */
    private static final long MAX_NANOS_PER_MUTANT = 2_000_000_000L;
    private static final List<String> POOL = List.of("{", "}", "[", "]", "(", ")", ",", "\"", "#",
            "model", "include \"x.mlpot\"", "1e999", "Å", "1/Å²", "@", "-", "%", "\n", "name",
            "42", "10%", "\"s\"", "true", "\\", "²", "K", "f(", "eV/", "\"unterminated");

    @Test
    void mutantsNeverThrowAndAlwaysAnswer() throws IOException, URISyntaxException {
        List<Path> specs;
        Path folder = Path.of(MutationFuzzTest.class.getResource("/syntax/valid").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            specs = files.filter(file -> file.toString().endsWith(".mlpot")).sorted().toList();
        }
        assertFalse(specs.isEmpty(), "no valid specs found");
        Random random = new Random(SEED);
        int parsed;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            parsed = runMutants(specs, random);
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing may be printed to stderr");
        // both outcomes must occur, or the mutations are not testing much
        assertTrue(parsed > MUTANTS / 20 && parsed < MUTANTS - MUTANTS / 20, "parsed " + parsed);
    }

    private static int runMutants(List<Path> specs, Random random) throws IOException {
        int parsed = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path spec = specs.get(random.nextInt(specs.size()));
            String text = Files.readString(spec, StandardCharsets.UTF_8);
            String mutant = mutate(text, random);
            long start = System.nanoTime();
            ParseResult result = SpecParser.parse(mutant, spec.toString());
            String printed = result.printDiagnostics();
            long nanos = System.nanoTime() - start;
            String context = "mutant " + i + " of " + spec.getFileName() + ":\n" + mutant;
            assertTrue(nanos < MAX_NANOS_PER_MUTANT, () -> "too slow: " + context);
            if (result.spec().isPresent()) {
                parsed++;
                String canonical = AstPrinter.print(result.spec().get());
                ParseResult again = SpecParser.parse(canonical, "printed.mlpot");
                assertTrue(again.spec().isPresent(), () -> again.printDiagnostics() + context);
                assertEquals(AstPrinter.print(result.spec().get().model()),
                        AstPrinter.print(again.spec().get().model()), context);
            } else {
                for (Diagnostic diagnostic : result.diagnostics()) {
                    assertTrue(printed.contains(diagnostic.header()), context);
                }
            }
        }
        return parsed;
    }

    /** Deletes, inserts before or replaces one random token of {@code text}. */
    private static String mutate(String text, Random random) {
        MlpotSpecLexer lexer = new MlpotSpecLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        Token token = tokens.get(random.nextInt(tokens.size()));
        // token indices count code points; convert to char offsets
        int start = text.offsetByCodePoints(0, token.getStartIndex());
        int stop = text.offsetByCodePoints(0, token.getStopIndex() + 1);
        String insert = POOL.get(random.nextInt(POOL.size()));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, start) + text.substring(stop);
            case 1 -> text.substring(0, start) + insert + " " + text.substring(start);
            default -> text.substring(0, start) + insert + text.substring(stop);
        };
    }
}
