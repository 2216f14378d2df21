package org.mlpot.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.dsl.check.SpecPrinter;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;

/** Every example spec compiles, builds its descriptor through Guice, and names data that exist. */
class ExampleSpecsTest {

    static Stream<Path> specs() throws IOException {
        Path examples = Path.of(System.getProperty("mlpot.repo.root", "..")).resolve("examples");
        try (Stream<Path> files = Files.walk(examples)) {
            List<Path> specs = files.filter(p -> p.toString().endsWith(".mlpot")).sorted().toList();
            assertFalse(specs.isEmpty(), "no example specs under " + examples);
            return specs.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void compilesAndBuildsItsDescriptor(Path file) {
        CompileResult result = SpecCompiler.compile(file);
        assertFalse(result.hasErrors(), result::printDiagnostics);
        ModelSpec spec = result.spec().orElseThrow();
        Descriptor descriptor = Guice.createInjector(SpecCompiler.modules(spec)).getInstance(Descriptor.class);
        for (Element e : spec.elements()) {
            assertTrue(descriptor.size(e) > 0);
        }
        for (Path data : spec.training().map(TrainingSpec::data).orElse(List.of())) {
            assertTrue(Files.isRegularFile(data), file + " names missing data " + data);
        }
        CompileResult again = SpecCompiler.compile(SpecPrinter.print(spec), file.toString());
        assertEquals(spec, again.spec().orElseThrow(), "the canonical print compiles back to the same spec");
    }
}
