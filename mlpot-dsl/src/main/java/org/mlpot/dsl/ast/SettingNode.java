package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * {@code key value}. A comma-separated value ({@code zeta 1, 4}) is an unbracketed
 * {@link ListNode}; a single item is that item.
 *
 * @param key the setting key
 * @param value the value
 * @param span from the key to the end of the value
 */
public record SettingNode(IdentifierNode key, ValueNode value, SourceSpan span)
        implements StatementNode {

    /** Checks for nulls. */
    public SettingNode {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(span, "span is null");
    }
}
