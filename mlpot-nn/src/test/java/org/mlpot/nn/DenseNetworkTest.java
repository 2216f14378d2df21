package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forward pass against a hand computation, input gradient against finite differences, shape checks. */
class DenseNetworkTest {

    @Test
    void forwardPassOfASmallNetworkByHand() {
        // 2 inputs, 2 tanh neurons, linear output; weights[k * 2 + j] from input j to neuron k
        DenseNetwork net = new DenseNetwork(new int[] {2, 2, 1}, new Activation[] {Activation.TANH, Activation.LINEAR},
                new double[][] {{0.5, -1.0, 2.0, 0.25}, {1.5, -0.5}}, new double[][] {{0.1, -0.2}, {0.3}});
        double x0 = 0.7;
        double x1 = -0.4;
        double h0 = Math.tanh(0.5 * x0 - 1.0 * x1 + 0.1);
        double h1 = Math.tanh(2.0 * x0 + 0.25 * x1 - 0.2);
        double expected = 1.5 * h0 - 0.5 * h1 + 0.3;
        assertEquals(expected, net.evaluate(new double[] {x0, x1}, 0, net.newWorkspace()), 1e-15);
        assertEquals(9, net.parameterCount());
        assertEquals(-1.0, net.weight(1, 1, 0), 0.0);
        assertEquals(-0.2, net.bias(1, 1), 0.0);
        assertEquals("2-2t-1l", net.toString());
    }

    @Test
    void inputGradientMatchesFiniteDifferences() {
        for (Activation f : Activation.values()) {
            DenseNetwork net = SyntheticPotentials.randomNetwork(new int[] {5, 7, 4, 1},
                    new Activation[] {f, Activation.TANH, Activation.LINEAR}, 3);
            DenseNetwork.Workspace work = net.newWorkspace();
            Random random = new Random(5);
            double[] x = new double[6];
            for (int k = 0; k < x.length; k++) {
                x[k] = 2 * random.nextDouble() - 1;
            }
            double[] gradient = new double[7];
            double y = net.evaluateWithGradient(x, 1, gradient, 2, work);
            assertEquals(net.evaluate(x, 1, work), y, 0.0);
            double h = 1e-6;
            for (int k = 0; k < 5; k++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[1 + k] += h;
                minus[1 + k] -= h;
                double expected = (net.evaluate(plus, 1, work) - net.evaluate(minus, 1, work)) / (2 * h);
                assertEquals(expected, gradient[2 + k], 1e-7, f + ": input " + k);
            }
        }
    }

    @Test
    void refusesShapesThatDoNotFit() {
        Activation[] two = {Activation.TANH, Activation.LINEAR};
        assertThrows(IllegalArgumentException.class, () -> new DenseNetwork(new int[] {2, 2, 2}, two,
                new double[][] {new double[4], new double[4]}, new double[][] {new double[2], new double[2]}));
        assertThrows(IllegalArgumentException.class, () -> new DenseNetwork(new int[] {2, 2, 1}, two,
                new double[][] {new double[3], new double[2]}, new double[][] {new double[2], new double[1]}));
        assertThrows(IllegalArgumentException.class, () -> new DenseNetwork(new int[] {2, 2, 1}, two,
                new double[][] {{0, 0, 0, Double.NaN}, new double[2]}, new double[][] {new double[2], new double[1]}));
        DenseNetwork small = SyntheticPotentials.randomNetwork(new int[] {2, 2, 1}, two, 1);
        DenseNetwork other = SyntheticPotentials.randomNetwork(new int[] {2, 3, 1}, two, 1);
        assertThrows(IllegalArgumentException.class, () -> small.evaluate(new double[2], 0, other.newWorkspace()));
    }
}
