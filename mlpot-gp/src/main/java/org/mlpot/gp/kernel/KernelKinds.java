package org.mlpot.gp.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.plugin.ServiceProviders;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.SumKernelSpec;

/**
 * The kernel kinds Gaussian-process models know, by type name and by kernel class: the shipped
 * {@code dot_product} and {@code squared_exponential}, and those of plugins. {@code sum} is reserved for
 * sums of kernels over a descriptor's parts ({@link SumKernel}), which {@link KernelCodec} and the
 * trainer assemble from their terms. Immutable.
 */
public final class KernelKinds {
    private static final List<KernelKind<?, ?>> SHIPPED = List.of(new DotProductKernelKind(),
            new SquaredExponentialKernelKind());
    private static volatile KernelKinds installed;

    /** Never modified after construction; in registration order. */
    private final Map<String, KernelKind<?, ?>> byType;
    private final Map<Class<?>, KernelKind<?, ?>> byClass;

    private KernelKinds(List<? extends KernelKind<?, ?>> plugins) {
        Map<String, KernelKind<?, ?>> types = new LinkedHashMap<>();
        Map<Class<?>, KernelKind<?, ?>> classes = new LinkedHashMap<>();
        List<KernelKind<?, ?>> all = new ArrayList<>(SHIPPED);
        all.addAll(plugins);
        for (KernelKind<?, ?> kind : all) {
            Objects.requireNonNull(kind, "a kernel kind is null");
            String type = Objects.requireNonNull(kind.type(), "a kernel kind's type is null");
            if (type.equals(SumKernelSpec.TYPE)) {
                throw new IllegalArgumentException("the kernel kind " + kind.getClass().getName() + " takes the type name '"
                        + SumKernelSpec.TYPE + "', which stands for sums of kernels; give it another name");
            }
            KernelKind<?, ?> sameType = types.putIfAbsent(type, kind);
            if (sameType != null) {
                throw new IllegalArgumentException("two kernel kinds of type '" + type + "': " + origin(sameType) + " and "
                        + origin(kind) + "; put only one plugin providing it on the class path");
            }
            KernelKind<?, ?> sameClass = classes.putIfAbsent(kind.kernelClass(), kind);
            if (sameClass != null) {
                throw new IllegalArgumentException("two kernel kinds store " + kind.kernelClass().getName() + ": "
                        + origin(sameClass) + " and " + origin(kind) + "; put only one plugin providing it on the class path");
            }
        }
        this.byType = types;
        this.byClass = classes;
    }

    private static String origin(KernelKind<?, ?> kind) {
        return kind.getClass().getName() + (SHIPPED.contains(kind) ? " (shipped with mlpot)" : "");
    }

    /** The shipped kinds only. */
    public static KernelKinds shipped() {
        return new KernelKinds(List.of());
    }

    /**
     * The shipped kinds and {@code plugins}.
     *
     * @throws IllegalArgumentException naming both kinds when two take the same type name or kernel
     *     class, or when one takes the name {@code sum}
     */
    public static KernelKinds withPlugins(List<? extends KernelKind<?, ?>> plugins) {
        Objects.requireNonNull(plugins, "plugins is null");
        return new KernelKinds(List.copyOf(plugins));
    }

    /**
     * The shipped kinds and those of the plugins on the class path
     * ({@code META-INF/services/org.mlpot.gp.kernel.KernelKind}), looked up once.
     *
     * @throws IllegalStateException when a plugin cannot be loaded, or two kinds clash (see {@link #withPlugins})
     */
    public static KernelKinds installed() {
        KernelKinds kinds = installed;
        if (kinds == null) {
            try {
                List<KernelKind<?, ?>> plugins = new ArrayList<>();
                for (KernelKind<?, ?> kind : ServiceProviders.load(KernelKind.class)) {
                    plugins.add(kind);
                }
                kinds = withPlugins(plugins);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            installed = kinds;
        }
        return kinds;
    }

    /** The kind of type name {@code type}, if any. */
    public Optional<KernelKind<?, ?>> forType(String type) {
        return Optional.ofNullable(byType.get(Objects.requireNonNull(type, "type is null")));
    }

    /** The kind that stores kernels of exactly this class, if any. */
    public Optional<KernelKind<?, ?>> forClass(Class<? extends Kernel> kernelClass) {
        return Optional.ofNullable(byClass.get(Objects.requireNonNull(kernelClass, "kernelClass is null")));
    }

    /** The kinds, the shipped ones first, then the plugins' in the order given. */
    public List<KernelKind<?, ?>> kinds() {
        return List.copyOf(byType.values());
    }

    /**
     * The kernel a spec of a single kernel describes.
     *
     * @throws IllegalArgumentException when no kind has the spec's type, the spec is not of the kind's
     *     spec type, or it is a sum (which needs the descriptor's parts; see {@link SumKernel#over})
     */
    public Kernel create(KernelSpec spec) {
        Objects.requireNonNull(spec, "spec is null");
        if (spec instanceof SumKernelSpec) {
            throw new IllegalArgumentException("a sum of kernels acts on the parts of a descriptor: build it with the descriptor");
        }
        KernelKind<?, ?> kind = byType.get(spec.type());
        if (kind == null) {
            List<String> known = new ArrayList<>(byType.keySet());
            throw new IllegalArgumentException("no Gaussian-process kernel for spec type '" + spec.type() + "'; known are "
                    + String.join(", ", known) + " (a plugin's kernel needs its KernelKind on the class path)");
        }
        return createWith(kind, spec);
    }

    private static <S extends KernelSpec> Kernel createWith(KernelKind<S, ?> kind, KernelSpec spec) {
        if (!kind.specType().isInstance(spec)) {
            throw new IllegalArgumentException("the kernel kind " + kind.getClass().getName() + " of type '" + kind.type()
                    + "' reads " + kind.specType().getName() + ", not " + spec.getClass().getName());
        }
        return kind.create(kind.specType().cast(spec));
    }
}
