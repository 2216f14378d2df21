package org.mlpot.dsl.check;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.ListNode;
import org.mlpot.dsl.ast.ModelNode;
import org.mlpot.dsl.ast.NameNode;
import org.mlpot.dsl.ast.SettingNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.SpecFileNode;
import org.mlpot.dsl.ast.StatementNode;
import org.mlpot.dsl.ast.ValueNode;
import org.mlpot.dsl.diag.Diagnostic;
import org.mlpot.spec.ArchitectureSpec;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.LossWeights;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.spec.SparseSpec;
import org.mlpot.spec.SumKernelSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;
import org.mlpot.units.Dimension;

/**
 * The semantic checker: turns a parsed spec into a {@link ModelSpec}, checking every block against its
 * schema and the model as a whole (one descriptor or more, a network or a kernel, one kernel for all
 * descriptors or one per descriptor, a GP's sparse points, elements declared before use, no duplicates). Collects every diagnostic; never throws for
 * bad input. Descriptor, architecture and kernel types come from Guice map bindings (see
 * {@link SpecTypesModule}), so the checker knows none of them.
 */
public final class SpecChecker {
    private static final String DESCRIPTOR = "descriptor";
    private static final String KERNEL = "kernel";
    private static final String REFERENCE_ENERGY = "reference_energy";
    private static final ValueKind<ReferenceEnergy> REFERENCE_CHOICE = ValueKinds.choice("reference energy",
            Types.ordered("fit", new ReferenceEnergy.Fitted(), "isolated_atoms", new ReferenceEnergy.IsolatedAtoms()));
    private static final ValueKind<Double> ENERGY = ValueKinds.quantity(Dimension.ENERGY, Types.EV, Range.any());

    private final Map<String, DescriptorType<?>> descriptors;
    private final Map<String, ArchitectureType<?>> architectures;
    private final Map<String, KernelType<?>> kernels;

    /** A checker over the registered block types. */
    @Inject
    public SpecChecker(Map<String, DescriptorType<?>> descriptors, Map<String, ArchitectureType<?>> architectures,
            Map<String, KernelType<?>> kernels) {
        this.descriptors = Map.copyOf(descriptors);
        this.architectures = Map.copyOf(architectures);
        this.kernels = Map.copyOf(kernels);
    }

    /**
     * Checks a parsed spec.
     *
     * @param file the spec, includes resolved; file names are resolved against the folder of the file
     *     they are written in (as its spans name it)
     */
    public CheckResult check(SpecFileNode file) {
        Objects.requireNonNull(file, "file is null");
        CheckContext context = new CheckContext();
        Optional<ModelSpec> spec = checkModel(file.model(), context);
        List<Diagnostic> diagnostics = sorted(context.diagnostics());
        return new CheckResult(diagnostics.isEmpty() ? spec : Optional.empty(), diagnostics);
    }

