package org.mlpot.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
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
import org.mlpot.descriptor.Descriptor;
import org.mlpot.spec.ModelSpec;

/**
 * The checker cases in {@code src/test/resources/check}: each {@code valid/*.mlpot} must compile and
 * print canonically as its {@code .spec} file (the cases' folder written as {@code $DIR}), the print
 * must compile back to an equal spec, and the spec's modules must build its descriptor; each
 * {@code invalid/*.mlpot} must give exactly the diagnostics in its {@code .errors} file (file names
 * relative to the case's folder). Files in subfolders are only included. On a mismatch the actual
 * text is also written to {@code target/check-actual/}.
 */
class CheckCasesTest {

    static Stream<Arguments> cases(String kind) throws IOException, URISyntaxException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder(kind))) {
            files.filter(file -> file.getFileName().toString().endsWith(".mlpot")).sorted()
                    .forEach(file -> cases.add(Arguments.of(file.getFileName().toString(), file)));
        }
        return cases.stream();
    }

    static Stream<Arguments> validCases() throws IOException, URISyntaxException {
        return cases("valid");
    }

    static Stream<Arguments> invalidCases() throws IOException, URISyntaxException {
        return cases("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validSpecsPrintCanonicallyAndRoundTrip(String name, Path file) throws IOException {
        CompileResult result = SpecCompiler.compile(file);
        String dir = file.getParent().toAbsolutePath().toString();
        assertFalse(result.hasErrors(), () -> result.printDiagnostics());
        ModelSpec spec = result.spec().orElseThrow();
        String printed = SpecPrinter.print(spec);
        compare(file, ".spec", printed.replace(dir, "$DIR"));
        CompileResult again = SpecCompiler.compile(printed, file.resolveSibling("printed.mlpot").toString());
        assertFalse(again.hasErrors(), again::printDiagnostics);
        assertEquals(spec, again.spec().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validSpecsBuildTheirDescriptorThroughGuice(String name, Path file) {
        ModelSpec spec = SpecCompiler.compile(file).spec().orElseThrow();
        Injector injector = Guice.createInjector(SpecCompiler.modules(spec));
        Descriptor descriptor = injector.getInstance(Descriptor.class);
        assertEquals(spec.cutoff(), descriptor.cutoff(), 1e-12, "cutoff, Å");
        assertEquals(spec.elements().size(), descriptor.elements().size());
        assertTrue(descriptor.elements().containsAll(spec.elements()));
        assertEquals(spec, injector.getInstance(ModelSpec.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidSpecsGiveExactlyTheExpectedDiagnostics(String name, Path file) throws IOException {
        CompileResult result = SpecCompiler.compile(file);
        assertTrue(result.hasErrors(), "expected diagnostics");
        compare(file, ".errors", result.printDiagnostics().replace(file.getParent().toString() + "/", ""));
    }

    private static void compare(Path file, String extension, String actual) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.mlpot$", extension);
        Path expectedFile = file.resolveSibling(base);
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "check-actual", base);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, base);
    }

    private static Path folder(String kind) throws URISyntaxException {
        URL url = CheckCasesTest.class.getResource("/check/" + kind);
        if (url == null) {
            throw new IllegalStateException("test resources /check/" + kind + " not found");
        }
        return Path.of(url.toURI());
    }
}
