package org.mlpot.dsl.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.diag.Diagnostic;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.structure.Element;

/**
 * What checking one spec needs to share: the diagnostics found so far and the model's elements once
 * {@code elements} has been read.
 * Not thread-safe; one context per check.
 */
public final class CheckContext {
    private final DiagnosticCollector diagnostics = new DiagnosticCollector();
    private List<Element> elements;

    /** An empty context. */
    public CheckContext() {
    }

    /**
     * Records one diagnostic, unless the same one (code, span and message) was recorded already, as
     * happens when a unit spread over a list is wrong for every item.
     */
    public void report(Diagnostic diagnostic) {
        if (!diagnostics.diagnostics().contains(diagnostic)) {
            diagnostics.add(diagnostic);
        }
    }

    /** How many diagnostics were recorded so far. */
    public int errorCount() {
        return diagnostics.count();
    }

    /** All diagnostics, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics.diagnostics();
    }

    /**
     * A path as written in a file, resolved against the folder of the file it is written in (as
     * {@code span} names it, relative to the working directory if relative); absolute and normalised.
     *
     * @throws java.nio.file.InvalidPathException when either is not a valid path
     */
    public Path resolve(String written, SourceSpan span) {
        Path base = Path.of(span.file()).toAbsolutePath().getParent();
        Path path = Path.of(written);
        return (base == null ? path : base.resolve(path)).toAbsolutePath().normalize();
    }

    /** The model's elements, once declared. */
    public Optional<List<Element>> elements() {
        return Optional.ofNullable(elements);
    }

    /** Declares the model's elements (done once, by the {@code elements} setting). */
    void declareElements(List<Element> declared) {
        elements = List.copyOf(declared);
    }
}
