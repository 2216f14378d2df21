package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * A percentage ({@code 10%}).
 *
 * @param percent the number before the {@code %} (10 for {@code 10%}), finite
 * @param text the text as written, including the {@code %}
 * @param span where it was written
 */
public record PercentNode(double percent, String text, SourceSpan span) implements ValueNode {

    /** Checks for nulls and a finite value. */
    public PercentNode {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(span, "span is null");
        if (!Double.isFinite(percent)) {
            throw new IllegalArgumentException("percentage is not finite: " + text);
        }
    }

    /** The percentage as a fraction (0.1 for {@code 10%}). */
    public double fraction() {
        return percent / 100.0;
    }
}
