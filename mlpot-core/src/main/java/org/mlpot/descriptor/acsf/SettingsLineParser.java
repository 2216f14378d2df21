package org.mlpot.descriptor.acsf;

import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/** Reads {@code symfunction_short} lines (see {@link SymmetryFunction#parse(String, CutoffShape)}). */
final class SettingsLineParser {
    static final String KEYWORD = "symfunction_short";

    private SettingsLineParser() {
    }

    /** @param cutoff null when the caller has no cutoff function (compact types only) */
    static SymmetryFunction parse(String line, CutoffShape cutoff) {
        SettingsFields f = SettingsFields.of(line);
        if (f.size() == 0 || !f.text(0).equals(KEYWORD)) {
            throw new IllegalArgumentException("a symmetry function line starts with " + KEYWORD);
        }
        if (f.size() < 3) {
            throw new IllegalArgumentException(KEYWORD + " needs at least the centre element and the type");
        }
        Element centre = f.element(1, "centre element");
        int type = f.integer(2, "symmetry function type");
        return switch (type) {
            case 2 -> {
                fields(f, "ec 2 e1 eta rs rc", 7, 7);
                yield new ExpRadial(centre, f.element(3, "e1"), f.real(4, "eta"), f.real(5, "rs"), f.real(6, "rc"),
                        cutoff(cutoff, type));
            }
            case 3, 9 -> {
                fields(f, "ec " + type + " e1 e2 eta lambda zeta rc [rs]", 9, 10);
                Element e1 = f.element(3, "e1");
                Element e2 = f.element(4, "e2");
                double eta = f.real(5, "eta");
                double lambda = f.real(6, "lambda");
                double zeta = f.real(7, "zeta");
                double rc = f.real(8, "rc");
                double rs = f.size() > 9 ? f.real(9, "rs") : 0.0;
                yield new ExpAngular(type == 3 ? AngularKind.NARROW : AngularKind.WIDE, centre, e1, e2, eta, lambda, zeta, rc, rs,
                        cutoff(cutoff, type));
            }
            case 12 -> {
                fields(f, "ec 12 eta rs rc", 6, 6);
                yield new ExpRadialWeighted(centre, f.real(3, "eta"), f.real(4, "rs"), f.real(5, "rc"), cutoff(cutoff, type));
            }
            case 13 -> {
                fields(f, "ec 13 eta rs lambda zeta rc", 8, 8);
                yield new ExpAngularNarrowWeighted(centre, f.real(3, "eta"), f.real(4, "rs"), f.real(5, "lambda"),
                        f.real(6, "zeta"), f.real(7, "rc"), cutoff(cutoff, type));
            }
            case 20 -> {
                fields(f, "ec 20 e1 rl rc subtype", 7, 7);
                yield new CompactRadial(centre, f.element(3, "e1"), f.real(4, "rl"), f.real(5, "rc"), CompactShape.parse(f.text(6)));
            }
            case 21, 22 -> {
                fields(f, "ec " + type + " e1 e2 rl rc angleLeft angleRight subtype", 10, 10);
                Element e1 = f.element(3, "e1");
                Element e2 = f.element(4, "e2");
                double rl = f.real(5, "rl");
                double rc = f.real(6, "rc");
                double left = f.real(7, "angleLeft");
                double right = f.real(8, "angleRight");
                CompactShape shape = CompactShape.parse(f.text(9));
                yield new CompactAngular(type == 21 ? AngularKind.NARROW : AngularKind.WIDE, centre, e1, e2, rl, rc, left, right,
                        shape);
            }
            case 23 -> {
                fields(f, "ec 23 rl rc subtype", 6, 6);
                yield new CompactRadialWeighted(centre, f.real(3, "rl"), f.real(4, "rc"), CompactShape.parse(f.text(5)));
            }
            case 24, 25 -> {
                fields(f, "ec " + type + " rl rc angleLeft angleRight subtype", 8, 8);
                double rl = f.real(3, "rl");
                double rc = f.real(4, "rc");
                double left = f.real(5, "angleLeft");
                double right = f.real(6, "angleRight");
                CompactShape shape = CompactShape.parse(f.text(7));
                yield new CompactAngularWeighted(type == 24 ? AngularKind.NARROW : AngularKind.WIDE, centre, rl, rc, left, right,
                        shape);
            }
            default -> throw new IllegalArgumentException("symmetry function type " + type
                    + " is not supported; the types are 2, 3, 9, 12, 13 and 20 to 25");
        };
    }

    private static void fields(SettingsFields f, String syntax, int min, int max) {
        int n = f.size();
        if (n < min || n > max) {
            throw new IllegalArgumentException("expected " + KEYWORD + " " + syntax + " (" + (min - 1)
                    + (max > min ? " or " + (max - 1) : "") + " fields after the keyword), got " + (n - 1));
        }
    }

    private static CutoffShape cutoff(CutoffShape cutoff, int type) {
        if (cutoff == null) {
            throw new IllegalArgumentException("symmetry function type " + type
                    + " needs a cutoff function: give the potential's cutoff_type");
        }
        return cutoff;
    }
}
