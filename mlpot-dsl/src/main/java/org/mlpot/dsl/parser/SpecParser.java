package org.mlpot.dsl.parser;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.ast.ModelNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.SpecFileNode;
import org.mlpot.dsl.ast.StatementNode;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.dsl.diag.SourceFiles;
import org.mlpot.dsl.diag.SyntaxMessages;

/**
 * The front door of the {@code .mlpot} parser: text to AST with includes resolved, or every
 * syntax error. Never throws for bad input (only for null arguments). Thread-safe: it keeps no
 * state between calls.
 *
 * <p>A spec file is {@code include "path"} lines, then one {@code model NAME { … }}. An included
 * file is include lines, then statements without a model header; its statements take the place
 * of its include line, so the model's statements are those of the included files (in include
 * order, depth first) followed by its own. Include paths are relative to the directory of the
 * file holding the include line.
 */
public final class SpecParser {

    /** Most characters (UTF-16 units) of spec text, counting all included files: 1 MiB. */
    public static final int MAX_INPUT_CHARS = 1 << 20;
    /** Most levels of <code>{ [ (</code> open at once within one file, the model body included. */
    public static final int MAX_NESTING = 32;
    /** Most files in a chain of includes below the root file. */
    public static final int MAX_INCLUDE_DEPTH = 8;

    private SpecParser() {
    }

    /**
     * Reads and parses a spec file (UTF-8). Spans and diagnostics name it as {@code file} is
     * written ({@code file.toString()}) and included files relative to that.
     */
    public static ParseResult parse(Path file) {
        Objects.requireNonNull(file, "file is null");
        String display = file.toString();
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        SourceSpan wholeFile = SourceSpan.at(display, 1, 1);
        try {
            if (Files.size(file) > 3L * MAX_INPUT_CHARS) {
                diagnostics.add(SyntaxMessages.INPUT_TOO_LARGE.at(wholeFile, MAX_INPUT_CHARS));
                return failure(diagnostics, SourceFiles.empty());
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(text, display, identity(file));
        } catch (NoSuchFileException e) {
            diagnostics.add(SyntaxMessages.UNREADABLE_FILE.at(wholeFile, display, "no such file"));
        } catch (MalformedInputException e) {
            diagnostics.add(SyntaxMessages.NOT_UTF8.at(wholeFile, display));
        } catch (IOException e) {
            diagnostics.add(SyntaxMessages.UNREADABLE_FILE.at(wholeFile, display, e.getMessage()));
        }
        return failure(diagnostics, SourceFiles.empty());
    }

    /**
     * Parses spec text. {@code fileName} names it in spans and diagnostics, and includes are
     * resolved relative to its directory (relative to the working directory if it is relative).
     */
    public static ParseResult parse(String text, String fileName) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(fileName, "fileName is null");
        Path path;
        try {
            path = identity(Path.of(fileName));
        } catch (InvalidPathException e) {
            path = identity(Path.of("spec.mlpot"));
        }
        return parse(text, fileName, path);
    }

    private static ParseResult parse(String text, String display, Path identity) {
        DiagnosticCollector diagnostics = new DiagnosticCollector();
        IncludeResolver includes = new IncludeResolver(diagnostics);
        if (!includes.admit(display, text, SourceSpan.at(display, 1, 1))) {
            return failure(diagnostics, SourceFiles.of(includes.sources()));
        }
        includes.markRoot(identity, display);
        Optional<ParsedFile> parsed = FileParser.parse(text, display, MAX_NESTING, diagnostics);
        if (parsed.isEmpty()) {
            return failure(diagnostics, SourceFiles.of(includes.sources()));
        }
        ParsedFile root = parsed.get();
        List<StatementNode> statements = new ArrayList<>(includes.resolve(root.includes(), identity,
                display, List.of(identity), List.of(display)));
        if (root.model().isEmpty()) {
            SourceSpan blame = root.statements().isEmpty()
                    ? new SourceSpan(display, root.span().endLine(), root.span().endColumn(),
                            root.span().endLine(), root.span().endColumn())
                    : root.statements().get(0).key().span();
            diagnostics.add(SyntaxMessages.MISSING_MODEL.at(blame));
        }
        SourceFiles sources = SourceFiles.of(includes.sources());
        if (diagnostics.hasErrors()) {
            return failure(diagnostics, sources);
        }
        ModelNode model = root.model().get();
        statements.addAll(model.statements());
        SpecFileNode spec = new SpecFileNode(root.includes(),
                new ModelNode(model.name(), statements, model.span()), root.span());
        return new ParseResult(Optional.of(spec), List.of(), sources);
    }

    private static ParseResult failure(DiagnosticCollector diagnostics, SourceFiles sources) {
        return new ParseResult(Optional.empty(), diagnostics.diagnostics(), sources);
    }

    /** The path that identifies a file for cycle detection: real if it exists, else absolute. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
