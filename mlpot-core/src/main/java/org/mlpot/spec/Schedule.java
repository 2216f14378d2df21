package org.mlpot.spec;

/** How the learning rate changes over epochs. */
public sealed interface Schedule {

    /** The learning rate after {@code epoch} epochs, from the initial one. */
    double rate(double initial, int epoch);

    /** The same rate throughout. */
    record Constant() implements Schedule {
        @Override
        public double rate(double initial, int epoch) {
            return initial;
        }

        @Override
        public String toString() {
            return "constant learning rate";
        }
    }

    /**
     * Multiplied by {@code factor} after every epoch.
     *
     * @param factor between 0 and 1
     */
    record Exponential(double factor) implements Schedule {
        /** Checks the factor. */
        public Exponential {
            if (!(factor > 0 && factor <= 1)) {
                throw new IllegalArgumentException("an exponential schedule needs a factor in (0, 1], got " + factor);
            }
        }

        @Override
        public double rate(double initial, int epoch) {
            return initial * Math.pow(factor, epoch);
        }

        @Override
        public String toString() {
            return "learning rate × " + factor + " per epoch";
        }
    }

    /**
     * Multiplied by {@code factor} every {@code every} epochs.
     *
     * @param factor between 0 and 1
     * @param every epochs between steps
     */
    record Step(double factor, int every) implements Schedule {
        /** Checks the arguments. */
        public Step {
            if (!(factor > 0 && factor <= 1) || every < 1) {
                throw new IllegalArgumentException("a step schedule needs a factor in (0, 1] and a period of at least 1 epoch");
            }
        }

        @Override
        public double rate(double initial, int epoch) {
            return initial * Math.pow(factor, epoch / every);
        }

        @Override
        public String toString() {
            return "learning rate × " + factor + " every " + every + " epochs";
        }
    }
}
