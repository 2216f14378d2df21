package org.mlpot.nn.train;

import java.util.Objects;
import java.util.SplittableRandom;
import org.mlpot.spec.NetworkSpec.Initialization;

/**
 * Random starting weights for a {@link NetworkLayout}, reproducible from a seed.
 *
 * <ul>
 *   <li>{@link Initialization#NGUYEN_WIDROW}, as n2p2 applies it: weights first uniform in [−1, 1];
 *       then in every hidden layer each neuron's incoming weight vector is rescaled to length
 *       {@code β = 0.7 · n_l^(1/n_{l−1})} and its bias drawn uniform in [−β, β]; the output layer
 *       keeps its uniform weights with bias 0.</li>
 *   <li>{@link Initialization#GLOROT} (uniform): weights uniform in ±√(6 / (n_{l−1} + n_l)), biases 0.</li>
 * </ul>
 */
public final class WeightInitializer {
    private WeightInitializer() {
    }

    /**
     * Starting parameters.
     *
     * @param layout the networks
     * @param initialization the scheme
     * @param seed the seed; each element's network draws from its own stream split off it
     */
    public static double[] initialize(NetworkLayout layout, Initialization initialization, long seed) {
        Objects.requireNonNull(layout, "layout is null");
        Objects.requireNonNull(initialization, "initialization is null");
        double[] parameters = new double[layout.parameterCount()];
        SplittableRandom root = new SplittableRandom(seed);
        for (int s = 0; s < layout.elementCount(); s++) {
            SplittableRandom random = root.split();
            int[] n = layout.sizes(s);
            int p = layout.offset(s);
            for (int l = 1; l < n.length; l++) {
                int in = n[l - 1];
                int weights = n[l] * in;
                boolean hidden = l < n.length - 1;
                switch (initialization) {
                    case GLOROT -> {
                        double a = Math.sqrt(6.0 / (in + n[l]));
                        for (int w = 0; w < weights; w++) {
                            parameters[p + w] = a * (2 * random.nextDouble() - 1);
                        }
                    }
                    case NGUYEN_WIDROW -> {
                        for (int w = 0; w < weights; w++) {
                            parameters[p + w] = 2 * random.nextDouble() - 1;
                        }
                        if (hidden) {
                            double beta = 0.7 * Math.pow(n[l], 1.0 / in);
                            for (int k = 0; k < n[l]; k++) {
                                double norm = 0;
                                for (int j = 0; j < in; j++) {
                                    norm += parameters[p + k * in + j] * parameters[p + k * in + j];
                                }
                                double factor = beta / Math.sqrt(norm);
                                for (int j = 0; j < in; j++) {
                                    parameters[p + k * in + j] *= factor;
                                }
                                parameters[p + weights + k] = beta * (2 * random.nextDouble() - 1);
                            }
                        }
                    }
                }
                p += weights + n[l];
            }
        }
        return parameters;
    }
}
