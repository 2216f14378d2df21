package org.mlpot.dsl.check;

import java.util.Objects;

/**
 * A block nested in another block's schema, such as {@code radial { ... }} in {@code descriptor acsf}.
 *
 * @param name the key as written
 * @param schema what the nested block may contain
 * @param repeatable whether it may appear more than once
 * @param label whether it takes a label ({@code config_type NAME { ... }})
 */
public record SubBlock(String name, BlockSchema schema, boolean repeatable, Label label) {

    /** Whether a block takes a label after its key. */
    public enum Label {
        /** No label allowed. */
        NONE,
        /** A label is needed. */
        REQUIRED
    }

    /** Checks for nulls. */
    public SubBlock {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(schema, "schema is null");
        Objects.requireNonNull(label, "label is null");
    }
}
