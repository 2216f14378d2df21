package org.mlpot.dsl.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link BlockSchema}: a setting's name, the kind of its value, whether it is
 * required, may repeat, or has a default. Settings are also the typed keys of {@link BlockValues}.
 *
 * @param name the key as written in a spec
 * @param kind what its value may be
 * @param occurrence how often it may appear
 * @param defaultValue the value when it is left out (optional settings only)
 * @param <T> what the value reads as
 */
public record Setting<T>(String name, ValueKind<T> kind, Occurrence occurrence, Optional<T> defaultValue) {

    /** How often a setting may appear in its block. */
    public enum Occurrence {
        /** Exactly once. */
        REQUIRED,
        /** At most once. */
        OPTIONAL,
        /** Any number of times. */
        REPEATED,
        /** Once or more. */
        ONE_OR_MORE
    }

    /** Checks for nulls. */
    public Setting {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(occurrence, "occurrence is null");
        Objects.requireNonNull(defaultValue, "defaultValue is null");
    }

    /** A setting that must be given once. */
    public static <T> Setting<T> required(String name, ValueKind<T> kind) {
        return new Setting<>(name, kind, Occurrence.REQUIRED, Optional.empty());
    }

    /** A setting that may be given once, with no default. */
    public static <T> Setting<T> optional(String name, ValueKind<T> kind) {
        return new Setting<>(name, kind, Occurrence.OPTIONAL, Optional.empty());
    }

    /** A setting that may be given once, else {@code value}. */
    public static <T> Setting<T> withDefault(String name, ValueKind<T> kind, T value) {
        return new Setting<>(name, kind, Occurrence.OPTIONAL, Optional.of(value));
    }

    /** A setting given any number of times. */
    public static <T> Setting<T> repeated(String name, ValueKind<T> kind) {
        return new Setting<>(name, kind, Occurrence.REPEATED, Optional.empty());
    }

    /** A setting given once or more. */
    public static <T> Setting<T> oneOrMore(String name, ValueKind<T> kind) {
        return new Setting<>(name, kind, Occurrence.ONE_OR_MORE, Optional.empty());
    }
}