    private Optional<ModelSpec> checkModel(ModelNode model, CheckContext context) {
        String title = "model " + model.name().name();
        SourceSpan modelAt = model.name().span();
        List<StatementNode> plain = new ArrayList<>();
        List<BlockNode> descriptorBlocks = new ArrayList<>();
        List<BlockNode> kernelBlocks = new ArrayList<>();
        List<BlockNode> referenceBlocks = new ArrayList<>();
        Map<String, List<BlockNode>> architectureBlocks = new LinkedHashMap<>();
        int elementsAt = -1;
        for (int i = 0; i < model.statements().size() && elementsAt < 0; i++) {
            if (model.statements().get(i).key().name().equals(SectionSchemas.ELEMENTS.name())) {
                elementsAt = i;
            }
        }
        for (int i = 0; i < model.statements().size(); i++) {
            StatementNode statement = model.statements().get(i);
            String key = statement.key().name();
            boolean special = key.equals(DESCRIPTOR) || key.equals(KERNEL) || key.equals(REFERENCE_ENERGY)
                    || architectures.containsKey(key);
            if (!special) {
                plain.add(statement);
                continue;
            }
            if (!(statement instanceof BlockNode block)) {
                context.report(CheckMessages.WRONG_FORM.at(statement.key().span(), key, "a block; write '" + key
                        + (key.equals(DESCRIPTOR) || key.equals(KERNEL) ? " TYPE" : "") + " { ... }'"));
                continue;
            }
            boolean usesElements = !key.equals(KERNEL) && (!architectures.containsKey(key) || block.label().isPresent());
            if (usesElements && elementsAt > i) {
                context.report(CheckMessages.ELEMENTS_LATER.at(block.key().span(), key,
                        model.statements().get(elementsAt).key().span().start()));
            }
            if (key.equals(DESCRIPTOR)) {
                descriptorBlocks.add(block);
            } else if (key.equals(KERNEL)) {
                kernelBlocks.add(block);
            } else if (key.equals(REFERENCE_ENERGY)) {
                referenceBlocks.add(block);
            } else {
                architectureBlocks.computeIfAbsent(key, k -> new ArrayList<>()).add(block);
            }
        }
        List<String> otherKeys = new ArrayList<>(List.of(REFERENCE_ENERGY, DESCRIPTOR));
        otherKeys.addAll(new TreeSet<>(architectures.keySet()));
        otherKeys.add(KERNEL);
        BlockValues values = BlockReader.read(title, modelAt, plain, SectionSchemas.MODEL, otherKeys, context);
        declareElements(model, context);

        Map<Element, ReferenceEnergy> references = referenceEnergies(referenceBlocks, context);
        List<DescriptorSpec> descriptorSpecs = new ArrayList<>();
        for (BlockNode block : descriptorBlocks) {
            typeOf(block, DESCRIPTOR, descriptors, context)
                    .flatMap(type -> type.check(block, context)).ifPresent(descriptorSpecs::add);
        }
        if (descriptorBlocks.isEmpty()) {
            context.report(CheckMessages.MISSING.at(modelAt, title, "a 'descriptor TYPE { ... }' block (types: "
                    + String.join(", ", new TreeSet<>(descriptors.keySet())) + ")"));
        }
        Optional<ArchitectureSpec> architecture = architecture(architectureBlocks, context);
        Optional<KernelSpec> kernel = kernel(kernelBlocks, descriptorBlocks.size(), context);
        if (!architectureBlocks.isEmpty() && !kernelBlocks.isEmpty()) {
            BlockNode first = architectureBlocks.values().iterator().next().get(0);
            context.report(CheckMessages.CONFLICT.at(kernelBlocks.get(0).key().span(),
                    "'" + first.key().name() + "' (a neural network)", "'kernel' (a Gaussian process)"));
        }
        if (architectureBlocks.isEmpty() && kernelBlocks.isEmpty()) {
            context.report(CheckMessages.MISSING.at(modelAt, title, "a network ('" + String.join("', '",
                    new TreeSet<>(architectures.keySet())) + " { ... }') or a 'kernel TYPE { ... }' block"));
        }
        List<BlockValues.Nested> sparseBlocks = values.blocks(SectionSchemas.SPARSE_BLOCK);
        if (!kernelBlocks.isEmpty() && sparseBlocks.isEmpty() && architectureBlocks.isEmpty()) {
            context.report(CheckMessages.MISSING.at(kernelBlocks.get(0).key().span(), "a Gaussian-process model",
                    "a 'sparse { points ... }' block"));
        }
        Optional<SparseSpec> sparse = sparseBlocks.stream().findFirst().filter(n -> n.values().complete())
                .map(n -> new SparseSpec(n.values().get(SectionSchemas.POINTS), n.values().get(SectionSchemas.SELECTION)));
        Optional<NoiseSpec> noise = values.blocks(SectionSchemas.NOISE_BLOCK).stream().findFirst()
                .flatMap(n -> noise(n.values(), context));
        Optional<TrainingSpec> training = values.blocks(SectionSchemas.TRAIN_BLOCK).stream().findFirst()
                .flatMap(n -> training(n.values(), context));
        if (context.errorCount() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ModelSpec(model.name().name(), context.elements().orElseThrow(), references,
                    descriptorSpecs, architecture, kernel, sparse, noise, training, values.find(SectionSchemas.BASELINE),
                    values.get(SectionSchemas.COMMITTEE)));
        } catch (IllegalArgumentException e) {
            context.report(CheckMessages.INVALID.at(modelAt, title, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Declares the valid, distinct symbols of the first {@code elements} setting (BlockReader reports the rest). */
    private static void declareElements(ModelNode model, CheckContext context) {
        Optional<StatementNode> statement = model.statements().stream()
                .filter(s -> s.key().name().equals(SectionSchemas.ELEMENTS.name())).findFirst();
        if (statement.isEmpty() || !(statement.get() instanceof SettingNode setting)) {
            return;
        }
        List<ValueNode> items = setting.value() instanceof ListNode list ? list.items() : List.of(setting.value());
        Map<Element, SourceSpan> seen = new HashMap<>();
        List<Element> distinct = new ArrayList<>();
        for (ValueNode item : items) {
            Optional<Element> element = item instanceof NameNode name ? Element.find(name.name()) : Optional.empty();
            if (element.isEmpty()) {
                continue;
            }
            if (seen.containsKey(element.get())) {
                context.report(CheckMessages.DUPLICATE.at(item.span(), element.get().symbol(), seen.get(element.get()).start()));
            } else {
                seen.put(element.get(), item.span());
                distinct.add(element.get());
            }
        }
        context.declareElements(distinct);
    }

    private static Map<Element, ReferenceEnergy> referenceEnergies(List<BlockNode> blocks, CheckContext context) {
        Map<Element, ReferenceEnergy> energies = new LinkedHashMap<>();
        Map<Element, SourceSpan> seen = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            BlockNode block = blocks.get(b);
            if (b > 0) {
                context.report(CheckMessages.DUPLICATE.at(block.key().span(), REFERENCE_ENERGY,
                        blocks.get(0).key().span().start()));
                continue;
            }
            if (!BlockReader.label(block, false, "", context)) {
                continue;
            }
            for (StatementNode statement : block.statements()) {
                if (!(statement instanceof SettingNode setting)) {
                    context.report(CheckMessages.WRONG_FORM.at(statement.key().span(), statement.key().name(),
                            "a block; write 'ELEMENT VALUE' (a value in eV, fit or isolated_atoms)"));
                    continue;
                }
                Optional<Element> element = ValueKinds.element(setting.key().name(), setting.key().span(), true, context);
                Optional<ReferenceEnergy> energy = setting.value() instanceof NameNode
                        ? REFERENCE_CHOICE.read(setting.key().name(), setting.value(), Optional.empty(), context)
                        : ENERGY.read(setting.key().name(), setting.value(), Optional.empty(), context)
                                .map(ReferenceEnergy.Given::new);
                if (element.isEmpty() || energy.isEmpty()) {
                    continue;
                }
                if (seen.containsKey(element.get())) {
                    context.report(CheckMessages.DUPLICATE.at(setting.key().span(), setting.key().name(),
                            seen.get(element.get()).start()));
                    continue;
                }
                seen.put(element.get(), setting.key().span());
                energies.put(element.get(), energy.get());
            }
        }
        return energies;
    }

    private static <T> Optional<T> typeOf(BlockNode block, String key, Map<String, T> types, CheckContext context) {
        TreeSet<String> names = new TreeSet<>(types.keySet());
        if (block.label().isEmpty()) {
            context.report(CheckMessages.LABEL.at(block.key().span(), key, "needs a type: write '" + key + " TYPE { ... }' (types: "
                    + String.join(", ", names) + ")"));
            return Optional.empty();
        }
        String name = block.label().get().name();
        T type = types.get(name);
        if (type == null) {
            context.report(CheckMessages.UNKNOWN_TYPE.at(block.label().get().span(), key, name, String.join(", ", names),
                    Suggestions.hint(name, names)));
            return Optional.empty();
        }
        return Optional.of(type);
    }

    private Optional<ArchitectureSpec> architecture(Map<String, List<BlockNode>> blocks, CheckContext context) {
        Optional<ArchitectureSpec> result = Optional.empty();
        String first = null;
        for (Map.Entry<String, List<BlockNode>> entry : blocks.entrySet()) {
            if (first != null) {
                context.report(CheckMessages.CONFLICT.at(entry.getValue().get(0).key().span(), "'" + first + "'",
                        "'" + entry.getKey() + "'"));
                continue;
            }
            first = entry.getKey();
            result = architectures.get(entry.getKey()).check(entry.getValue(), context).map(ArchitectureSpec.class::cast);
        }
        return result;
    }

    /**
     * The kernel of the {@code kernel} blocks: one block is one kernel over all descriptors, as many
     * blocks as descriptors are one kernel per descriptor (the i-th block with the i-th descriptor,
     * in file order), summed; any other count is an error.
     */
    private Optional<KernelSpec> kernel(List<BlockNode> blocks, int descriptorCount, CheckContext context) {
        List<KernelSpec> terms = new ArrayList<>();
        for (BlockNode block : blocks) {
            typeOf(block, KERNEL, kernels, context).flatMap(type -> type.check(block, context))
                    .map(KernelSpec.class::cast).ifPresent(terms::add);
        }
        if (blocks.size() > 1 && blocks.size() != descriptorCount) {
            BlockNode at = blocks.size() > descriptorCount ? blocks.get(Math.max(descriptorCount, 1)) : blocks.get(0);
            context.report(CheckMessages.KERNEL_COUNT.at(at.key().span(), blocks.size() + " kernel blocks",
                    descriptorCount + (descriptorCount == 1 ? " descriptor" : " descriptors"), descriptorCount));
            return Optional.empty();
        }
        if (terms.size() != blocks.size() || terms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(terms.size() == 1 ? terms.get(0) : new SumKernelSpec(terms));
    }

    private static Optional<NoiseSpec> noise(BlockValues v, CheckContext context) {
        if (!v.complete()) {
            return Optional.empty();
        }
        double energy = v.get(SectionSchemas.NOISE_ENERGY);
        double forces = v.get(SectionSchemas.NOISE_FORCES);
        double stress = v.get(SectionSchemas.NOISE_STRESS);
        Map<String, NoiseSpec> perConfig = new LinkedHashMap<>();
        Map<String, SourceSpan> seen = new HashMap<>();
        for (BlockValues.Nested nested : v.blocks(SectionSchemas.CONFIG_TYPE)) {
            String name = nested.label().orElseThrow().name();
            SourceSpan at = nested.label().get().span();
            if (seen.containsKey(name)) {
                context.report(CheckMessages.DUPLICATE.at(at, "config_type " + name, seen.get(name).start()));
                continue;
            }
            seen.put(name, at);
            BlockValues c = nested.values();
            perConfig.put(name, new NoiseSpec(c.find(SectionSchemas.CONFIG_ENERGY).orElse(energy),
                    c.find(SectionSchemas.CONFIG_FORCES).orElse(forces), c.find(SectionSchemas.CONFIG_STRESS).orElse(stress),
                    Map.of()));
        }
        return Optional.of(new NoiseSpec(energy, forces, stress, perConfig, v.get(SectionSchemas.NOISE_OPTIMIZE)));
    }

    private static Optional<TrainingSpec> training(BlockValues v, CheckContext context) {
        if (!v.complete()) {
            return Optional.empty();
        }
        LossWeights loss;
        Optional<BlockValues.Nested> lossBlock = v.blocks(SectionSchemas.LOSS).stream().findFirst();
        try {
            loss = lossBlock.map(n -> new LossWeights(n.values().get(SectionSchemas.LOSS_ENERGY),
                    n.values().get(SectionSchemas.LOSS_FORCES), n.values().get(SectionSchemas.LOSS_STRESS)))
                    .orElse(new LossWeights(1.0, 1.0, 0.0));
        } catch (IllegalArgumentException e) {
            context.report(CheckMessages.INVALID.at(lossBlock.orElseThrow().values().span(), "loss", e.getMessage()));
            return Optional.empty();
        }
        Optimizer optimizer = switch (v.get(SectionSchemas.OPTIMIZER)) {
            case ADAM -> new Optimizer.Adam(v.get(SectionSchemas.LEARNING_RATE), v.get(SectionSchemas.BETA1),
                    v.get(SectionSchemas.BETA2), v.get(SectionSchemas.EPSILON));
            case LBFGS -> new Optimizer.Lbfgs(v.get(SectionSchemas.HISTORY));
            case KALMAN -> new Optimizer.Kalman(v.get(SectionSchemas.FORCE_FRACTION));
        };
        OptionalInt earlyStopping = v.find(SectionSchemas.EARLY_STOPPING).map(OptionalInt::of).orElse(OptionalInt.empty());
        try {
            return Optional.of(new TrainingSpec(v.all(SectionSchemas.DATA), v.get(SectionSchemas.VALIDATION),
                    v.get(SectionSchemas.TEST), v.get(SectionSchemas.SEED), loss, optimizer, v.get(SectionSchemas.SCHEDULE),
                    v.get(SectionSchemas.EPOCHS), v.get(SectionSchemas.BATCH), earlyStopping,
                    v.get(SectionSchemas.CHECKPOINT_EVERY)));
        } catch (IllegalArgumentException e) {
            context.report(CheckMessages.INVALID.at(v.span(), "train", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Sorts by file (in order of first appearance), then by position; stable. */
    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            fileOrder.putIfAbsent(d.span().file(), fileOrder.size());
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt((Diagnostic d) -> fileOrder.get(d.span().file()))
                .thenComparingInt(d -> d.span().line()).thenComparingInt(d -> d.span().column()));
        return sorted;
    }
}
