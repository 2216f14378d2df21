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

        /** Adam with the usual β₁ 0.9, β₂ 0.999, ε 1e-8. */
        public static Adam withLearningRate(double learningRate) {
            return new Adam(learningRate, 0.9, 0.999, 1e-8);
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
    }
}
