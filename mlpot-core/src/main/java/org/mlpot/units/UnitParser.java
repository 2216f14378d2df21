package org.mlpot.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads unit text such as {@code Å}, {@code eV/Å}, {@code 1/Å²}, {@code Å^-2}, {@code meV/atom},
 * {@code kcal/mol} or {@code Hartree/Bohr} into a {@link Unit}.
 *
 * <p>Grammar: {@code unit = ("1" | term) (op term)*} or {@code "1"} alone, where
 * {@code op} is {@code /}, {@code *}, {@code ·} (U+00B7) or {@code ⋅} (U+22C5), and
 * {@code term = word [power]} with {@code word} one of the spellings of a {@link UnitWord}
 * (case-sensitive) and {@code power} one of {@code ²}, {@code ³}, superscript digits with an
 * optional {@code ⁻} ({@code Å⁻²}), {@code ^n}, {@code ^-n} or {@code ^(-n)}, for 1 ≤ |n| ≤ 9.
 * The operators have equal precedence and apply from left to right, so {@code a/b/c} is
 * {@code a/(b·c)} and {@code a/b*c} is {@code (a/b)·c}; powers bind to their word only, and there
 * are no parentheses. Blanks around the whole text and around operators are ignored. The Ångström
 * sign U+212B is read as Å (U+00C5).
 *
 * <p>Refused text raises a {@link UnitException} whose message says what is wrong and, for an
 * unknown word, suggests the closest known spelling: {@code 'eV/Ang2' is not a unit: 'Ang2' is
 * unknown; did you mean 'Ang²' or 'Ang^2'?}.
 */
public final class UnitParser {
    private static final int MAX_POWER = 9;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';
    private static final char ANGSTROM_SIGN = '\u212B';
    private static final String OPERATORS = "/*·⋅";

    /** Every spelling, symbols and aliases, in {@link UnitWord} order. */
    private static final Map<String, UnitWord> SPELLINGS = buildSpellings();
    private static final List<String> SPELLING_LIST = List.copyOf(SPELLINGS.keySet());

    /** Hints for words people write that mlpot deliberately does not accept. */
    private static final Map<String, String> REFUSED_WORDS = Map.of(
            "A", "did you mean 'Å' or 'Ang'? ('A' would be the ampere)",
            "Pa", "write pressures in GPa or MPa",
            "bar", "write pressures in GPa or MPa (1 bar = 0.1 MPa)",
            "kbar", "write pressures in GPa or MPa (1 kbar = 0.1 GPa)",
            "s", "write times in fs, ps or ns",
            "ms", "write times in fs, ps or ns",
            "us", "write times in fs, ps or ns",
            "µs", "write times in fs, ps or ns");

    private final String text;
    private int position;

