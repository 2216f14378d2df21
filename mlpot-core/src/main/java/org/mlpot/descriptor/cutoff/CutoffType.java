package org.mlpot.descriptor.cutoff;

/**
 * n2p2's cutoff function types, numbered as in its {@code cutoff_type} keyword. With the inner
 * cutoff {@code rci = α rc} and {@code x = (r − rci)/(rc − rci)}, every type but {@link #HARD},
 * {@link #TANHU} and {@link #TANH} is 1 for {@code r < rci}; all are 0 for {@code r ≥ rc}.
 */
public enum CutoffType {
    /** 0: {@code f = 1} (α is ignored). */
    HARD(0),
    /** 1: {@code f(x) = ½[cos(πx) + 1]}. */
    COS(1),
    /** 2: {@code f(r) = tanh³(1 − r/rc)} (α is ignored; {@code f(0) ≈ 0.44}). */
    TANHU(2),
    /** 3: {@code f(r) = c·tanh³(1 − r/rc)} with {@code c = 1/tanh³(1)}, so that {@code f(0) = 1} (α is ignored). */
    TANH(3),
    /** 4: {@code f(x) = exp(1 − 1/(1 − x²))}. */
    EXP(4),
    /** 5: {@code f(x) = (2x − 3)x² + 1}. */
    POLY1(5),
    /** 6: {@code f(x) = ((15 − 6x)x − 10)x³ + 1}. */
    POLY2(6),
    /** 7: {@code f(x) = (x(x(20x − 70) + 84) − 35)x⁴ + 1}. */
    POLY3(7),
    /** 8: {@code f(x) = (x(x((315 − 70x)x − 540) + 420) − 126)x⁵ + 1}. */
    POLY4(8);

    private final int code;

    CutoffType(int code) {
        this.code = code;
    }

    /** The number n2p2 uses for this type in {@code cutoff_type}. */
    public int code() {
        return code;
    }

    /**
     * The type with n2p2 number {@code code}.
     *
     * @throws IllegalArgumentException when no type has that number (they run from 0 to 8)
     */
    public static CutoffType ofCode(int code) {
        for (CutoffType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown cutoff type " + code + "; n2p2 knows 0 (HARD), 1 (COS), 2 (TANHU), "
                + "3 (TANH), 4 (EXP), 5 (POLY1), 6 (POLY2), 7 (POLY3) and 8 (POLY4)");
    }

    /** The core function of the types that have one (EXP, POLY1–4), else null. */
    CoreFunction core() {
        return switch (this) {
            case EXP -> CoreFunction.EXP;
            case POLY1 -> CoreFunction.POLY1;
            case POLY2 -> CoreFunction.POLY2;
            case POLY3 -> CoreFunction.POLY3;
            case POLY4 -> CoreFunction.POLY4;
            default -> null;
        };
    }
}
