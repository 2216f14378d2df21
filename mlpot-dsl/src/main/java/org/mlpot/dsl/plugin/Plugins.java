package org.mlpot.dsl.plugin;

import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.multibindings.MapBinderBinding;
import com.google.inject.multibindings.MultibinderBinding;
import com.google.inject.multibindings.MultibindingsTargetVisitor;
import com.google.inject.multibindings.OptionalBinderBinding;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mlpot.plugin.ServiceProviders;

/** Finds the plugins on the class path and checks that plugins do not register the same names. */
public final class Plugins {
    private static final String SHIPPED = "mlpot";
    private static volatile List<MlpotPlugin> discovered;

    private Plugins() {
    }

    /**
     * The plugins that {@code META-INF/services/org.mlpot.dsl.plugin.MlpotPlugin} files on the class
     * path name, in class-path order; looked up once.
     *
     * @throws IllegalStateException when a listed class is missing or cannot be instantiated
     */
    public static List<MlpotPlugin> discovered() {
        List<MlpotPlugin> plugins = discovered;
        if (plugins == null) {
            plugins = ServiceProviders.load(MlpotPlugin.class);
            discovered = plugins;
        }
        return plugins;
    }

    /**
     * Checks that no two modules add the same key to one map binder: that no plugin registers a name
     * the shipped modules or another plugin register.
     *
     * @param shipped the shipped modules, among which duplicates are not looked for
     * @param plugins the plugins' modules, named in messages by {@link MlpotPlugin#name()} (other
     *     modules by their class name)
     * @throws IllegalArgumentException naming both modules and the name when two register it
     */
    public static void checkDistinct(List<? extends Module> shipped, List<? extends Module> plugins) {
        Objects.requireNonNull(shipped, "shipped is null");
        Objects.requireNonNull(plugins, "plugins is null");
        Map<Key<?>, Map<Object, String>> owners = new HashMap<>();
        for (Module module : shipped) {
            register(module, SHIPPED, owners);
        }
        for (Module module : plugins) {
            register(module, nameOf(module), owners);
        }
    }

    /** The name of a plugin in messages. */
    static String nameOf(Module module) {
        return module instanceof MlpotPlugin plugin ? plugin.name() : module.getClass().getName();
    }

    private static void register(Module module, String owner, Map<Key<?>, Map<Object, String>> owners) {
        Objects.requireNonNull(module, "a module is null");
        List<Element> elements = Elements.getElements(module);
        Set<MapBinderBinding<?>> maps = new LinkedHashSet<>();
        for (Element element : elements) {
            if (element instanceof Binding<?> binding) {
                MapBinderBinding<?> map = mapBinding(binding);
                if (map != null) {
                    maps.add(map);
                }
            }
        }
        for (MapBinderBinding<?> map : maps) {
            Map<Object, String> keys = owners.computeIfAbsent(map.getMapKey(), k -> new HashMap<>());
            for (Map.Entry<?, Binding<?>> entry : map.getEntries(elements)) {
                String previous = keys.putIfAbsent(entry.getKey(), owner);
                if (previous != null && !previous.equals(owner)) {
                    String what = kind(map) + " '" + entry.getKey() + "'";
                    throw new IllegalArgumentException(previous.equals(SHIPPED)
                            ? "the plugin " + owner + " registers the " + what + ", which mlpot ships; give it another name"
                            : "the plugins " + previous + " and " + owner + " both register the " + what
                                    + "; put only one of them on the class path (MLPOT_PLUGINS)");
                }
            }
        }
    }

    /** What a map binder's entries are, in words: {@code DescriptorType<?>} gives "descriptor type". */
    private static String kind(MapBinderBinding<?> map) {
        String name = map.getValueTypeLiteral().getRawType().getSimpleName();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }

    private static <T> MapBinderBinding<?> mapBinding(Binding<T> binding) {
        return binding.acceptTargetVisitor(new MapBindings<T>());
    }

    /** Picks out the bindings of map binders. */
    private static final class MapBindings<T> extends DefaultBindingTargetVisitor<T, MapBinderBinding<?>>
            implements MultibindingsTargetVisitor<T, MapBinderBinding<?>> {

        @Override
        public MapBinderBinding<?> visit(MultibinderBinding<? extends T> multibinding) {
            return null;
        }

        @Override
        public MapBinderBinding<?> visit(MapBinderBinding<? extends T> mapbinding) {
            return mapbinding;
        }

        @Override
        public MapBinderBinding<?> visit(OptionalBinderBinding<? extends T> optionalbinding) {
            return null;
        }
    }
}
