package org.mlpot.nn.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.mlpot.spec.Optimizer;

/** Adam (Kingma &amp; Ba 2015) with bias correction; its moments are part of a checkpoint. */
final class AdamUpdater {
    private final Optimizer.Adam settings;
    private final double[] first;
    private final double[] second;
    private long steps;

    AdamUpdater(Optimizer.Adam settings, int parameters) {
        this.settings = settings;
        this.first = new double[parameters];
        this.second = new double[parameters];
    }

    /** One step of size {@code learningRate} along the gradient; {@code parameters} is modified. */
    void step(double[] parameters, double[] gradient, double learningRate) {
        steps++;
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double correction1 = 1 - Math.pow(b1, steps);
        double correction2 = 1 - Math.pow(b2, steps);
        double eps = settings.epsilon();
        for (int q = 0; q < parameters.length; q++) {
            double g = gradient[q];
            first[q] = b1 * first[q] + (1 - b1) * g;
            second[q] = b2 * second[q] + (1 - b2) * g * g;
            double mHat = first[q] / correction1;
            double vHat = second[q] / correction2;
            parameters[q] -= learningRate * mHat / (Math.sqrt(vHat) + eps);
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeLong(steps);
        Checkpoint.writeArray(out, first);
        Checkpoint.writeArray(out, second);
    }

    void read(DataInputStream in) throws IOException {
        steps = in.readLong();
        Checkpoint.readArrayInto(in, first);
        Checkpoint.readArrayInto(in, second);
    }
}
