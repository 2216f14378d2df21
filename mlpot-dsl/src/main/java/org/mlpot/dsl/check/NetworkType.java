package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.spec.NetworkSpec;
import org.mlpot.structure.Element;

/**
 * {@code network { ... }} and {@code network El { ... }}: Behler–Parrinello networks; the unlabelled
 * block sets what all elements share, a block labelled with an element overrides its hidden layers,
 * its activation, or both.
 * {@code compute auto|java|nd4j} (shared block only) says where the networks run when evaluated.
 */
public final class NetworkType implements ArchitectureType<NetworkSpec> {
    static final Setting<List<Integer>> HIDDEN = Setting.required("hidden",
            ValueKinds.list(ValueKinds.integer(Range.between(1, 100_000)), 1, 64));
    static final Setting<NetworkSpec.Activation> ACTIVATION = Setting.withDefault("activation",
            ValueKinds.choice("activation", Types.lowerCaseNames(NetworkSpec.Activation.class)), NetworkSpec.Activation.TANH);
    static final Setting<NetworkSpec.Initialization> INIT = Setting.withDefault("init",
            ValueKinds.choice("initialization", Types.lowerCaseNames(NetworkSpec.Initialization.class)),
            NetworkSpec.Initialization.NGUYEN_WIDROW);
    static final Setting<Integer> SEED = Setting.withDefault("seed", ValueKinds.integer(Range.atLeast(0)), 0);
    static final Setting<NetworkSpec.Compute> COMPUTE = Setting.withDefault("compute",
            ValueKinds.choice("compute path", Types.lowerCaseNames(NetworkSpec.Compute.class)), NetworkSpec.Compute.AUTO);
    static final BlockSchema SHARED = BlockSchema.of(HIDDEN, ACTIVATION, INIT, SEED, COMPUTE);
    static final Setting<List<Integer>> HIDDEN_OVERRIDE = Setting.optional("hidden",
            ValueKinds.list(ValueKinds.integer(Range.between(1, 100_000)), 1, 64));
    static final Setting<NetworkSpec.Activation> ACTIVATION_OVERRIDE = Setting.optional("activation",
            ValueKinds.choice("activation", Types.lowerCaseNames(NetworkSpec.Activation.class)));
    static final BlockSchema OVERRIDE = BlockSchema.of(HIDDEN_OVERRIDE, ACTIVATION_OVERRIDE);

    @Override
    public Class<NetworkSpec> specType() {
        return NetworkSpec.class;
    }

    @Override
    public Optional<NetworkSpec> check(List<BlockNode> blocks, CheckContext context) {
        BlockValues shared = null;
        SourceSpan sharedAt = null;
        Map<Element, List<Integer>> perElement = new LinkedHashMap<>();
        Map<Element, NetworkSpec.Activation> activations = new LinkedHashMap<>();
        Map<Element, SourceSpan> seen = new HashMap<>();
        boolean ok = true;
        for (BlockNode block : blocks) {
            if (block.label().isEmpty()) {
                if (sharedAt != null) {
                    context.report(CheckMessages.DUPLICATE.at(block.key().span(), NetworkSpec.TYPE, sharedAt.start()));
                    ok = false;
                    continue;
                }
                sharedAt = block.key().span();
                shared = BlockReader.read(NetworkSpec.TYPE, sharedAt, block.statements(), SHARED, context);
                ok &= shared.complete();
                continue;
            }
            SourceSpan labelAt = block.label().get().span();
            Optional<Element> element = ValueKinds.element(block.label().get().name(), labelAt, true, context);
            BlockValues values = BlockReader.read(NetworkSpec.TYPE + " " + block.label().get().name(), Types.blame(block),
                    block.statements(), OVERRIDE, context);
            if (element.isEmpty() || !values.complete()) {
                ok = false;
                continue;
            }
            if (seen.containsKey(element.get())) {
                context.report(CheckMessages.DUPLICATE.at(labelAt, NetworkSpec.TYPE + " " + element.get().symbol(),
                        seen.get(element.get()).start()));
                ok = false;
                continue;
            }
            seen.put(element.get(), labelAt);
            Optional<List<Integer>> hidden = values.find(HIDDEN_OVERRIDE);
            Optional<NetworkSpec.Activation> activation = values.find(ACTIVATION_OVERRIDE);
            if (hidden.isEmpty() && activation.isEmpty()) {
                context.report(CheckMessages.MISSING.at(labelAt, NetworkSpec.TYPE + " " + element.get().symbol(),
                        "'hidden' or 'activation' (what this element's network does differently)"));
                ok = false;
                continue;
            }
            hidden.ifPresent(h -> perElement.put(element.get(), h));
            activation.ifPresent(a -> activations.put(element.get(), a));
        }
        if (shared == null) {
            context.report(CheckMessages.MISSING.at(blocks.get(0).key().span(), "a network model",
                    "an unlabelled 'network { hidden ... }' block for what all elements share"));
            return Optional.empty();
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new NetworkSpec(shared.get(HIDDEN), perElement, shared.get(ACTIVATION), activations,
                shared.get(INIT), shared.get(SEED), shared.get(COMPUTE)));
    }

    @Override
    public void print(NetworkSpec spec, SpecWriter out) {
        out.open(NetworkSpec.TYPE, null);
        out.setting(HIDDEN.name(), layers(spec.hidden()));
        out.setting(ACTIVATION.name(), spec.activation().name().toLowerCase(Locale.ROOT));
        out.setting(INIT.name(), spec.initialization().name().toLowerCase(Locale.ROOT));
        out.setting(SEED.name(), SpecWriter.integer(spec.seed()));
        if (spec.compute() != NetworkSpec.Compute.AUTO) {
            // printed only when chosen: it picks hardware, not numbers, so specs that leave it out print as before
            out.setting(COMPUTE.name(), spec.compute().name().toLowerCase(Locale.ROOT));
        }
        out.close();
        java.util.TreeSet<Element> elements = new java.util.TreeSet<>(spec.hiddenPerElement().keySet());
        elements.addAll(spec.activationPerElement().keySet());
        for (Element e : elements) {
            out.open(NetworkSpec.TYPE, e.symbol());
            if (spec.hiddenPerElement().containsKey(e)) {
                out.setting(HIDDEN.name(), layers(spec.hiddenPerElement().get(e)));
            }
            if (spec.activationPerElement().containsKey(e)) {
                out.setting(ACTIVATION.name(), spec.activationPerElement().get(e).name().toLowerCase(Locale.ROOT));
            }
            out.close();
        }
    }

    private static String layers(List<Integer> hidden) {
        List<String> items = new ArrayList<>();
        hidden.forEach(n -> items.add(Integer.toString(n)));
        return SpecWriter.list(items);
    }
}
