package org.mlpot.dsl.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.units.Unit;
import org.mlpot.units.UnitParser;

/** Small helpers the shipped block types share. */
final class Types {
    /** Å. */
    static final Unit ANGSTROM = UnitParser.parse("Å");
    /** eV. */
    static final Unit EV = UnitParser.parse("eV");

    private Types() {
    }

    /** Where a block as a whole is blamed: its key and label. */
    static SourceSpan blame(BlockNode block) {
        return block.label().map(label -> block.key().span().through(label.span())).orElse(block.key().span());
    }

    /** An ordered map of two names, for choices. */
    static <T> Map<String, T> ordered(String first, T firstValue, String second, T secondValue) {
        Map<String, T> names = new LinkedHashMap<>();
        names.put(first, firstValue);
        names.put(second, secondValue);
        return names;
    }

    /** A choice map from lower-case enum constant names. */
    static <E extends Enum<E>> Map<String, E> lowerCaseNames(Class<E> type) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            names.put(e.name().toLowerCase(java.util.Locale.ROOT), e);
        }
        return names;
    }
}
