package org.mlpot.dsl.check;

import com.google.inject.Module;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mlpot.spec.ArchitectureSpec;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.spec.Schedule;
import org.mlpot.spec.SumKernelSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;

/**
 * Prints a {@link ModelSpec} as canonical {@code .mlpot} text: every setting written out (defaults too),
 * quantities in mlpot's units (eV, Å), generated symmetry functions as explicit {@code symfunction}
 * lines, data files as absolute paths, a sum of kernels as one {@code kernel} block per term. Checking
 * the text gives back an equal spec.
 */
public final class SpecPrinter {
    private final Map<String, DescriptorType<?>> descriptors;
    private final Map<String, ArchitectureType<?>> architectures;
    private final Map<String, KernelType<?>> kernels;

    /** A printer over the registered block types. */
    @Inject
    public SpecPrinter(Map<String, DescriptorType<?>> descriptors, Map<String, ArchitectureType<?>> architectures,
            Map<String, KernelType<?>> kernels) {
        this.descriptors = Map.copyOf(descriptors);
        this.architectures = Map.copyOf(architectures);
        this.kernels = Map.copyOf(kernels);
    }

    /**
     * The canonical text of a spec whose blocks are of the shipped types (see {@link SpecTypesModule})
     * or of the plugins on the class path.
     *
     * @throws IllegalArgumentException when a part has no registered type, or an acsf descriptor mixes
     *     cutoff functions
     * @throws IllegalStateException when a plugin cannot be loaded or two register the same name
     */
    public static String print(ModelSpec spec) {
        return SpecCompiler.discoveredTypes().getInstance(SpecPrinter.class).write(spec);
    }

    /**
     * The canonical text of a spec whose blocks are of the shipped types or of the given plugins' (not
     * those on the class path).
     *
     * @param plugins Guice modules adding block types (usually {@link org.mlpot.dsl.plugin.MlpotPlugin}s)
     * @throws IllegalArgumentException when a part has no registered type, an acsf descriptor mixes
     *     cutoff functions, or two plugins register the same name
     */
    public static String print(ModelSpec spec, List<? extends Module> plugins) {
        return SpecCompiler.types(plugins).getInstance(SpecPrinter.class).write(spec);
    }

    /** The canonical text of a spec, with this printer's block types. */
    public String write(ModelSpec spec) {
        Objects.requireNonNull(spec, "spec is null");
        SpecWriter out = new SpecWriter();
        out.open("model", spec.name());
        List<String> symbols = new ArrayList<>();
        spec.elements().forEach(e -> symbols.add(e.symbol()));
        out.setting(SectionSchemas.ELEMENTS.name(), SpecWriter.list(symbols));
        if (!spec.referenceEnergies().isEmpty()) {
            out.open("reference_energy", null);
            for (Element e : spec.elements()) {
                ReferenceEnergy r = spec.referenceEnergies().get(e);
                if (r != null) {
                    out.setting(e.symbol(), r instanceof ReferenceEnergy.Given g ? SpecWriter.quantity(g.energy(), "eV")
                            : r instanceof ReferenceEnergy.Fitted ? "fit" : "isolated_atoms");
                }
            }
            out.close();
        }
        for (DescriptorSpec d : spec.descriptors()) {
            printDescriptor(type(descriptors, d.type()), d, out);
        }
        spec.architecture().ifPresent(a -> printArchitecture(type(architectures, a.type()), a, out));
        spec.kernel().ifPresent(k -> {
            for (KernelSpec term : k instanceof SumKernelSpec sum ? sum.terms() : List.of(k)) {
                printKernel(type(kernels, term.type()), term, out);
            }
        });
        spec.sparse().ifPresent(s -> {
            out.open("sparse", null);
            out.setting(SectionSchemas.POINTS.name(), SpecWriter.integer(s.points()));
            out.setting(SectionSchemas.SELECTION.name(), s.selection().name().toLowerCase(Locale.ROOT));
            out.close();
        });
        spec.noise().ifPresent(n -> printNoise(n, out));
        spec.training().ifPresent(t -> printTraining(t, out));
        spec.baseline().ifPresent(b -> out.setting(SectionSchemas.BASELINE.name(), SpecWriter.string(b)));
        out.setting(SectionSchemas.COMMITTEE.name(), SpecWriter.integer(spec.committee()));
        out.close();
        return out.text();
    }

