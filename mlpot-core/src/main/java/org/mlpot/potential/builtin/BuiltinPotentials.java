package org.mlpot.potential.builtin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.mlpot.potential.Potential;

/**
 * The reference potentials that ship with mlpot, usable wherever a model is expected under a name
 * such as {@code builtin:sw-si}.
 */
public final class BuiltinPotentials {
    /** Stillinger–Weber silicon, the original 1985 parameters ({@link StillingerWeber#silicon()}). */
    public static final String SW_SI = "builtin:sw-si";
    /** Lennard-Jones argon ({@link LennardJones#argon()}). */
    public static final String LJ_AR = "builtin:lj-ar";

    private static final Map<String, Supplier<Potential>> REGISTRY = Map.of(
            SW_SI, StillingerWeber::silicon,
            LJ_AR, LennardJones::argon);

    private BuiltinPotentials() {
    }

    /** Whether {@code name} has the {@code builtin:} prefix that marks a built-in potential. */
    public static boolean isBuiltinName(String name) {
        return name.startsWith("builtin:");
    }

    /** The built-in potential of that name, if there is one. */
    public static Optional<Potential> find(String name) {
        Supplier<Potential> supplier = REGISTRY.get(name);
        return supplier == null ? Optional.empty() : Optional.of(supplier.get());
    }

    /** The names of all built-in potentials, sorted. */
    public static Set<String> names() {
        return new TreeSet<>(REGISTRY.keySet());
    }
}
