package org.mlpot.metrics;

import java.util.OptionalDouble;

/**
 * How well a potential's predicted uncertainty covers its actual errors on labelled frames: the
 * fraction of errors inside one and two predicted standard deviations. For a calibrated Gaussian
 * prediction these are about 0.68 and 0.95. Each fraction is empty when no frame had that label
 * and an uncertainty for it.
 *
 * @param energyWithin1Sigma fraction of total-energy errors with |ΔE| ≤ σ_E
 * @param energyWithin2Sigma fraction with |ΔE| ≤ 2σ_E
 * @param forceWithin1Sigma fraction of force-component errors with |ΔF| ≤ σ_F of that component
 * @param forceWithin2Sigma fraction with |ΔF| ≤ 2σ_F
 */
public record Calibration(OptionalDouble energyWithin1Sigma, OptionalDouble energyWithin2Sigma,
                          OptionalDouble forceWithin1Sigma, OptionalDouble forceWithin2Sigma) {

    /** Counts errors inside one and two standard deviations. Mutable; not thread-safe. */
    static final class Counter {
        private long count;
        private long within1;
        private long within2;

        void add(double error, double sigma) {
            double e = Math.abs(error);
            count++;
            within1 += e <= sigma ? 1 : 0;
            within2 += e <= 2 * sigma ? 1 : 0;
        }

        OptionalDouble within1() {
            return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) within1 / count);
        }

        OptionalDouble within2() {
            return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) within2 / count);
        }

        boolean isEmpty() {
            return count == 0;
        }
    }
}
