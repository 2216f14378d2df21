package org.mlpot.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads plugins with {@link ServiceLoader}: every class that a {@code META-INF/services/SERVICE} file
 * on the class path names, instantiated through its public no-argument constructor. The command line
 * puts the jars of {@code MLPOT_PLUGINS} on its class path.
 */
public final class ServiceProviders {

    private ServiceProviders() {
    }

    /**
     * A new instance of every provider of {@code service} on the context class loader's class path, in
     * class-path order.
     *
     * @throws IllegalStateException naming the service when a listed class is missing, does not
     *     implement the service or cannot be instantiated
     */
    public static <T> List<T> load(Class<T> service) {
        Objects.requireNonNull(service, "service is null");
        List<T> providers = new ArrayList<>();
        try {
            for (T provider : ServiceLoader.load(service)) {
                providers.add(provider);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a plugin of " + service.getName() + ": " + e.getMessage()
                    + "; check the plugin jars on the class path (MLPOT_PLUGINS) and their META-INF/services/"
                    + service.getName() + " files", e);
        }
        return List.copyOf(providers);
    }
}
