package org.mlpot.nn;

/**
 * Neuron activation functions with their derivatives, as n2p2 evaluates them
 * ({@code NeuralNetwork::propagateLayer}), plus the shifted softplus of SchNet-style models.
 * Each n2p2 function has the letter {@code global_activation_short} uses for it.
 */
public enum Activation {
    /** {@code l}: x. */
    LINEAR('l') {
        @Override
        public double value(double x) {
            return x;
        }

        @Override
        public double derivative(double x) {
            return 1.0;
        }

        @Override
        public double secondDerivative(double x) {
            return 0.0;
        }
    },
    /** {@code t}: tanh(x). */
    TANH('t') {
        @Override
        public double value(double x) {
            return Math.tanh(x);
        }

        @Override
        public double derivative(double x) {
            double t = Math.tanh(x);
            return 1.0 - t * t;
        }

        @Override
        public double secondDerivative(double x) {
            double t = Math.tanh(x);
            return -2.0 * t * (1.0 - t * t);
        }
    },
    /** {@code s}: the logistic function 1 / (1 + e⁻ˣ). */
    LOGISTIC('s') {
        @Override
        public double value(double x) {
            return 1.0 / (1.0 + Math.exp(-x));
        }

        @Override
        public double derivative(double x) {
            double s = value(x);
            return s * (1.0 - s);
        }

        @Override
        public double secondDerivative(double x) {
            double s = value(x);
            return s * (1.0 - s) * (1.0 - 2.0 * s);
        }
    },
    /**
     * {@code p}: softplus ln(1 + eˣ); as in n2p2, exactly x for x &gt; 35 and 0 for x &lt; −35
     * (derivatives 1 and 0 there).
     */
    SOFTPLUS('p') {
        @Override
        public double value(double x) {
            if (x > EXP_LIMIT) {
                return x;
            }
            if (x < -EXP_LIMIT) {
                return 0.0;
            }
            return Math.log(1.0 + Math.exp(x));
        }

        @Override
        public double derivative(double x) {
            if (x > EXP_LIMIT) {
                return 1.0;
            }
            if (x < -EXP_LIMIT) {
                return 0.0;
            }
            double e = Math.exp(x);
            return e / (1.0 + e);
        }

        @Override
        public double secondDerivative(double x) {
            if (x > EXP_LIMIT || x < -EXP_LIMIT) {
                return 0.0;
            }
            double s = 1.0 / (1.0 + Math.exp(-x));
            return s * (1.0 - s);
        }
    },
    /** {@code r}: ReLU max(0, x), derivative 0 at x = 0. */
    RELU('r') {
        @Override
        public double value(double x) {
            return x > 0 ? x : 0.0;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : 0.0;
        }

        @Override
        public double secondDerivative(double x) {
            return 0.0;
        }
    },
    /** {@code g}: the Gaussian exp(−x²/2). */
    GAUSSIAN('g') {
        @Override
        public double value(double x) {
            return Math.exp(-0.5 * x * x);
        }

        @Override
        public double derivative(double x) {
            return -x * Math.exp(-0.5 * x * x);
        }

        @Override
        public double secondDerivative(double x) {
            return (x * x - 1.0) * Math.exp(-0.5 * x * x);
        }
    },
    /** {@code c}: cos(x). */
    COS('c') {
        @Override
        public double value(double x) {
            return Math.cos(x);
        }

        @Override
        public double derivative(double x) {
            return -Math.sin(x);
        }

        @Override
        public double secondDerivative(double x) {
            return -Math.cos(x);
        }
    },
    /** {@code S}: 1 − logistic(x) = 1 / (1 + eˣ). */
    REVERSE_LOGISTIC('S') {
        @Override
        public double value(double x) {
            return 1.0 - 1.0 / (1.0 + Math.exp(-x));
        }

        @Override
        public double derivative(double x) {
            double s = 1.0 / (1.0 + Math.exp(-x));
            return -s * (1.0 - s);
        }

        @Override
        public double secondDerivative(double x) {
            double s = 1.0 / (1.0 + Math.exp(-x));
            return -s * (1.0 - s) * (1.0 - 2.0 * s);
        }
    },
    /** {@code e}: exp(−x). */
    EXP('e') {
        @Override
        public double value(double x) {
            return Math.exp(-x);
        }

        @Override
        public double derivative(double x) {
            return -Math.exp(-x);
        }

        @Override
        public double secondDerivative(double x) {
            return Math.exp(-x);
        }
    },
    /** {@code h}: x². */
    SQUARE('h') {
        @Override
        public double value(double x) {
            return x * x;
        }

        @Override
        public double derivative(double x) {
            return 2.0 * x;
        }

        @Override
        public double secondDerivative(double x) {
            return 2.0;
        }
    },
    /** Shifted softplus ln(1 + eˣ) − ln 2 (zero at 0); not an n2p2 function, no letter. */
    SHIFTED_SOFTPLUS('\0') {
        @Override
        public double value(double x) {
            // ln(1 + e^x) = max(x, 0) + ln(1 + e^-|x|), stable for every x
            return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x))) - LN2;
        }

        @Override
        public double derivative(double x) {
            return x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
        }

        @Override
        public double secondDerivative(double x) {
            double s = x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
            return s * (1.0 - s);
        }
    };

    /** n2p2's {@code EXP_LIMIT}: beyond ±35 its softplus is x or 0. */
    static final double EXP_LIMIT = 35.0;
    private static final double LN2 = Math.log(2.0);

    private final char letter;

    Activation(char letter) {
        this.letter = letter;
    }

    /** f(x). */
    public abstract double value(double x);

    /** f′(x). */
    public abstract double derivative(double x);

    /** f″(x), which force training needs (the gradient of ∂E/∂G with respect to the weights). */
    public abstract double secondDerivative(double x);

    /** Whether n2p2 has this function (every one except {@link #SHIFTED_SOFTPLUS}). */
    public boolean isN2p2() {
        return letter != '\0';
    }

    /**
     * n2p2's letter for this function.
     *
     * @throws IllegalStateException for {@link #SHIFTED_SOFTPLUS}, which n2p2 does not have
     */
    public char n2p2Letter() {
        if (!isN2p2()) {
            throw new IllegalStateException(this + " is not an n2p2 activation");
        }
        return letter;
    }

    /**
     * The function n2p2 denotes by {@code letter} (case-sensitive: {@code s} and {@code S} differ).
     *
     * @throws IllegalArgumentException for a letter n2p2 does not know, listing the known ones
     */
    public static Activation ofN2p2Letter(char letter) {
        for (Activation a : values()) {
            if (a.letter == letter && a.isN2p2()) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown n2p2 activation '" + letter + "'; known are l t s p r g c S e h");
    }
}
