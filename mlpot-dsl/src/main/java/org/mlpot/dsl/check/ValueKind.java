package org.mlpot.dsl.check;

import java.util.Optional;
import org.mlpot.dsl.ast.UnitText;
import org.mlpot.dsl.ast.ValueNode;

/**
 * What a setting's value may be (a length, an integer from 1 to 20, a name from a fixed set, a list
 * of those, ...) and how to read it. See {@link ValueKinds} for the vocabulary.
 *
 * @param <T> what a value reads as, in mlpot's units
 */
public interface ValueKind<T> {

    /** What the kind expects, in words for messages: "a length", "an integer", "a list of names". */
    String expected();

    /**
     * Reads a value. Errors are reported to {@code context}; the result is then empty.
     *
     * @param setting the setting's name, for messages
     * @param value the value as written
     * @param listUnit the unit a surrounding list spreads over its unit-less numbers, if any
     * @param context where diagnostics go
     */
    Optional<T> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context);
}
