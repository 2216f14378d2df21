package org.mlpot.dsl.diag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of the files a spec was read from, by the file name its spans use; lets the
 * {@link DiagnosticPrinter} quote the offending line. Immutable.
 */
public final class SourceFiles {

    private final Map<String, String> texts;

    private SourceFiles(Map<String, String> texts) {
        this.texts = texts;
    }

    /** No files (diagnostics print without a quoted line). */
    public static SourceFiles empty() {
        return new SourceFiles(Map.of());
    }

    /** Files by name; the map is copied, not modified. */
    public static SourceFiles of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts is null");
        return new SourceFiles(new LinkedHashMap<>(texts));
    }

    /** Whether the text of {@code file} is known. */
    public boolean contains(String file) {
        return texts.containsKey(file);
    }

    /** The text of {@code file}, if known. */
    public Optional<String> text(String file) {
        return Optional.ofNullable(texts.get(file));
    }

    /**
     * Line {@code line} (1-based) of {@code file} without its line terminator, if the file is
     * known and has that line. Lines end at {@code \n} (as the lexer counts them); a {@code \r}
     * before it is dropped.
     */
    public Optional<String> line(String file, int line) {
        String text = texts.get(file);
        if (text == null || line < 1) {
            return Optional.empty();
        }
        int start = 0;
        for (int current = 1; current < line; current++) {
            int end = nextBreak(text, start);
            if (end == text.length()) {
                return Optional.empty();
            }
            start = end + 1;
        }
        int end = nextBreak(text, start);
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return Optional.of(text.substring(start, end));
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
