package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * A unit exactly as written after a number or a list ({@code Å}, {@code meV/atom}, {@code 1/Å²});
 * the parser only recognises it, {@code org.mlpot.units.UnitParser} interprets it.
 *
 * @param text the unit text, without surrounding spaces
 * @param span where it was written
 */
public record UnitText(String text, SourceSpan span) implements Node {

    /** Checks for nulls and an empty text. */
    public UnitText {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(span, "span is null");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("unit text is empty");
        }
    }
}
