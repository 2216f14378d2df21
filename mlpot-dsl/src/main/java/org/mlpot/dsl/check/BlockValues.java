package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlpot.dsl.ast.IdentifierNode;
import org.mlpot.dsl.ast.SourceSpan;

/**
 * The checked contents of one block, read by {@link BlockReader}: values by their {@link Setting},
 * nested blocks by their {@link SubBlock}. Values are in mlpot's units.
 */
public final class BlockValues {

    /**
     * A nested block.
     *
     * @param label its label, if it has one
     * @param values its contents
     */
    public record Nested(Optional<IdentifierNode> label, BlockValues values) {
    }

    private final SourceSpan span;
    private final boolean complete;
    private final Map<Setting<?>, List<Object>> values;
    private final Map<Setting<?>, List<SourceSpan>> spans;
    private final Map<SubBlock, List<Nested>> nested;

    BlockValues(SourceSpan span, boolean complete, Map<Setting<?>, List<Object>> values,
            Map<Setting<?>, List<SourceSpan>> spans, Map<SubBlock, List<Nested>> nested) {
        this.span = span;
        this.complete = complete;
        this.values = new IdentityHashMap<>(values);
        this.spans = new IdentityHashMap<>(spans);
        this.nested = new IdentityHashMap<>(nested);
    }

    /** Where the block's key is written: the place to blame the block as a whole. */
    public SourceSpan span() {
        return span;
    }

    /** Whether every value in the block (nested blocks included) was read without error. */
    public boolean complete() {
        return complete;
    }

    /** Whether {@code setting} was written. */
    public boolean isGiven(Setting<?> setting) {
        return values.containsKey(setting);
    }

    /** The value of {@code setting}: as written, else its default, else empty. */
    public <T> Optional<T> find(Setting<T> setting) {
        List<Object> read = values.get(setting);
        if (read == null || read.isEmpty()) {
            return setting.defaultValue();
        }
        @SuppressWarnings("unchecked")
        T value = (T) read.get(0);
        return Optional.of(value);
    }

    /**
     * The value of a required setting or one with a default.
     *
     * @throws IllegalStateException when it has none (check {@link #complete()} first)
     */
    public <T> T get(Setting<T> setting) {
        return find(setting).orElseThrow(() -> new IllegalStateException("'" + setting.name() + "' has no value"));
    }

    /** Every value of a repeated setting, in order. */
    public <T> List<T> all(Setting<T> setting) {
        List<T> all = new ArrayList<>();
        for (Object o : values.getOrDefault(setting, List.of())) {
            @SuppressWarnings("unchecked")
            T value = (T) o;
            all.add(value);
        }
        return all;
    }

    /** Where the (first) value of {@code setting} is written, else the block's span. */
    public SourceSpan spanOf(Setting<?> setting) {
        List<SourceSpan> written = spans.getOrDefault(setting, List.of());
        return written.isEmpty() ? span : written.get(0);
    }

    /** Where each value of {@link #all(Setting)} is written, in the same order. */
    public List<SourceSpan> spansOf(Setting<?> setting) {
        return List.copyOf(spans.getOrDefault(setting, List.of()));
    }

    /** The nested blocks of one kind, in order. */
    public List<Nested> blocks(SubBlock block) {
        return List.copyOf(nested.getOrDefault(block, List.of()));
    }
}
