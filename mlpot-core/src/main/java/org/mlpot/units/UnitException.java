package org.mlpot.units;

import java.util.Objects;

/**
 * Unit text that {@link UnitParser} refuses. The message reads
 * {@code 'eV/Ang2' is not a unit: 'Ang2' is unknown; did you mean 'Ang²' or 'Ang^2'?};
 * {@link #start()} and {@link #end()} locate the offending part of {@link #text()} so that a caller
 * can underline it.
 */
public final class UnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int start;
    private final int end;
    private final String problem;

    /**
     * A refusal of {@code text} because of {@code problem}, found in {@code text[start, end)}.
     *
     * @param text    the unit text as given to the parser (without surrounding blanks)
     * @param start   index of the first offending character, 0 ≤ start ≤ text.length()
     * @param end     index after the last offending character, start ≤ end ≤ text.length()
     * @param problem what is wrong and how to fix it, without the quoted text
     */
    public UnitException(String text, int start, int end, String problem) {
        super("'" + Objects.requireNonNull(text, "text is null") + "' is not a unit: "
                + Objects.requireNonNull(problem, "problem is null"));
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is outside '" + text + "'");
        }
        this.text = text;
        this.start = start;
        this.end = end;
        this.problem = problem;
    }

    /** The refused unit text. */
    public String text() {
        return text;
    }

    /** Index in {@link #text()} of the first offending character. */
    public int start() {
        return start;
    }

    /** Index in {@link #text()} after the last offending character (equal to start at the end). */
    public int end() {
        return end;
    }

    /** What is wrong and how to fix it, the part of the message after {@code is not a unit: }. */
    public String problem() {
        return problem;
    }
}
