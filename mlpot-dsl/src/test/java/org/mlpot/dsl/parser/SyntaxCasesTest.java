package org.mlpot.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpot.dsl.ast.AstPrinter;

/**
 * The syntax cases in {@code src/test/resources/syntax}: each {@code valid/*.mlpot} must parse
 * and print canonically as its {@code .ast} file (and the print must parse to the same print);
 * each {@code invalid/*.mlpot} must give exactly the diagnostics in its {@code .errors} file.
 * Files in subfolders are only included, not cases of their own. File names in the output are
 * relative to the case's folder.
 */
class SyntaxCasesTest {

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        List<Arguments> cases = new ArrayList<>();
        for (String kind : List.of("valid", "invalid")) {
            Path folder = folder(kind);
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(".mlpot"))
                        .sorted()
                        .forEach(file -> cases.add(Arguments.of(kind + "/" + file.getFileName(),
                                file)));
            }
        }
        assertTrue(cases.size() >= 20, "expected the syntax cases on the test classpath");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsExpected(String name, Path file) throws IOException {
        ParseResult result = SpecParser.parse(file);
        String folder = file.getParent().toString() + "/";
        boolean valid = name.startsWith("valid/");
        Path expectedFile = file.resolveSibling(file.getFileName().toString()
                .replaceFirst("\\.mlpot$", valid ? ".ast" : ".errors"));
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (valid) {
            assertFalse(result.hasErrors(), () -> result.printDiagnostics().replace(folder, ""));
            String printed = AstPrinter.print(result.spec().orElseThrow());
            assertEquals(expected, printed);
            ParseResult reparsed = SpecParser.parse(printed, "printed.mlpot");
            assertFalse(reparsed.hasErrors(), reparsed::printDiagnostics);
            assertEquals(AstPrinter.print(result.spec().orElseThrow().model()),
                    AstPrinter.print(reparsed.spec().orElseThrow().model()));
        } else {
            assertTrue(result.hasErrors(), "expected diagnostics");
            assertEquals(expected, result.printDiagnostics().replace(folder, ""));
        }
    }

    private static Path folder(String kind) throws URISyntaxException {
        URL url = SyntaxCasesTest.class.getResource("/syntax/" + kind);
        if (url == null) {
            throw new IllegalStateException("test resources /syntax/" + kind + " not found");
        }
        return Path.of(url.toURI());
    }
}