    private static void printNoise(NoiseSpec noise, SpecWriter out) {
        out.open("noise", null);
        noiseLevels(noise, out);
        out.setting(SectionSchemas.NOISE_OPTIMIZE.name(), Boolean.toString(noise.optimize()));
        noise.perConfigType().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            out.open(SectionSchemas.CONFIG_TYPE.name(), e.getKey());
            noiseLevels(e.getValue(), out);
            out.close();
        });
        out.close();
    }

    private static void noiseLevels(NoiseSpec noise, SpecWriter out) {
        out.setting(SectionSchemas.NOISE_ENERGY.name(), SpecWriter.quantity(noise.energyPerAtom(), "eV/atom"));
        out.setting(SectionSchemas.NOISE_FORCES.name(), SpecWriter.quantity(noise.force(), "eV/Å"));
        out.setting(SectionSchemas.NOISE_STRESS.name(), SpecWriter.quantity(noise.stress(), "eV/Å³"));
    }

    private static void printTraining(TrainingSpec t, SpecWriter out) {
        out.open("train", null);
        for (Path p : t.data()) {
            out.setting(SectionSchemas.DATA.name(), SpecWriter.string(p.toString()));
        }
        out.setting(SectionSchemas.VALIDATION.name(), SpecWriter.number(t.validationFraction()));
        out.setting(SectionSchemas.TEST.name(), SpecWriter.number(t.testFraction()));
        out.setting(SectionSchemas.SEED.name(), SpecWriter.integer(t.seed()));
        out.open(SectionSchemas.LOSS.name(), null);
        out.setting(SectionSchemas.LOSS_ENERGY.name(), SpecWriter.number(t.loss().energy()));
        out.setting(SectionSchemas.LOSS_FORCES.name(), SpecWriter.number(t.loss().forces()));
        out.setting(SectionSchemas.LOSS_STRESS.name(), SpecWriter.number(t.loss().stress()));
        out.close();
        out.setting(SectionSchemas.OPTIMIZER.name(), SectionSchemas.optimizerName(t.optimizer()));
        if (t.optimizer() instanceof Optimizer.Adam adam) {
            out.setting(SectionSchemas.LEARNING_RATE.name(), SpecWriter.number(adam.learningRate()));
            out.setting(SectionSchemas.BETA1.name(), SpecWriter.number(adam.beta1()));
            out.setting(SectionSchemas.BETA2.name(), SpecWriter.number(adam.beta2()));
            out.setting(SectionSchemas.EPSILON.name(), SpecWriter.number(adam.epsilon()));
        } else if (t.optimizer() instanceof Optimizer.Lbfgs lbfgs) {
            out.setting(SectionSchemas.HISTORY.name(), SpecWriter.integer(lbfgs.history()));
        } else if (t.optimizer() instanceof Optimizer.Kalman kalman) {
            out.setting(SectionSchemas.FORCE_FRACTION.name(), SpecWriter.number(kalman.forceFraction()));
        }
        Schedule s = t.schedule();
        out.setting(SectionSchemas.SCHEDULE.name(), s instanceof Schedule.Exponential e
                ? "exponential(" + SpecWriter.number(e.factor()) + ")"
                : s instanceof Schedule.Step st ? "step(" + SpecWriter.number(st.factor()) + ", " + st.every() + ")"
                : "constant");
        out.setting(SectionSchemas.EPOCHS.name(), SpecWriter.integer(t.epochs()));
        out.setting(SectionSchemas.BATCH.name(), SpecWriter.integer(t.batchSize()));
        if (t.earlyStopping().isPresent()) {
            out.setting(SectionSchemas.EARLY_STOPPING.name(), SpecWriter.integer(t.earlyStopping().getAsInt()));
        }
        out.setting(SectionSchemas.CHECKPOINT_EVERY.name(), SpecWriter.integer(t.checkpointEvery()));
        out.close();
    }

    private static <T> T type(Map<String, T> types, String name) {
        T type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no type '" + name + "' is registered to print; known: " + types.keySet());
        }
        return type;
    }

    private static <S extends DescriptorSpec> void printDescriptor(DescriptorType<S> type, DescriptorSpec spec, SpecWriter out) {
        type.print(type.specType().cast(spec), out);
    }

    private static <S extends ArchitectureSpec> void printArchitecture(ArchitectureType<S> type, ArchitectureSpec spec,
            SpecWriter out) {
        type.print(type.specType().cast(spec), out);
    }

    private static <S extends KernelSpec> void printKernel(KernelType<S> type, KernelSpec spec, SpecWriter out) {
        type.print(type.specType().cast(spec), out);
    }
}
