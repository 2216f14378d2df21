package org.mlpot.spec;

/** How training updates the parameters. */
public sealed interface Optimizer {

    /**
     * Adam (Kingma &amp; Ba 2015).
     *
     * @param learningRate the step size α
     * @param beta1 decay of the first-moment estimate
     * @param beta2 decay of the second-moment estimate
     * @param epsilon the denominator's floor
     */
    record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
        /** Checks the arguments. */
        public Adam {
            if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
                throw new IllegalArgumentException("Adam needs learning_rate > 0, 0 <= beta1, beta2 < 1 and epsilon > 0");
            }
        }

        /** For people: {@code adam, learning rate 0.001 (β1 0.9, β2 0.999, ε 1e-08)}. */
        @Override
        public String toString() {
            return "adam, learning rate " + learningRate + " (β1 " + beta1 + ", β2 " + beta2 + ", ε " + epsilon + ")";
        }

        /** Adam with the usual β₁ 0.9, β₂ 0.999, ε 1e-8. */
        public static Adam withLearningRate(double learningRate) {
            return new Adam(learningRate, 0.9, 0.999, 1e-8);
        }
    }

    /**
     * n2p2's global extended Kalman filter: the weights are updated after every single observable
     * (one structure's energy per atom, or one force component), each epoch visiting every training
     * structure's energy and a random part of its force components, with n2p2's default filter
     * settings (initial covariance I/0.01, process noise 0.01·e^(−t/2.302) down to 10⁻⁶, learning
     * rate 0.01·e^(t/2.302) up to 1, t in epochs).
     *
     * @param forceFraction the part of each structure's force components used per epoch, in (0, 1]
     */
    record Kalman(double forceFraction) implements Optimizer {
        /** Checks the arguments. */
        public Kalman {
            if (!(forceFraction > 0 && forceFraction <= 1)) {
                throw new IllegalArgumentException("the Kalman filter's force_fraction must be in (0, 1], got " + forceFraction);
            }
        }

        /** For people: {@code Kalman filter, 2% of the force components per epoch}. */
        @Override
        public String toString() {
            return "Kalman filter, " + java.math.BigDecimal.valueOf(100 * forceFraction).stripTrailingZeros().toPlainString()
                    + "% of the force components per epoch";
        }
    }

    /**
     * Limited-memory BFGS on the full training set.
     *
     * @param history the number of correction pairs kept
     */
    record Lbfgs(int history) implements Optimizer {
        /** Checks the arguments. */
        public Lbfgs {
            if (history < 1) {
                throw new IllegalArgumentException("L-BFGS needs a history of at least 1, got " + history);
            }
        }

        /** For people: {@code L-BFGS, history 10}. */
        @Override
        public String toString() {
            return "L-BFGS, history " + history;
        }
    }
}
