/*
 * The .mlpot model-definition language (see docs/dsl-design.md).
 *
 * The grammar knows blocks, settings and literals only; what a block may contain is checked
 * later against the schema its type registers. A file is: include lines, then either one
 * `model NAME { ... }` (the file the user names) or bare statements (an included file).
 */
grammar MlpotSpec;

@lexer::members {
    /** True right after a number or a ']' on the same line: only there is a unit recognised. */
    private boolean unitAllowed;

    /**
     * Turns a unit word where no unit may stand into a name ({@code elements K, Na}). A unit
     * that is no plain word ({@code eV/Å}) stays a unit, which the parser refuses there. (A
     * predicate on the UNIT rule would do the same but keep ANTLR from caching its DFA.)
     */
    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        if (token.getType() == UNIT && !unitAllowed && isWord(token.getText())) {
            ((CommonToken) token).setType(NAME);
        }
        unitAllowed = token.getType() == NUMBER || token.getType() == RBRACK;
        return token;
    }

    private static boolean isWord(String text) {
        return text.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
    }

    /** Whether a code point may continue a name (so a unit word must not be followed by it). */
    private static boolean identifierPart(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}

// ---------------------------------------------------------------- parser

specFile    : includeLine* (modelDecl | statement*) EOF ;
includeLine : INCLUDE STRING ;
modelDecl   : MODEL NAME LBRACE statement* RBRACE ;

// One rule for both statements, so that an error after the key names everything that may follow.
statement   : key=NAME (blockBody | value) ;
blockBody   : label=NAME? LBRACE statement* RBRACE ;

value       : item (COMMA item)* ;

item        : NUMBER UNIT?                                    # numberItem
            | PERCENT                                         # percentItem
            | STRING                                          # stringItem
            | (TRUE | FALSE)                                  # boolItem
            | NAME LPAREN (item (COMMA item)*)? RPAREN        # callItem
            | NAME                                            # nameItem
            | LBRACK (item (COMMA item)*)? RBRACK UNIT?       # listItem
            ;

// ---------------------------------------------------------------- lexer

INCLUDE  : 'include' ;
MODEL    : 'model' ;
TRUE     : 'true' ;
FALSE    : 'false' ;

LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
COMMA    : ',' ;

// A unit (kept as one only directly after a number or ']' on the same line, see nextToken), and
// not the start of a longer name.
UNIT     : UNIT_EXPR {!identifierPart(_input.LA(1))}? ;
PERCENT  : NUM '%' ;
NUMBER   : NUM ;
NAME     : [\p{L}_] [\p{L}\p{Nd}_]* ;
STRING   : '"' (ESCAPE | ~["\\\r\n])* '"' ;
// Reported by the lexer wrapper and handed to the parser as a STRING, so that no follow-up errors arise.
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])* ;

NEWLINE  : ('\r\n' | '\r' | '\n') { unitAllowed = false; } -> skip ;
SPACE    : [ \t\f]+ -> skip ;
COMMENT  : '#' ~[\r\n]* -> skip ;

fragment ESCAPE      : '\\' ~[\r\n] ;
fragment NUM         : '-'? (DIGITS ('.' DIGITS?)? | '.' DIGITS) EXPONENT? ;
fragment DIGITS      : [0-9]+ ;
fragment EXPONENT    : [eE] [+-]? DIGITS ;
fragment UNIT_EXPR   : ('1' '/')? UNIT_FACTOR (('/' | '*' | '\u00B7') UNIT_FACTOR)* ;
fragment UNIT_FACTOR : UNIT_WORD UNIT_POWER? ;
fragment UNIT_POWER  : '\u00B2' | '\u00B3' | '^' '-'? DIGITS ;
// U+00C5 and U+212B (the Angstrom sign some keyboards produce) both read as Å
fragment UNIT_WORD   : '\u00C5' | '\u212B' | 'Ang' | 'Angstrom' | 'nm' | 'pm' | 'Bohr'
                     | 'eV' | 'meV' | 'Hartree' | 'Ha' | 'Ry' | 'kcal' | 'kJ' | 'mol'
                     | 'K' | 'fs' | 'ps' | 'ns' | 'GPa' | 'MPa' | 'atom' | 'amu' ;
