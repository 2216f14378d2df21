package org.mlpot.dsl.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.mlpot.dsl.ast.SourceSpan;

/** Source spans of tokens and parse-tree nodes, with columns in code points. */
final class TokenSpans {

    private TokenSpans() {
    }

    /** The span of one token; end of file is an empty span. No token spans lines. */
    static SourceSpan of(String file, Token token) {
        int column = token.getCharPositionInLine() + 1;
        int width = token.getType() == Token.EOF ? 0 : codePoints(token.getText());
        return new SourceSpan(file, token.getLine(), column, token.getLine(), column + width);
    }

    /** The span from the first to the last token of {@code context}. */
    static SourceSpan of(String file, ParserRuleContext context) {
        SourceSpan first = of(file, context.getStart());
        Token stop = context.getStop();
        if (stop == null || stop.getTokenIndex() < context.getStart().getTokenIndex()) {
            return first;
        }
        return first.through(of(file, stop));
    }

    /** The span from the first token of {@code first} to the last token of {@code last}. */
    static SourceSpan of(String file, ParserRuleContext first, ParserRuleContext last) {
        return of(file, first).through(of(file, last));
    }

    private static int codePoints(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
