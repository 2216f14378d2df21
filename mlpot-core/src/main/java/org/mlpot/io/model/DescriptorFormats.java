package org.mlpot.io.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.plugin.ServiceProviders;

/**
 * The descriptor formats a model file knows, by type name and by descriptor class: the shipped
 * {@code acsf} and {@code soap}, and those of plugins. {@code concatenated} is reserved for
 * {@link DescriptorCodec}'s lists of parts. Immutable.
 */
public final class DescriptorFormats {
    /** The type name {@link DescriptorCodec} writes for a concatenated descriptor; no format may take it. */
    static final String CONCATENATED = "concatenated";
    private static final List<DescriptorFormat<?>> SHIPPED = List.of(new AcsfFormat(), new SoapFormat());
    private static volatile DescriptorFormats installed;

    /** Never modified after construction; in registration order. */
    private final Map<String, DescriptorFormat<?>> byType;
    private final Map<Class<?>, DescriptorFormat<?>> byClass;

    private DescriptorFormats(List<? extends DescriptorFormat<?>> plugins) {
        Map<String, DescriptorFormat<?>> types = new LinkedHashMap<>();
        Map<Class<?>, DescriptorFormat<?>> classes = new LinkedHashMap<>();
        List<DescriptorFormat<?>> all = new ArrayList<>(SHIPPED);
        all.addAll(plugins);
        for (DescriptorFormat<?> format : all) {
            Objects.requireNonNull(format, "a format is null");
            String type = Objects.requireNonNull(format.type(), "a format's type is null");
            if (type.equals(CONCATENATED)) {
                throw new IllegalArgumentException("the descriptor format " + format.getClass().getName() + " takes the type name '"
                        + CONCATENATED + "', which model files use for lists of descriptors; give it another name");
            }
            DescriptorFormat<?> sameType = types.putIfAbsent(type, format);
            if (sameType != null) {
                throw new IllegalArgumentException("two model-file formats of descriptor type '" + type + "': "
                        + origin(sameType) + " and " + origin(format) + "; put only one plugin providing it on the class path");
            }
            DescriptorFormat<?> sameClass = classes.putIfAbsent(format.descriptorClass(), format);
            if (sameClass != null) {
                throw new IllegalArgumentException("two model-file formats store " + format.descriptorClass().getName() + ": "
                        + origin(sameClass) + " and " + origin(format) + "; put only one plugin providing it on the class path");
            }
        }
        this.byType = types;
        this.byClass = classes;
    }

    private static String origin(DescriptorFormat<?> format) {
        return format.getClass().getName() + (SHIPPED.contains(format) ? " (shipped with mlpot)" : "");
    }

    /** The shipped formats only. */
    public static DescriptorFormats shipped() {
        return new DescriptorFormats(List.of());
    }

    /**
     * The shipped formats and {@code plugins}.
     *
     * @throws IllegalArgumentException naming both formats when two take the same type name or
     *     descriptor class, or when one takes the name {@code concatenated}
     */
    public static DescriptorFormats withPlugins(List<? extends DescriptorFormat<?>> plugins) {
        Objects.requireNonNull(plugins, "plugins is null");
        return new DescriptorFormats(List.copyOf(plugins));
    }

    /**
     * The shipped formats and those of the plugins on the class path
     * ({@code META-INF/services/org.mlpot.io.model.DescriptorFormat}), looked up once.
     *
     * @throws IllegalStateException when a plugin cannot be loaded, or two formats clash (see {@link #withPlugins})
     */
    public static DescriptorFormats installed() {
        DescriptorFormats formats = installed;
        if (formats == null) {
            try {
                List<DescriptorFormat<?>> plugins = new ArrayList<>();
                for (DescriptorFormat<?> format : ServiceProviders.load(DescriptorFormat.class)) {
                    plugins.add(format);
                }
                formats = withPlugins(plugins);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            installed = formats;
        }
        return formats;
    }

    /** The format that writes and reads {@code type}, if any. */
    public Optional<DescriptorFormat<?>> forType(String type) {
        return Optional.ofNullable(byType.get(Objects.requireNonNull(type, "type is null")));
    }

    /** The format that stores descriptors of exactly this class, if any. */
    public Optional<DescriptorFormat<?>> forClass(Class<? extends Descriptor> descriptorClass) {
        return Optional.ofNullable(byClass.get(Objects.requireNonNull(descriptorClass, "descriptorClass is null")));
    }

    /** The formats, the shipped ones first, then the plugins' in the order given. */
    public List<DescriptorFormat<?>> formats() {
        return List.copyOf(byType.values());
    }
}
