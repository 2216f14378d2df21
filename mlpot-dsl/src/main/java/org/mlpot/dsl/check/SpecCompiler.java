package org.mlpot.dsl.check;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.compile.DescriptorBuilder;
import org.mlpot.dsl.compile.DescriptorTypesModule;
import org.mlpot.dsl.parser.ParseResult;
import org.mlpot.dsl.parser.SpecParser;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.ModelSpec;

/**
 * The front door of the language: text → {@link SpecParser} → {@link SpecChecker} → {@link ModelSpec},
 * and a model spec → Guice modules.
 */
public final class SpecCompiler {
    private static final SpecChecker SHIPPED = Guice.createInjector(new SpecTypesModule()).getInstance(SpecChecker.class);

    private SpecCompiler() {
    }

    /** Compiles a spec file with the shipped block types; never throws for bad input. */
    public static CompileResult compile(Path file) {
        Objects.requireNonNull(file, "file is null");
        return check(SpecParser.parse(file), SHIPPED);
    }

    /**
     * Compiles spec text with the shipped block types. {@code fileName} names it in diagnostics; includes
     * and data files are resolved against its folder (relative to the working directory).
     */
    public static CompileResult compile(String text, String fileName) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(fileName, "fileName is null");
        return check(SpecParser.parse(text, fileName), SHIPPED);
    }

    /** Compiles a spec file with the block types a given checker knows. */
    public static CompileResult compile(Path file, SpecChecker checker) {
        Objects.requireNonNull(file, "file is null");
        return check(SpecParser.parse(file), Objects.requireNonNull(checker, "checker is null"));
    }

    /**
     * The Guice modules a model spec makes: the spec itself bound as {@link ModelSpec}, the shipped
     * descriptor factories, and the model's {@link Descriptor} (its descriptors built through
     * {@link DescriptorBuilder}, concatenated in order when there are several). A pure function.
     */
    public static List<Module> modules(ModelSpec spec) {
        Objects.requireNonNull(spec, "spec is null");
        List<Module> modules = new ArrayList<>();
        modules.add(new DescriptorTypesModule());
        modules.add(new ModelModule(spec));
        return List.copyOf(modules);
    }

    private static CompileResult check(ParseResult parsed, SpecChecker checker) {
        if (parsed.spec().isEmpty()) {
            return new CompileResult(Optional.empty(), parsed.diagnostics(), parsed.sources());
        }
        CheckResult checked = checker.check(parsed.spec().get());
        return new CompileResult(checked.spec(), checked.diagnostics(), parsed.sources());
    }

    /** Binds one model spec and provides its descriptor. */
    private static final class ModelModule extends AbstractModule {
        private final ModelSpec spec;

        ModelModule(ModelSpec spec) {
            this.spec = spec;
        }

        @Override
        protected void configure() {
            bind(ModelSpec.class).toInstance(spec);
        }

        @Provides
        @Singleton
        Descriptor descriptor(ModelSpec model, DescriptorBuilder builder) {
            List<Descriptor> parts = new ArrayList<>();
            for (DescriptorSpec d : model.descriptors()) {
                parts.add(builder.build(d));
            }
            return parts.size() == 1 ? parts.get(0) : new ConcatenatedDescriptor(parts);
        }
    }
}
