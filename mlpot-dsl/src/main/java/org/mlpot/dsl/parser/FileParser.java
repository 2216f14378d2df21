package org.mlpot.dsl.parser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.diag.Diagnostic;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.dsl.diag.SyntaxMessages;

/**
 * Lexes, checks the nesting depth of, parses and builds one file. The depth is checked on the
 * token stream before parsing, so that deeply nested input cannot exhaust the parser's stack.
 */
final class FileParser {

    private FileParser() {
    }

    /**
     * The file's syntax, or empty when it has errors (all of which are added to
     * {@code diagnostics}).
     */
    static Optional<ParsedFile> parse(String text, String file, int maxNesting,
            DiagnosticCollector diagnostics) {
        DiagnosticCollector local = new DiagnosticCollector();
        try {
            SpecLexer lexer = new SpecLexer(CharStreams.fromString(text, file), file, local);
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            if (!nestingWithin(tokens.getTokens(), maxNesting, file, local)) {
                return Optional.empty();
            }
            MlpotSpecParser parser = new MlpotSpecParser(tokens);
            parser.removeErrorListeners();
            parser.addErrorListener(new CollectingListener(file, local));
            parser.setErrorHandler(new SyntaxErrorStrategy(file, local, lexer.tokensAfterErrors(),
                    lexer.unterminatedStrings()));
            MlpotSpecParser.SpecFileContext tree = parser.specFile();
            if (local.hasErrors()) {
                return Optional.empty();
            }
            ParsedFile parsed = new AstBuilder(file, local).build(tree);
            return local.hasErrors() ? Optional.empty() : Optional.of(parsed);
        } finally {
            // lexical errors are found before syntax errors: report them in the order of the text
            local.diagnostics().stream()
                    .sorted(Comparator.comparingInt((Diagnostic d) -> d.span().line())
                            .thenComparingInt(d -> d.span().column()))
                    .forEach(diagnostics::add);
        }
    }

    private static boolean nestingWithin(List<Token> tokens, int maxNesting, String file,
            DiagnosticCollector diagnostics) {
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case MlpotSpecLexer.LBRACE, MlpotSpecLexer.LBRACK, MlpotSpecLexer.LPAREN -> {
                    depth++;
                    if (depth > maxNesting) {
                        diagnostics.add(SyntaxMessages.NESTING_TOO_DEEP.at(
                                TokenSpans.of(file, token), maxNesting));
                        return false;
                    }
                }
                case MlpotSpecLexer.RBRACE, MlpotSpecLexer.RBRACK, MlpotSpecLexer.RPAREN ->
                        depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return true;
    }

    /** Catches any error ANTLR reports outside the error strategy, so that nothing is printed. */
    private static final class CollectingListener extends BaseErrorListener {
        private final String file;
        private final DiagnosticCollector diagnostics;

        CollectingListener(String file, DiagnosticCollector diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                int charPositionInLine, String msg, RecognitionException e) {
            SourceSpan span = offendingSymbol instanceof Token token ? TokenSpans.of(file, token)
                    : SourceSpan.at(file, Math.max(1, line), charPositionInLine + 1);
            diagnostics.add(SyntaxMessages.UNEXPECTED_TOKEN.at(span,
                    offendingSymbol instanceof Token token ? TokenNames.ofToken(token) : "input",
                    "something else (" + msg + ")"));
        }
    }
}
