package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.IdentifierNode;
import org.mlpot.dsl.ast.SettingNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.StatementNode;

/**
 * Checks a block's statements against a {@link BlockSchema}: unknown keys (with suggestions), keys
 * in the wrong form, duplicates, missing required settings, labels, and every value by its kind.
 * Reports all problems; never throws for bad input.
 */
public final class BlockReader {

    private BlockReader() {
    }

    /**
     * Reads a block.
     *
     * @param title the block as messages name it ("descriptor acsf", "train")
     * @param blame where missing settings are blamed (the block's key)
     * @param statements the block's statements
     */
    public static BlockValues read(String title, SourceSpan blame, List<StatementNode> statements, BlockSchema schema,
            CheckContext context) {
        return read(title, blame, statements, schema, List.of(), context);
    }

    /**
     * Reads a block whose statements also include keys handled elsewhere.
     *
     * @param otherKeys keys the caller handles itself (not in {@code statements}), listed in messages
     *     about unknown keys
     */
    public static BlockValues read(String title, SourceSpan blame, List<StatementNode> statements, BlockSchema schema,
            List<String> otherKeys, CheckContext context) {
        int errorsBefore = context.errorCount();
        Map<Setting<?>, List<Object>> values = new IdentityHashMap<>();
        Map<Setting<?>, List<SourceSpan>> spans = new IdentityHashMap<>();
        Map<SubBlock, List<BlockValues.Nested>> nested = new IdentityHashMap<>();
        Map<String, SourceSpan> seen = new java.util.HashMap<>();
        for (StatementNode statement : statements) {
            String key = statement.key().name();
            SourceSpan keySpan = statement.key().span();
            if (statement instanceof SettingNode setting) {
                Optional<Setting<?>> entry = schema.setting(key);
                if (entry.isEmpty()) {
                    if (schema.block(key).isPresent()) {
                        context.report(CheckMessages.WRONG_FORM.at(keySpan, key, "a block; write '" + key + " { ... }'"));
                        seen.putIfAbsent(key, keySpan);
                    } else {
                        unknown(title, statement.key(), schema, otherKeys, context);
                    }
                    continue;
                }
                Setting<?> s = entry.get();
                boolean repeats = s.occurrence() == Setting.Occurrence.REPEATED
                        || s.occurrence() == Setting.Occurrence.ONE_OR_MORE;
                if (!repeats && seen.containsKey(key)) {
                    context.report(CheckMessages.DUPLICATE.at(keySpan, key, seen.get(key).start()));
                    continue;
                }
                seen.putIfAbsent(key, keySpan);
                Optional<?> value = s.kind().read(key, setting.value(), Optional.empty(), context);
                List<Object> list = values.computeIfAbsent(s, k -> new ArrayList<>());
                List<SourceSpan> where = spans.computeIfAbsent(s, k -> new ArrayList<>());
                if (value.isPresent()) {
                    list.add(value.get());
                    where.add(setting.value().span());
                }
            } else {
                BlockNode block = (BlockNode) statement;
                Optional<SubBlock> entry = schema.block(key);
                if (entry.isEmpty()) {
                    if (schema.setting(key).isPresent()) {
                        context.report(CheckMessages.WRONG_FORM.at(keySpan, key, "a setting; write '" + key + " VALUE'"));
                        seen.putIfAbsent(key, keySpan);
                    } else {
                        unknown(title, statement.key(), schema, otherKeys, context);
                    }
                    continue;
                }
                SubBlock sub = entry.get();
                if (!sub.repeatable() && seen.containsKey(key)) {
                    context.report(CheckMessages.DUPLICATE.at(keySpan, key, seen.get(key).start()));
                    continue;
                }
                seen.putIfAbsent(key, keySpan);
                if (!label(block, sub.label() == SubBlock.Label.REQUIRED, "NAME", context)) {
                    continue;
                }
                BlockValues read = read(key + " in " + title, keySpan, block.statements(), sub.schema(), context);
                nested.computeIfAbsent(sub, k -> new ArrayList<>()).add(new BlockValues.Nested(block.label(), read));
            }
        }
        for (Setting<?> s : schema.settings()) {
            boolean needed = s.occurrence() == Setting.Occurrence.REQUIRED || s.occurrence() == Setting.Occurrence.ONE_OR_MORE;
            if (needed && !seen.containsKey(s.name())) {
                context.report(CheckMessages.MISSING.at(blame, title, "'" + s.name() + "' (" + s.kind().expected() + ")"));
            }
        }
        return new BlockValues(blame, context.errorCount() == errorsBefore, values, spans, nested);
    }

    /**
     * Checks that a block has a label exactly when it needs one; reports otherwise.
     *
     * @param what how to describe the label in the message ("an element", "NAME")
     */
    static boolean label(BlockNode block, boolean needed, String what, CheckContext context) {
        String key = block.key().name();
        if (needed && block.label().isEmpty()) {
            context.report(CheckMessages.LABEL.at(block.key().span(), key, "needs a label: write '" + key + " " + what + " { ... }'"));
            return false;
        }
        if (!needed && block.label().isPresent()) {
            context.report(CheckMessages.LABEL.at(block.label().get().span(), key, "takes no label; write '" + key + " { ... }'"));
            return false;
        }
        return true;
    }

    private static void unknown(String title, IdentifierNode key, BlockSchema schema, List<String> otherKeys,
            CheckContext context) {
        List<String> keys = new ArrayList<>(schema.keys());
        keys.addAll(otherKeys);
        context.report(CheckMessages.UNKNOWN_SETTING.at(key.span(), key.name(), title, String.join(", ", keys),
                Suggestions.hint(key.name(), keys)));
    }
}
