package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a block may contain: its settings and nested blocks.
 *
 * @param settings the settings, in the order messages list them
 * @param blocks the nested blocks
 */
public record BlockSchema(List<Setting<?>> settings, List<SubBlock> blocks) {

    /** Copies the lists. */
    public BlockSchema {
        settings = List.copyOf(settings);
        blocks = List.copyOf(blocks);
    }

    /** A schema of settings only. */
    public static BlockSchema of(Setting<?>... settings) {
        return new BlockSchema(List.of(settings), List.of());
    }

    /** The setting named {@code name}, if any. */
    public Optional<Setting<?>> setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The nested block named {@code name}, if any. */
    public Optional<SubBlock> block(String name) {
        return blocks.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** Every key: settings, then nested blocks. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        settings.forEach(s -> keys.add(s.name()));
        blocks.forEach(b -> keys.add(b.name()));
        return keys;
    }
}
