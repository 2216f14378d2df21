package org.mlpot.descriptor.cutoff;

import java.util.Objects;

/**
 * The kind of a {@link CompactFunction}: its core function and whether it is n2p2's asymmetric
 * variant, in which the core's argument {@code x} is replaced by {@code (2 − x)x}. n2p2 names these
 * by the subtype strings of its polynomial symmetry functions: {@code p1}…{@code p4},
 * {@code p1a}…{@code p4a} and {@code e}.
 *
 * @param core the core function
 * @param asymmetric whether the argument is {@code (2 − x)x} (polynomials only)
 */
public record CompactShape(CoreFunction core, boolean asymmetric) {

    /** Checks the arguments. */
    public CompactShape {
        Objects.requireNonNull(core, "core is null");
        if (asymmetric && core == CoreFunction.EXP) {
            throw new IllegalArgumentException("n2p2 has no asymmetric exponential compact function; use e, or pNa for a polynomial");
        }
    }

    /**
     * The shape named by an n2p2 subtype string.
     *
     * @throws IllegalArgumentException for anything but p1, p2, p3, p4 (with an optional trailing a) or e
     */
    public static CompactShape parse(String subtype) {
        Objects.requireNonNull(subtype, "subtype is null");
        if (subtype.equals("e")) {
            return new CompactShape(CoreFunction.EXP, false);
        }
        if ((subtype.length() == 2 || subtype.length() == 3 && subtype.charAt(2) == 'a')
                && subtype.charAt(0) == 'p' && subtype.charAt(1) >= '1' && subtype.charAt(1) <= '4') {
            CoreFunction core = CoreFunction.values()[subtype.charAt(1) - '1'];
            return new CompactShape(core, subtype.length() == 3);
        }
        throw new IllegalArgumentException("unknown compact function subtype '" + subtype
                + "'; expected p1, p2, p3 or p4 (optionally followed by a, for asymmetric) or e");
    }

    /** The n2p2 subtype string: {@code p2}, {@code p2a}, {@code e} and so on. */
    public String n2p2Name() {
        return switch (core) {
            case EXP -> "e";
            default -> "p" + (core.ordinal() + 1) + (asymmetric ? "a" : "");
        };
    }

    /** The same core, symmetric: what n2p2 uses for the angular part of compact angular functions. */
    public CompactShape symmetric() {
        return asymmetric ? new CompactShape(core, false) : this;
    }
}
