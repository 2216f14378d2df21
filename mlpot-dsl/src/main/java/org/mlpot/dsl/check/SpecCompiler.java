package org.mlpot.dsl.check;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
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
import org.mlpot.dsl.plugin.MlpotPlugin;
import org.mlpot.dsl.plugin.Plugins;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.ModelSpec;

/**
 * The front door of the language: text → {@link SpecParser} → {@link SpecChecker} → {@link ModelSpec},
 * and a model spec → Guice modules. The methods without a list of plugins use the shipped block types
 * and the plugins on the class path ({@link Plugins#discovered()}); those with one use the shipped
 * types and exactly the plugins given.
 */
public final class SpecCompiler {
    private static volatile Injector discoveredTypes;

    private SpecCompiler() {
    }

    /**
     * Compiles a spec file with the shipped block types and the plugins on the class path; never
     * throws for bad input.
     *
     * @throws IllegalStateException when a plugin cannot be loaded or two register the same name
     */
    public static CompileResult compile(Path file) {
        Objects.requireNonNull(file, "file is null");
        return check(SpecParser.parse(file), discoveredTypes().getInstance(SpecChecker.class));
    }

    /**
     * Compiles spec text with the shipped block types and the plugins on the class path.
     * {@code fileName} names it in diagnostics; includes and data files are resolved against its
     * folder (relative to the working directory).
     *
     * @throws IllegalStateException when a plugin cannot be loaded or two register the same name
     */
    public static CompileResult compile(String text, String fileName) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(fileName, "fileName is null");
        return check(SpecParser.parse(text, fileName), discoveredTypes().getInstance(SpecChecker.class));
    }

    /**
     * Compiles a spec file with the shipped block types and the given plugins (not those on the class path).
     *
     * @param plugins Guice modules adding block types (usually {@link MlpotPlugin}s)
     * @throws IllegalArgumentException naming both when two plugins, or a plugin and mlpot, register the same name
     */
    public static CompileResult compile(Path file, List<? extends Module> plugins) {
        Objects.requireNonNull(file, "file is null");
        return check(SpecParser.parse(file), checker(plugins));
    }

    /**
     * Compiles spec text with the shipped block types and the given plugins (not those on the class
     * path); {@code fileName} as in {@link #compile(String, String)}.
     *
     * @param plugins Guice modules adding block types (usually {@link MlpotPlugin}s)
     * @throws IllegalArgumentException naming both when two plugins, or a plugin and mlpot, register the same name
     */
    public static CompileResult compile(String text, String fileName, List<? extends Module> plugins) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(fileName, "fileName is null");
        return check(SpecParser.parse(text, fileName), checker(plugins));
    }

    /** Compiles a spec file with the block types a given checker knows. */
    public static CompileResult compile(Path file, SpecChecker checker) {
        Objects.requireNonNull(file, "file is null");
        return check(SpecParser.parse(file), Objects.requireNonNull(checker, "checker is null"));
    }

    /**
     * The checker of the shipped block types and the given plugins.
     *
     * @param plugins Guice modules adding block types (usually {@link MlpotPlugin}s)
     * @throws IllegalArgumentException naming both when two plugins, or a plugin and mlpot, register the same name
     */
    public static SpecChecker checker(List<? extends Module> plugins) {
        return types(plugins).getInstance(SpecChecker.class);
    }

    /**
     * The Guice modules a model spec makes, with the plugins on the class path: see
     * {@link #modules(ModelSpec, List)}. A pure function of the spec and the class path.
     *
     * @throws IllegalStateException when a plugin cannot be loaded or two register the same name
     */
    public static List<Module> modules(ModelSpec spec) {
        Objects.requireNonNull(spec, "spec is null");
        List<MlpotPlugin> plugins = Plugins.discovered();
        try {
            return modules(spec, plugins);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The Guice modules a model spec makes: the spec itself bound as {@link ModelSpec}, the shipped
     * descriptor factories, the given plugins, and the model's {@link Descriptor} (its descriptors built
     * through {@link DescriptorBuilder}, concatenated in order when there are several). A pure function.
     *
     * @param plugins Guice modules adding descriptor factories (usually {@link MlpotPlugin}s)
     * @throws IllegalArgumentException naming both when two plugins, or a plugin and mlpot, register the same name
     */
    public static List<Module> modules(ModelSpec spec, List<? extends Module> plugins) {
        Objects.requireNonNull(spec, "spec is null");
        Plugins.checkDistinct(shippedModules(), plugins);
        List<Module> modules = new ArrayList<>();
        modules.add(new DescriptorTypesModule());
        modules.addAll(plugins);
        modules.add(new ModelModule(spec));
        return List.copyOf(modules);
    }

    /** The injector of the shipped block types and the plugins on the class path, built once. */
    static Injector discoveredTypes() {
        Injector injector = discoveredTypes;
        if (injector == null) {
            List<MlpotPlugin> plugins = Plugins.discovered();
            try {
                injector = types(plugins);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            discoveredTypes = injector;
        }
        return injector;
    }

    /** An injector of the shipped block types and {@code plugins}, after checking that they register distinct names. */
    static Injector types(List<? extends Module> plugins) {
        Objects.requireNonNull(plugins, "plugins is null");
        Plugins.checkDistinct(shippedModules(), plugins);
        List<Module> modules = new ArrayList<>();
        modules.add(new SpecTypesModule());
        modules.addAll(plugins);
        return Guice.createInjector(modules);
    }

    /** The modules of the shipped types, to which plugins add. */
    private static List<Module> shippedModules() {
        return List.of(new SpecTypesModule(), new DescriptorTypesModule());
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
