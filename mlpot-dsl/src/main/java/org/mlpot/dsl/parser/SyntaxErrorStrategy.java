package org.mlpot.dsl.parser;

import java.util.BitSet;
import java.util.Objects;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.dsl.diag.SyntaxMessages;

/**
 * ANTLR's recovery (single-token insertion and deletion, resynchronisation) with mlpot's
 * messages: every syntax error becomes a {@link org.mlpot.dsl.diag.Diagnostic} with readable
 * token names; nothing is printed and nothing is thrown. While the parser recovers from one
 * error no further error is reported, nor within {@value #QUIET_TOKENS} tokens after it, which
 * keeps most follow-up errors of a wrong recovery guess away; the same holds for the tokens
 * after a lexical error. A bracket left open at the end of the file is reported only if no
 * syntax error and no unterminated string came after it (either probably swallowed its closing
 * bracket).
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    /** Errors this few tokens after a reported one are taken as its consequences. */
    static final int QUIET_TOKENS = 3;

    private final String file;
    private final DiagnosticCollector diagnostics;
    private final BitSet quietTokens;
    private final BitSet unterminatedStrings;
    private int lastReportedTokenIndex = -QUIET_TOKENS;

    /**
     * @param quietTokens indices of tokens at which no syntax error is reported (those right
     *     after a lexical error); not modified
     * @param unterminatedStrings indices of string tokens without their closing quote; not
     *     modified
     */
    SyntaxErrorStrategy(String file, DiagnosticCollector diagnostics, BitSet quietTokens,
            BitSet unterminatedStrings) {
        this.file = Objects.requireNonNull(file, "file is null");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
        this.quietTokens = (BitSet) Objects.requireNonNull(quietTokens, "quietTokens is null").clone();
        this.unterminatedStrings = (BitSet) Objects.requireNonNull(unterminatedStrings,
                "unterminatedStrings is null").clone();
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken()
                : recognizer.getCurrentToken();
        IntervalSet expected = e.getExpectedTokens() != null ? e.getExpectedTokens()
                : recognizer.getExpectedTokens();
        reportUnexpected(recognizer, offending, expected);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        reportUnexpected(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token current = recognizer.getCurrentToken();
        if (current.getType() == Token.EOF && reportUnclosed(recognizer, current)) {
            return;
        }
        if (current.getType() == MlpotSpecParser.INCLUDE) {
            report(current, SyntaxMessages.MISPLACED_INCLUDE);
            return;
        }
        report(current, SyntaxMessages.MISSING_TOKEN,
                TokenNames.expected(getExpectedTokens(recognizer)), TokenNames.ofToken(current));
    }

    private void reportUnexpected(Parser recognizer, Token offending, IntervalSet expected) {
        if (offending.getType() == Token.EOF && reportUnclosed(recognizer, offending)) {
            return;
        }
        if (offending.getType() == MlpotSpecParser.INCLUDE) {
            report(offending, SyntaxMessages.MISPLACED_INCLUDE);
            return;
        }
        if (offending.getType() == MlpotSpecParser.UNIT) {
            report(offending, SyntaxMessages.UNIT_WITHOUT_NUMBER, offending.getText());
            return;
        }
        if (recognizer.getContext() instanceof MlpotSpecParser.SpecFileContext specFile
                && specFile.modelDecl() != null && specFile.modelDecl().RBRACE() != null
                && specFile.modelDecl().NAME() != null) {
            Token close = specFile.modelDecl().RBRACE().getSymbol();
            report(offending, SyntaxMessages.AFTER_MODEL, TokenNames.ofToken(offending),
                    close.getLine(), close.getCharPositionInLine() + 1,
                    specFile.modelDecl().NAME().getText());
            return;
        }
        report(offending, SyntaxMessages.UNEXPECTED_TOKEN, TokenNames.ofToken(offending),
                TokenNames.expected(expected));
    }

    /** At end of file, blames the innermost bracket still open, if any. */
    private boolean reportUnclosed(Parser recognizer, Token eof) {
        for (ParserRuleContext context = recognizer.getContext(); context != null;
                context = context.getParent()) {
            TerminalNode open = openBracket(context);
            if (open != null) {
                String opening = open.getText();
                String closing = switch (opening) {
                    case "{" -> "}";
                    case "[" -> "]";
                    default -> ")";
                };
                int openIndex = open.getSymbol().getTokenIndex();
                if (lastReportedTokenIndex < openIndex && unterminatedStrings.nextSetBit(openIndex) < 0) {
                    lastReportedTokenIndex = eof.getTokenIndex();
                    diagnostics.add(SyntaxMessages.UNCLOSED.at(TokenSpans.of(file, open.getSymbol()),
                            opening, closing));
                }
                return true;
            }
        }
        return false;
    }

    private static TerminalNode openBracket(ParserRuleContext context) {
        if (context instanceof MlpotSpecParser.ModelDeclContext model && model.RBRACE() == null) {
            return model.LBRACE();
        }
        if (context instanceof MlpotSpecParser.BlockBodyContext block && block.RBRACE() == null) {
            return block.LBRACE();
        }
        if (context instanceof MlpotSpecParser.ListItemContext list && list.RBRACK() == null) {
            return list.LBRACK();
        }
        if (context instanceof MlpotSpecParser.CallItemContext call && call.RPAREN() == null) {
            return call.LPAREN();
        }
        return null;
    }

    private void report(Token token, SyntaxMessages message, Object... args) {
        if (token.getTokenIndex() - lastReportedTokenIndex < QUIET_TOKENS
                || (token.getTokenIndex() >= 0 && quietTokens.get(token.getTokenIndex()))) {
            return;
        }
        lastReportedTokenIndex = token.getTokenIndex();
        diagnostics.add(message.at(TokenSpans.of(file, token), args));
    }
}
