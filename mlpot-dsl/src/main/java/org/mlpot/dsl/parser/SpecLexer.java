package org.mlpot.dsl.parser;

import java.util.BitSet;
import java.util.Objects;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.dsl.diag.SyntaxMessages;

/**
 * The generated lexer with mlpot's lexical errors: a run of characters no token starts with is
 * one diagnostic (and is skipped), an unterminated string is one diagnostic and reaches the
 * parser as a string, so that neither causes follow-up syntax errors. Nothing is printed.
 */
final class SpecLexer extends MlpotSpecLexer {

    private final String file;
    private final DiagnosticCollector diagnostics;
    private final StringBuilder badText = new StringBuilder();
    private int badLine;
    private int badColumn;
    private int badEndIndex = -1;
    private int emitted;
    private final BitSet afterErrors = new BitSet();
    private final BitSet unterminatedStrings = new BitSet();

    SpecLexer(CharStream input, String file, DiagnosticCollector diagnostics) {
        super(input);
        this.file = Objects.requireNonNull(file, "file is null");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
        removeErrorListeners();
    }

    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        flushBadInput();
        if (token.getType() == UNTERMINATED_STRING) {
            diagnostics.add(SyntaxMessages.UNTERMINATED_STRING.at(TokenSpans.of(file, token)));
            ((CommonToken) token).setType(STRING);
            unterminatedStrings.set(emitted);
            markAfterError();
        }
        emitted++;
        return token;
    }

    /**
     * The indices of the tokens right after a lexical error, where the parser should stay quiet:
     * a syntax error there is most likely a consequence. Not a copy; read after lexing.
     */
    BitSet tokensAfterErrors() {
        return afterErrors;
    }

    /** The indices of the string tokens that lacked their closing quote. Not a copy. */
    BitSet unterminatedStrings() {
        return unterminatedStrings;
    }

    private void markAfterError() {
        afterErrors.set(emitted, emitted + SyntaxErrorStrategy.QUIET_TOKENS);
    }

    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        // reported in recover(), once the extent of the bad input is known
    }

    /** Skips exactly one character (ANTLR would also skip what it looked ahead at). */
    @Override
    public void recover(LexerNoViableAltException e) {
        int start = _tokenStartCharIndex;
        _input.seek(start);
        getInterpreter().setLine(_tokenStartLine);
        getInterpreter().setCharPositionInLine(_tokenStartCharPositionInLine);
        if (_input.LA(1) != CharStream.EOF) {
            getInterpreter().consume(_input);
        }
        int end = _input.index();
        if (end <= start) {
            return;
        }
        String text = _input.getText(Interval.of(start, end - 1));
        if (start != badEndIndex) {
            flushBadInput();
            badLine = _tokenStartLine;
            badColumn = _tokenStartCharPositionInLine + 1;
        }
        badText.append(text);
        badEndIndex = end;
        markAfterError();
    }

    private void flushBadInput() {
        if (badText.length() == 0) {
            return;
        }
        String text = badText.toString();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).stripTrailing();
        }
        int width = Math.max(1, text.codePointCount(0, text.length()));
        SourceSpan span = new SourceSpan(file, badLine, badColumn, badLine, badColumn + width);
        diagnostics.add(SyntaxMessages.UNEXPECTED_INPUT.at(span, text));
        badText.setLength(0);
        badEndIndex = -1;
    }
}
