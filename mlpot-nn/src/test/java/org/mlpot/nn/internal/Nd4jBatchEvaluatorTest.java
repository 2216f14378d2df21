package org.mlpot.nn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mlpot.nn.Activation;
import org.mlpot.nn.DenseNetwork;

/**
 * The ND4J batch evaluator against {@link DenseNetwork#evaluateWithGradient}, row by row, for every
 * activation (in the hidden layers and at the output), random networks and batch sizes 1 to 1000.
 * Agreement to {@value #TOLERANCE} relative to the larger of 1 and the row's largest value.
 */
class Nd4jBatchEvaluatorTest {
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationAgreesWithThePlainJavaNetwork(Activation f) {
        DenseNetwork hidden = randomNetwork(new int[] {12, 9, 7, 1}, new Activation[] {f, f, Activation.LINEAR}, 31);
        compare(hidden, 37, 2.0, 41);
        DenseNetwork output = randomNetwork(new int[] {6, 5, 1}, new Activation[] {Activation.TANH, f}, 32);
        compare(output, 19, 2.0, 42);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 64, 1000})
    void batchSizesFromOneToAThousandAgree(int rows) {
        DenseNetwork net = randomNetwork(new int[] {30, 25, 25, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.LINEAR}, 7);
        compare(net, rows, 1.0, 8);
    }

    @Test
    void oneEvaluatorServesChangingBatchSizesAndDeepNetworks() {
        DenseNetwork net = randomNetwork(new int[] {4, 6, 5, 4, 3, 1}, new Activation[] {Activation.SOFTPLUS,
                Activation.LOGISTIC, Activation.GAUSSIAN, Activation.SHIFTED_SOFTPLUS, Activation.LINEAR}, 9);
        Nd4jBatchEvaluator evaluator = new Nd4jBatchEvaluator(net);
        for (int rows : new int[] {5, 5, 300, 1, 5}) {
            compare(net, evaluator, rows, 1.5, rows);
        }
    }

    @Test
    void valuesWithoutGradientsAgree() {
        DenseNetwork net = randomNetwork(new int[] {8, 10, 1}, new Activation[] {Activation.COS, Activation.LINEAR}, 3);
        Nd4jBatchEvaluator evaluator = new Nd4jBatchEvaluator(net);
        double[] x = inputs(50, 8, 1.0, 4);
        double[] y = new double[50];
        evaluator.evaluate(50, x, y);
        DenseNetwork.Workspace work = net.newWorkspace();
        for (int r = 0; r < 50; r++) {
            double expected = net.evaluate(x, 8 * r, work);
            assertEquals(expected, y[r], TOLERANCE * Math.max(1.0, Math.abs(expected)), "row " + r);
        }
    }

    @Test
    void refusesBadBatches() {
        DenseNetwork net = randomNetwork(new int[] {3, 2, 1}, new Activation[] {Activation.TANH, Activation.LINEAR}, 1);
        Nd4jBatchEvaluator evaluator = new Nd4jBatchEvaluator(net);
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(0, new double[3], new double[1]));
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(2, new double[5], new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluateWithGradient(2, new double[6], new double[2], new double[5]));
    }

    private static void compare(DenseNetwork net, int rows, double spread, long seed) {
        compare(net, new Nd4jBatchEvaluator(net), rows, spread, seed);
    }

    private static void compare(DenseNetwork net, Nd4jBatchEvaluator evaluator, int rows, double spread, long seed) {
        int n = net.inputSize();
        double[] x = inputs(rows, n, spread, seed);
        double[] y = new double[rows];
        double[] g = new double[rows * n];
        evaluator.evaluateWithGradient(rows, x, y, g);
        DenseNetwork.Workspace work = net.newWorkspace();
        double[] expectedGradient = new double[n];
        for (int r = 0; r < rows; r++) {
            double expected = net.evaluateWithGradient(x, r * n, expectedGradient, 0, work);
            double scale = Math.abs(expected);
            for (double v : expectedGradient) {
                scale = Math.max(scale, Math.abs(v));
            }
            double tolerance = TOLERANCE * Math.max(1.0, scale);
            assertEquals(expected, y[r], tolerance, net + ": output of row " + r);
            for (int j = 0; j < n; j++) {
                assertEquals(expectedGradient[j], g[r * n + j], tolerance, net + ": gradient " + j + " of row " + r);
            }
        }
    }

    private static double[] inputs(int rows, int n, double spread, long seed) {
        Random random = new Random(seed);
        double[] x = new double[rows * n];
        for (int k = 0; k < x.length; k++) {
            x[k] = spread * (2 * random.nextDouble() - 1);
        }
        return x;
    }

    /** Gaussian weights of standard deviation 1.5/√(fan-in) (so that activations leave their linear range), biases 0.3·N(0,1). */
    static DenseNetwork randomNetwork(int[] sizes, Activation[] activations, long seed) {
        Random random = new Random(seed);
        double[][] weights = new double[sizes.length - 1][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 1; l < sizes.length; l++) {
            weights[l - 1] = new double[sizes[l] * sizes[l - 1]];
            biases[l - 1] = new double[sizes[l]];
            for (int k = 0; k < weights[l - 1].length; k++) {
                weights[l - 1][k] = 1.5 * random.nextGaussian() / Math.sqrt(sizes[l - 1]);
            }
            for (int k = 0; k < sizes[l]; k++) {
                biases[l - 1][k] = 0.3 * random.nextGaussian();
            }
        }
        return new DenseNetwork(sizes, activations, weights, biases);
    }
}