    private UnitParser(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text} into a unit whose {@link Unit#text()} is {@code text} without surrounding
     * blanks.
     *
     * @throws UnitException when the text is not a unit; the message says why and how to fix it
     */
    public static Unit parse(String text) {
        Objects.requireNonNull(text, "text is null");
        String stripped = text.strip();
        return new UnitParser(stripped).unit().writtenAs(stripped);
    }

    /** Every accepted spelling of every unit word, symbols first within each word. */
    public static List<String> spellings() {
        return SPELLING_LIST;
    }

    private Unit unit() {
        if (text.isEmpty()) {
            throw new UnitException(text, 0, 0, "the unit is empty; write for example 'eV', 'Å' or 'eV/Å'");
        }
        Unit result;
        if (Character.isDigit(text.charAt(0))) {
            int start = position;
            String number = number();
            if (!number.equals("1")) {
                throw numberRefused(start, number);
            }
            skipBlanks();
            if (atEnd()) {
                return Unit.ONE;
            }
            if (text.charAt(position) != '/') {
                throw new UnitException(text, position, position + 1,
                        "a leading 1 must be followed by '/', as in '1/Å²'");
            }
            result = Unit.ONE;
        } else if (OPERATORS.indexOf(text.charAt(0)) >= 0) {
            throw new UnitException(text, 0, 1, "a unit starts with a unit word or with '1/', as in '1/Å²'");
        } else {
            result = term(null);
        }
        while (true) {
            skipBlanks();
            if (atEnd()) {
                return result;
            }
            char operator = text.charAt(position);
            if (OPERATORS.indexOf(operator) < 0) {
                throw unexpected();
            }
            position++;
            skipBlanks();
            Unit next = term(operator);
            result = operator == '/' ? result.dividedBy(next) : result.times(next);
        }
    }

    /** A word with an optional power; {@code operator} is the one before it, null at the start. */
    private Unit term(Character operator) {
        if (atEnd()) {
            throw new UnitException(text, position, position, "a unit word must follow '" + operator + "'");
        }
        char first = text.charAt(position);
        if (Character.isDigit(first)) {
            int start = position;
            throw numberRefused(start, number());
        }
        if (!Character.isLetter(first)) {
            if (operator != null && OPERATORS.indexOf(first) >= 0) {
                throw new UnitException(text, position, position + 1,
                        "a unit word must follow '" + operator + "', not '" + first + "'");
            }
            throw unexpected();
        }
        int start = position;
        while (!atEnd() && Character.isLetterOrDigit(text.charAt(position))) {
            position++;
        }
        String written = text.substring(start, position);
        UnitWord word = SPELLINGS.get(written.replace(ANGSTROM_SIGN, 'Å'));
        if (word == null) {
            throw new UnitException(text, start, position, unknownWord(written));
        }
        int exponent = power(written);
        return Unit.of(word).pow(exponent);
    }

    /** The power after a word, 1 when none is written. */
    private int power(String word) {
        if (atEnd()) {
            return 1;
        }
        int start = position;
        char c = text.charAt(position);
        int exponent;
        if (c == '^') {
            position++;
            boolean parenthesised = consume('(');
            boolean negative = consume('-');
            int digitsStart = position;
            while (!atEnd() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            if (digitsStart == position) {
                throw new UnitException(text, start, Math.min(position + 1, text.length()),
                        "'^' must be followed by an integer power, as in '" + word + "^2' or '" + word + "^-2'");
            }
            if (parenthesised && !consume(')')) {
                throw new UnitException(text, start, position, "')' is missing after the power of '" + word + "'");
            }
            exponent = checkedPower(start, text.substring(digitsStart, position - (parenthesised ? 1 : 0)), negative);
        } else if (c == SUPERSCRIPT_MINUS || SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
            boolean negative = consume(SUPERSCRIPT_MINUS);
            StringBuilder digits = new StringBuilder();
            while (!atEnd() && SUPERSCRIPT_DIGITS.indexOf(text.charAt(position)) >= 0) {
                digits.append(SUPERSCRIPT_DIGITS.indexOf(text.charAt(position)));
                position++;
            }
            if (digits.length() == 0) {
                throw new UnitException(text, start, position, "'⁻' must be followed by superscript digits, as in '"
                        + word + "⁻²'");
            }
            exponent = checkedPower(start, digits.toString(), negative);
        } else {
            return 1;
        }
        if (!atEnd() && (text.charAt(position) == '^' || text.charAt(position) == SUPERSCRIPT_MINUS
                || SUPERSCRIPT_DIGITS.indexOf(text.charAt(position)) >= 0)) {
            throw new UnitException(text, start, position + 1, "'" + word + "' has more than one power");
        }
        return exponent;
    }

    private int checkedPower(int start, String digits, boolean negative) {
        int magnitude = digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (magnitude == 0) {
            throw new UnitException(text, start, position, "the power 0 is not allowed; leave the word out instead");
        }
        if (magnitude > MAX_POWER) {
            throw new UnitException(text, start, position,
                    "the power " + (negative ? "-" : "") + digits + " is out of range (" + -MAX_POWER + " to "
                            + MAX_POWER + ")");
        }
        return negative ? -magnitude : magnitude;
    }

    private String unknownWord(String written) {
        int letters = written.length();
        while (letters > 0 && Character.isDigit(written.charAt(letters - 1))) {
            letters--;
        }
        String prefix = written.substring(0, letters);
        if (letters < written.length() && SPELLINGS.containsKey(prefix.replace(ANGSTROM_SIGN, 'Å'))) {
            String digits = written.substring(letters);
            String superscript = digits.equals("2") ? "²" : digits.equals("3") ? "³" : null;
            return "'" + written + "' is unknown; did you mean "
                    + (superscript != null ? "'" + prefix + superscript + "' or " : "")
                    + "'" + prefix + "^" + digits + "'?";
        }
        String refused = REFUSED_WORDS.get(written);
        if (refused != null) {
            return "'" + written + "' is unknown; " + refused;
        }
        List<String> closest = Spelling.closest(written, spellings());
        if (closest.isEmpty()) {
            return "'" + written + "' is unknown; unit words are " + String.join(", ", spellings());
        }
        List<String> quoted = new ArrayList<>();
        for (String candidate : closest) {
            quoted.add("'" + candidate + "'");
        }
        boolean caseOnly = closest.get(0).equalsIgnoreCase(written);
        return "'" + written + "' is unknown; did you mean " + String.join(" or ", quoted) + "?"
                + (caseOnly ? " (unit words are case-sensitive)" : "");
    }

    private UnitException numberRefused(int start, String number) {
        return new UnitException(text, start, position,
                "a number (" + number + ") may appear in a unit only as the 1 of a leading '1/', as in '1/Å²'");
    }

    private UnitException unexpected() {
        char c = text.charAt(position);
        String problem;
        if (c == '-') {
            problem = "'-' is not allowed here; write a negative power as '^-2' (Å^-2) or divide (1/Å²)";
        } else if (c == '(' || c == ')') {
            problem = "parentheses are not supported; operators apply from left to right, so write a/b/c for a/(b·c)";
        } else if (c == '%') {
            problem = "'%' is not a unit; write a percentage directly after the number, as in 10%";
        } else if (Character.isLetter(c)) {
            problem = "'/', '*' or '·' is missing before '" + text.substring(position, wordEnd(position)) + "'";
        } else {
            problem = "unexpected '" + c + "'; combine unit words with '/', '*' or '·' and write powers as ², ³ or ^n";
        }
        return new UnitException(text, position, c == '%' || !Character.isLetter(c) ? position + 1 : wordEnd(position),
                problem);
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private String number() {
        int start = position;
        while (!atEnd() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        return text.substring(start, position);
    }

    private boolean consume(char expected) {
        if (!atEnd() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipBlanks() {
        while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private static Map<String, UnitWord> buildSpellings() {
        Map<String, UnitWord> map = new LinkedHashMap<>();
        for (UnitWord word : UnitWord.values()) {
            map.put(word.symbol(), word);
            for (String alias : word.aliases()) {
                map.put(alias, word);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
