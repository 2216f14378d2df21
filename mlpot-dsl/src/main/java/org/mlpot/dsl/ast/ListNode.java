package org.mlpot.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list: bracketed ({@code [1, 2] Å}, nestable, possibly empty) or the comma-separated value of a
 * setting ({@code zeta 1, 4}, at least two items). Units are kept where written: the unit after a
 * {@code ]} is {@link #unit()}, while in {@code eta 0.003, 0.02 1/Å²} the unit belongs to the last
 * number. Applying a trailing unit to the items without one is the checker's job.
 *
 * @param items the items, in order; copied, unmodifiable
 * @param unit the unit written after the closing bracket (always empty when not bracketed)
 * @param bracketed whether the list was written with {@code [ ]}
 * @param span from the first bracket or item to the end of the unit, bracket or last item
 */
public record ListNode(List<ValueNode> items, Optional<UnitText> unit, boolean bracketed,
        SourceSpan span) implements ValueNode {

    /** Checks for nulls, copies the list and checks that only bracketed lists carry a unit. */
    public ListNode {
        items = List.copyOf(Objects.requireNonNull(items, "items is null"));
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(span, "span is null");
        if (!bracketed && unit.isPresent()) {
            throw new IllegalArgumentException("only a bracketed list carries its own unit");
        }
    }
}
