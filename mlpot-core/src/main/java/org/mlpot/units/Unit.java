package org.mlpot.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A unit of measurement: a product of {@link UnitWord}s to integer powers, with its factor to
 * mlpot's internal units (eV, Å, fs, K, amu, 1 per atom) and its {@link Dimension}. Immutable.
 *
 * <p>A unit is kept in canonical form: each word once with its total power, powers that cancel
 * dropped, aliases replaced by the word's symbol, positive powers before negative ones and words
 * within each group in {@link UnitWord} order (energies first). Two units are equal when their
 * canonical forms are, so {@code 1/Å²}, {@code 1/Å^2}, {@code Å^-2} and {@code 1/Ang^2} are equal,
 * and so are {@code eV·Å} and {@code Å·eV}, while {@code Hartree/Bohr} and {@code eV/Å} are not
 * (their factors differ). Equality ignores {@link #text()}, the spelling the user wrote.
 *
 * <p>{@link #toString()} prints the canonical form, which {@link UnitParser#parse(String)} reads
 * back to an equal unit: words with positive powers joined by {@code ·}, then {@code /word} for
 * each negative power, {@code ²} and {@code ³} for squares and cubes and {@code ^n} otherwise, a
 * leading {@code 1} when no power is positive, and {@code 1} alone for a pure number: {@code eV/Å},
 * {@code 1/Å²}, {@code eV/Å³}, {@code meV/atom}, {@code kcal/mol}.
 */
public final class Unit {
    /** The pure number 1, the unit of a dimensionless value. */
    public static final Unit ONE = new Unit(List.of(), null);

    private final List<Term> terms;
    private final double factor;
    private final Dimension dimension;
    private final String canonical;
    private final String text;

    /** One word to a nonzero power; exponents are combined per word in canonical form. */
    private record Term(UnitWord word, int exponent) {
    }

    /** Positive powers first, then by word; with one term per word this order is total. */
    private static final Comparator<Term> CANONICAL_ORDER =
            Comparator.comparing((Term term) -> term.exponent() < 0).thenComparing(Term::word);

    private Unit(List<Term> terms, String text) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(CANONICAL_ORDER);
        this.terms = List.copyOf(sorted);
        double f = 1.0;
        Dimension d = Dimension.DIMENSIONLESS;
        for (Term term : this.terms) {
            for (int i = 0; i < Math.abs(term.exponent()); i++) {
                f = term.exponent() > 0 ? f * term.word().factor() : f / term.word().factor();
            }
            d = d.times(term.word().dimension().pow(term.exponent()));
        }
        this.factor = f;
        this.dimension = d;
        this.canonical = canonicalText(this.terms);
        this.text = text != null ? text : canonical;
    }

    /** The unit named by one word, e.g. {@code Unit.of(UnitWord.ELECTRONVOLT)} for eV. */
    public static Unit of(UnitWord word) {
        Objects.requireNonNull(word, "word is null");
        return new Unit(List.of(new Term(word, 1)), null);
    }

    /** The product of this unit and {@code other}, in canonical form. */
    public Unit times(Unit other) {
        Objects.requireNonNull(other, "other is null");
        return new Unit(combine(terms, other.terms, 1), null);
    }

    /** The quotient of this unit by {@code other}, in canonical form. */
    public Unit dividedBy(Unit other) {
        Objects.requireNonNull(other, "other is null");
        return new Unit(combine(terms, other.terms, -1), null);
    }

    /** This unit to the integer power {@code exponent}; the power 0 gives {@link #ONE}. */
    public Unit pow(int exponent) {
        List<Term> powered = new ArrayList<>();
        if (exponent != 0) {
            for (Term term : terms) {
                powered.add(new Term(term.word(), Math.multiplyExact(term.exponent(), exponent)));
            }
        }
        return new Unit(powered, null);
    }

    /** The same unit remembering {@code text} as the spelling the user wrote (for messages). */
    Unit writtenAs(String text) {
        return new Unit(terms, Objects.requireNonNull(text, "text is null"));
    }

    /** One of this unit in mlpot's internal units of its dimension: 1 for eV/Å, 0.001 for meV. */
    public double factor() {
        return factor;
    }

    /** The dimension of this unit. */
    public Dimension dimension() {
        return dimension;
    }

    /** Converts {@code value} in this unit to mlpot's internal units: {@code value · factor()}. */
    public double toInternal(double value) {
        return value * factor;
    }

    /** Converts {@code value} in mlpot's internal units to this unit: {@code value / factor()}. */
    public double fromInternal(double value) {
        return value / factor;
    }

    /**
     * The spelling the user wrote when this unit came from {@link UnitParser#parse(String)}
     * (without surrounding blanks), else the canonical form.
     */
    public String text() {
        return text;
    }

    /** The canonical form, e.g. {@code eV/Å} or {@code 1/Å²}; parses back to an equal unit. */
    @Override
    public String toString() {
        return canonical;
    }

    /** Equal when the canonical forms are equal; the written text does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && terms.equals(unit.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    private static List<Term> combine(List<Term> left, List<Term> right, int sign) {
        int[] exponents = new int[UnitWord.values().length];
        for (Term term : left) {
            exponents[term.word().ordinal()] += term.exponent();
        }
        for (Term term : right) {
            exponents[term.word().ordinal()] = Math.addExact(exponents[term.word().ordinal()],
                    Math.multiplyExact(sign, term.exponent()));
        }
        List<Term> combined = new ArrayList<>();
        for (UnitWord word : UnitWord.values()) {
            if (exponents[word.ordinal()] != 0) {
                combined.add(new Term(word, exponents[word.ordinal()]));
            }
        }
        return combined;
    }

    private static String canonicalText(List<Term> terms) {
        StringBuilder numerator = new StringBuilder();
        StringBuilder denominator = new StringBuilder();
        for (Term term : terms) {
            if (term.exponent() > 0) {
                if (numerator.length() > 0) {
                    numerator.append('·');
                }
                numerator.append(term.word().symbol()).append(power(term.exponent()));
            } else {
                denominator.append('/').append(term.word().symbol()).append(power(-term.exponent()));
            }
        }
        if (numerator.length() == 0) {
            numerator.append('1');
        }
        return numerator.append(denominator).toString();
    }

    private static String power(int exponent) {
        return switch (exponent) {
            case 1 -> "";
            case 2 -> "²";
            case 3 -> "³";
            default -> "^" + exponent;
        };
    }
}
