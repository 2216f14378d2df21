package org.mlpot.dsl.parser;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.ast.IncludeNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.StatementNode;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.dsl.diag.SyntaxMessages;

/**
 * Reads and parses the files a spec includes, for one parse. An include path is resolved against
 * the directory of the file holding the include line; the included file holds include lines and
 * statements but no model; its statements (after those of its own includes) take the place of
 * the include line. A file may be included once; cycles, include depth beyond
 * {@link SpecParser#MAX_INCLUDE_DEPTH} and text beyond {@link SpecParser#MAX_INPUT_CHARS} in all
 * are refused with a diagnostic at the include line.
 */
final class IncludeResolver {

    private final DiagnosticCollector diagnostics;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<Path, String> includedAt = new HashMap<>();
    private long totalChars;
    private boolean tooLarge;

    IncludeResolver(DiagnosticCollector diagnostics) {
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
    }

    /** The text of every file admitted so far, by display name, in reading order. */
    Map<String, String> sources() {
        return sources;
    }

    /**
     * Counts a file's text against the size limit and keeps it for diagnostics; reports and
     * returns false when the limit is passed.
     */
    boolean admit(String display, String text, SourceSpan blame) {
        sources.putIfAbsent(display, text);
        totalChars += text.length();
        if (totalChars > SpecParser.MAX_INPUT_CHARS) {
            tooLarge = true;
            diagnostics.add(SyntaxMessages.INPUT_TOO_LARGE.at(blame, SpecParser.MAX_INPUT_CHARS));
            return false;
        }
        return true;
    }

    /** Marks the root file so that including it again is a cycle. */
    void markRoot(Path identity, String display) {
        includedAt.put(identity, display);
    }

    /**
     * The statements contributed by {@code includes}, written in the file {@code includer}
     * (identity path) shown as {@code includerDisplay}.
     *
     * @param chain the files from the root to {@code includer}, as identity paths
     * @param chainNames the same files' display names
     */
    List<StatementNode> resolve(List<IncludeNode> includes, Path includer, String includerDisplay,
            List<Path> chain, List<String> chainNames) {
        List<StatementNode> statements = new ArrayList<>();
        for (IncludeNode include : includes) {
            if (tooLarge) {
                break;
            }
            include(include, includer, includerDisplay, chain, chainNames)
                    .ifPresent(statements::addAll);
        }
        return statements;
    }

    private Optional<List<StatementNode>> include(IncludeNode include, Path includer,
            String includerDisplay, List<Path> chain, List<String> chainNames) {
        SourceSpan span = include.span();
        Path target;
        String display;
        try {
            target = includer.resolveSibling(include.path()).normalize();
            display = Path.of(includerDisplay).resolveSibling(include.path()).normalize().toString();
        } catch (InvalidPathException e) {
            diagnostics.add(SyntaxMessages.INCLUDE_NOT_FOUND.at(span, include.path(),
                    "an invalid path: " + e.getReason()));
            return Optional.empty();
        }
        if (chain.size() > SpecParser.MAX_INCLUDE_DEPTH) {
            diagnostics.add(SyntaxMessages.INCLUDE_TOO_DEEP.at(span, SpecParser.MAX_INCLUDE_DEPTH));
            return Optional.empty();
        }
        Path identity;
        try {
            identity = target.toRealPath();
        } catch (NoSuchFileException e) {
            diagnostics.add(SyntaxMessages.INCLUDE_NOT_FOUND.at(span, include.path(), display));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(SyntaxMessages.UNREADABLE_FILE.at(span, display, e.getMessage()));
            return Optional.empty();
        }
        int cycleStart = chain.indexOf(identity);
        if (cycleStart >= 0) {
            List<String> cycle = new ArrayList<>(chainNames.subList(cycleStart, chainNames.size()));
            cycle.add(display);
            diagnostics.add(SyntaxMessages.INCLUDE_CYCLE.at(span, String.join(" -> ", cycle)));
            return Optional.empty();
        }
        String first = includedAt.get(identity);
        if (first != null) {
            diagnostics.add(SyntaxMessages.DUPLICATE_INCLUDE.at(span, include.path(), first));
            return Optional.empty();
        }
        includedAt.put(identity, span.start());
        Optional<String> text = read(identity, display, span);
        if (text.isEmpty() || !admit(display, text.get(), span)) {
            return Optional.empty();
        }
        Optional<ParsedFile> parsed = FileParser.parse(text.get(), display, SpecParser.MAX_NESTING,
                diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ParsedFile file = parsed.get();
        file.model().ifPresent(model -> diagnostics.add(SyntaxMessages.MODEL_IN_INCLUDE.at(
                model.span().through(model.name().span()), model.name().name())));
        List<Path> longerChain = new ArrayList<>(chain);
        longerChain.add(identity);
        List<String> longerNames = new ArrayList<>(chainNames);
        longerNames.add(display);
        List<StatementNode> statements = new ArrayList<>(
                resolve(file.includes(), identity, display, longerChain, longerNames));
        statements.addAll(file.statements());
        return Optional.of(statements);
    }

    private Optional<String> read(Path path, String display, SourceSpan blame) {
        try {
            long remaining = SpecParser.MAX_INPUT_CHARS - totalChars;
            if (Files.size(path) > 3 * Math.max(0, remaining)) {
                // a char takes at most 3 bytes of UTF-8: this file cannot fit
                tooLarge = true;
                diagnostics.add(SyntaxMessages.INPUT_TOO_LARGE.at(blame, SpecParser.MAX_INPUT_CHARS));
                return Optional.empty();
            }
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            diagnostics.add(SyntaxMessages.NOT_UTF8.at(blame, display));
        } catch (IOException e) {
            diagnostics.add(SyntaxMessages.UNREADABLE_FILE.at(blame, display, e.getMessage()));
        }
        return Optional.empty();
    }
}
