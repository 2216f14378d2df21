package org.mlpot.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Readable names of tokens for syntax errors: {@code <number>}, {@code '{'}, {@code end of file}. */
final class TokenNames {

    /** The tokens that can start a value; when all are expected they read as {@code <value>}. */
    private static final IntervalSet VALUE_START = IntervalSet.of(MlpotSpecParser.NUMBER,
            MlpotSpecParser.NUMBER);

    static {
        VALUE_START.add(MlpotSpecParser.PERCENT);
        VALUE_START.add(MlpotSpecParser.STRING);
        VALUE_START.add(MlpotSpecParser.TRUE);
        VALUE_START.add(MlpotSpecParser.FALSE);
        VALUE_START.add(MlpotSpecParser.NAME);
        VALUE_START.add(MlpotSpecParser.LBRACK);
        VALUE_START.setReadonly(true);
    }

    /** The order in which expected tokens are listed: values first, end of file last. */
    private static final int[] ORDER = {
        MlpotSpecParser.NAME, MlpotSpecParser.NUMBER, MlpotSpecParser.PERCENT,
        MlpotSpecParser.STRING, MlpotSpecParser.TRUE, MlpotSpecParser.FALSE, MlpotSpecParser.UNIT,
        MlpotSpecParser.LBRACE, MlpotSpecParser.RBRACE, MlpotSpecParser.LBRACK,
        MlpotSpecParser.RBRACK, MlpotSpecParser.LPAREN, MlpotSpecParser.RPAREN,
        MlpotSpecParser.COMMA, MlpotSpecParser.MODEL, MlpotSpecParser.INCLUDE, Token.EOF,
    };

    private TokenNames() {
    }

    /** The name of a token type in a list of expected tokens. */
    static String ofType(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case MlpotSpecParser.NUMBER -> "<number>";
            case MlpotSpecParser.PERCENT -> "<percentage>";
            case MlpotSpecParser.STRING, MlpotSpecParser.UNTERMINATED_STRING -> "<string>";
            case MlpotSpecParser.NAME -> "<name>";
            case MlpotSpecParser.UNIT -> "<unit>";
            default -> {
                String literal = MlpotSpecParser.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : MlpotSpecParser.VOCABULARY.getDisplayName(type);
            }
        };
    }

    /** The offending token as the user wrote it: {@code '}'}, {@code end of file}. */
    static String ofToken(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        return "'" + token.getText() + "'";
    }

    /** The expected tokens, most useful first, as {@code a, b or c}. */
    static String expected(IntervalSet expected) {
        List<String> names = new ArrayList<>();
        IntervalSet rest = expected;
        if (expected.and(VALUE_START).size() == VALUE_START.size()) {
            names.add("<value>");
            rest = expected.subtract(VALUE_START);
        }
        for (int type : ORDER) {
            if (rest.contains(type)) {
                names.add(ofType(type));
            }
        }
        if (names.isEmpty()) {
            return "something else";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1);
    }
}
