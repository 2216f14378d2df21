package org.mlpot.nn.internal;

import java.nio.DoubleBuffer;
import java.util.Objects;
import org.mlpot.nn.Activation;
import org.mlpot.nn.DenseNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.concurrency.AffinityManager;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMax;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.same.Square;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One {@link DenseNetwork} evaluated on ND4J for a batch of R rows (R atoms of one element), in
 * double precision: for every layer {@code Z = Y_prev · Wᵀ + b} (one gemm, then the bias row added),
 * {@code Y = f(Z)} and {@code D = f′(Z)} with ND4J's elementwise transforms, and backwards
 * {@code Δ_L = D_L}, {@code Δ_{l−1} = (Δ_l · W_l) ⊙ D_{l−1}}, {@code ∂y/∂x = Δ_1 · W_1}.
 *
 * <p>Results equal {@link DenseNetwork#evaluateWithGradient} up to rounding (the gemm sums in another
 * order): relative differences of about 1e-15. Two activations differ from n2p2 by less than
 * {@code e⁻³⁵ ≈ 6e-16} absolute: {@link Activation#SOFTPLUS} is computed everywhere as the stable
 * {@code max(x, 0) + ln(1 + e^−|x|)} where n2p2 switches to exactly x or 0 beyond ±35, and its
 * derivative as the logistic function where n2p2 switches to exactly 1 or 0.
 *
 * <p>The weights are copied to ND4J once; the per-layer arrays are allocated for the largest batch
 * seen and smaller batches use views of their leading rows, so that a call allocates only ND4J's
 * small op descriptors (and a few views when the batch size changes). Not thread-safe: use one evaluator per thread. Each call costs
 * about 20 ND4J ops of 30–100 µs fixed overhead, so the evaluator pays off only for hundreds of rows.
 */
public final class Nd4jBatchEvaluator {
    private static final double LN2 = Math.log(2.0);

    private final DenseNetwork network;
    private final int[] sizes;
    private final Activation[] activations; // [l - 1]
    private final INDArray[] weights; // [l - 1]: n_l × n_{l-1}
    private final INDArray[] biases; // [l - 1]: 1 × n_l

    private int rows = -1;
    private int capacity;
    private INDArray[][] full; // [array][l]: capacity × n_l; 0: inputs (l = 0) and pre-activations, 1: values, 2: slopes, 3: backward
    private INDArray input; // R × n_0
    private INDArray[] preActivations; // [l]: R × n_l, l ≥ 1
    private INDArray[] values; // [l]: R × n_l, l ≥ 1
    private INDArray[] slopes; // [l]: R × n_l, l ≥ 1; become the deltas on the way back
    private INDArray[] backward; // [l]: R × n_l for l = 0..L-1, Δ_{l+1} · W_{l+1}

    /**
     * An evaluator of {@code network}; copies its parameters to ND4J (this initialises ND4J).
     *
     * @param network the network; not modified
     */
    public Nd4jBatchEvaluator(DenseNetwork network) {
        this.network = Objects.requireNonNull(network, "network is null");
        this.sizes = network.layerSizes();
        int layers = network.layerCount();
        this.activations = new Activation[layers];
        this.weights = new INDArray[layers];
        this.biases = new INDArray[layers];
        for (int l = 1; l <= layers; l++) {
            int n = sizes[l];
            int previous = sizes[l - 1];
            double[] w = new double[n * previous];
            double[] b = new double[n];
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < previous; j++) {
                    w[k * previous + j] = network.weight(l, j, k);
                }
                b[k] = network.bias(l, k);
            }
            activations[l - 1] = network.activation(l);
            weights[l - 1] = Nd4j.create(w, new long[] {n, previous}, DataType.DOUBLE);
            biases[l - 1] = Nd4j.create(b, new long[] {1, n}, DataType.DOUBLE);
        }
    }

    /** The network this evaluator evaluates. */
    public DenseNetwork network() {
        return network;
    }

    /**
     * The outputs of {@code rows} input vectors.
     *
     * @param rows the batch size R (positive)
     * @param inputs R × n_0 inputs, row-major (row r is {@code inputs[r·n_0 .. r·n_0 + n_0)}); not modified
     * @param outputs receives the R outputs; overwritten
     * @throws IllegalArgumentException when {@code rows} is not positive or an array is too short
     */
    public void evaluate(int rows, double[] inputs, double[] outputs) {
        check(rows, inputs, outputs, null);
        forward(rows, inputs, false);
        read(values[sizes.length - 1], outputs, rows);
    }

    /**
     * The outputs of {@code rows} input vectors and their gradients with respect to the inputs.
     *
     * @param rows the batch size R (positive)
     * @param inputs R × n_0 inputs, row-major; not modified
     * @param outputs receives the R outputs; overwritten
     * @param gradients receives the R × n_0 gradients {@code ∂y_r/∂x_rj}, row-major; overwritten
     * @throws IllegalArgumentException when {@code rows} is not positive or an array is too short
     */
    public void evaluateWithGradient(int rows, double[] inputs, double[] outputs, double[] gradients) {
        check(rows, inputs, outputs, gradients);
        forward(rows, inputs, true);
        int layers = sizes.length - 1;
        for (int l = layers; l >= 1; l--) {
            INDArray delta = slopes[l]; // Δ_l, R × n_l (the output layer's slopes are Δ_L themselves)
            INDArray target = backward[l - 1]; // R × n_{l-1}
            Nd4j.gemm(delta, weights[l - 1], target, false, false, 1.0, 0.0);
            if (l > 1) {
                slopes[l - 1].muli(target); // Δ_{l-1} = f′(Z_{l-1}) ⊙ (Δ_l · W_l)
            }
        }
        read(values[layers], outputs, rows);
        read(backward[0], gradients, rows * sizes[0]);
    }

    private void check(int rows, double[] inputs, double[] outputs, double[] gradients) {
        Objects.requireNonNull(inputs, "inputs is null");
        Objects.requireNonNull(outputs, "outputs is null");
        if (rows < 1) {
            throw new IllegalArgumentException("a batch needs at least one row, got " + rows);
        }
        long in = (long) rows * sizes[0];
        if (inputs.length < in || outputs.length < rows || gradients != null && gradients.length < in) {
            throw new IllegalArgumentException(rows + " rows of " + sizes[0] + " inputs need " + in + " inputs, "
                    + rows + " outputs" + (gradients != null ? " and " + in + " gradients" : "") + ", got "
                    + inputs.length + ", " + outputs.length + (gradients != null ? " and " + gradients.length : ""));
        }
    }

    private void forward(int rows, double[] inputs, boolean withSlopes) {
        allocate(rows);
        write(inputs, input, rows * sizes[0]);
        INDArray previous = input;
        for (int l = 1; l < sizes.length; l++) {
            INDArray z = preActivations[l];
            Nd4j.gemm(previous, weights[l - 1], z, false, true, 1.0, 0.0);
            z.addiRowVector(biases[l - 1]);
            apply(activations[l - 1], z, values[l], withSlopes ? slopes[l] : null);
            previous = values[l];
        }
    }

    /**
     * {@code y = f(z)} and, when {@code d} is not null, {@code d = f′(z)}, elementwise, as {@link Activation}
     * defines them; {@code z} is not modified.
     */
    private static void apply(Activation f, INDArray z, INDArray y, INDArray d) {
        switch (f) {
            case LINEAR -> {
                y.assign(z);
                if (d != null) {
                    d.assign(1.0);
                }
            }
            case TANH -> {
                Nd4j.exec(new Tanh(z, y));
                if (d != null) {
                    y.mul(y, d).rsubi(1.0); // 1 − tanh²
                }
            }
            case LOGISTIC -> {
                Nd4j.exec(new Sigmoid(z, y));
                if (d != null) {
                    y.rsub(1.0, d).muli(y); // s (1 − s)
                }
            }
            case SOFTPLUS -> {
                softplus(z, y, d);
                if (d != null) {
                    Nd4j.exec(new Sigmoid(z, d));
                }
            }
            case SHIFTED_SOFTPLUS -> {
                softplus(z, y, d);
                y.subi(LN2);
                if (d != null) {
                    Nd4j.exec(new Sigmoid(z, d));
                }
            }
            case RELU -> {
                Nd4j.exec(new ScalarMax(z, null, y, 0.0));
                if (d != null) {
                    Nd4j.exec(new Sign(y, d)); // 1 where z > 0, else 0
                }
            }
            case GAUSSIAN -> {
                Nd4j.exec(new Square(z, y));
                y.muli(-0.5);
                Nd4j.exec(new Exp(y, y));
                if (d != null) {
                    z.mul(y, d).negi(); // −z e^(−z²/2)
                }
            }
            case COS -> {
                Nd4j.exec(new Cos(z, y));
                if (d != null) {
                    Nd4j.exec(new Sin(z, d));
                    d.negi();
                }
            }
            case REVERSE_LOGISTIC -> {
                INDArray s = d != null ? d : y;
                Nd4j.exec(new Sigmoid(z, s));
                s.rsub(1.0, y); // 1 − s; when s is y this is in place
                if (d != null) {
                    d.muli(y).negi(); // −s (1 − s)
                }
            }
            case EXP -> {
                y.assign(z).negi();
                Nd4j.exec(new Exp(y, y));
                if (d != null) {
                    d.assign(y).negi();
                }
            }
            case SQUARE -> {
                z.mul(z, y);
                if (d != null) {
                    z.mul(2.0, d);
                }
            }
            default -> throw new AssertionError("no ND4J form for activation " + f);
        }
    }

    /** {@code y = max(z, 0) + ln(1 + e^−|z|)}, using {@code scratch} (or, when null, a new array) for the max. */
    private static void softplus(INDArray z, INDArray y, INDArray scratch) {
        Nd4j.exec(new Abs(z, y));
        y.negi();
        Nd4j.exec(new Exp(y, y));
        Nd4j.exec(new Log1p(y, y));
        INDArray positive = scratch != null ? scratch : z.ulike();
        Nd4j.exec(new ScalarMax(z, null, positive, 0.0));
        y.addi(positive);
    }

    /**
     * Points the per-layer arrays at {@code rows} rows: views of the leading rows of arrays allocated for
     * at least that many rows (allocated anew, with a quarter to spare, only when the batch grows beyond them).
     */
    private void allocate(int rows) {
        if (rows == this.rows) {
            return;
        }
        int layers = sizes.length - 1;
        if (rows > capacity) {
            capacity = Math.max(rows, capacity + capacity / 4);
            full = new INDArray[4][layers + 1];
            for (int l = 0; l <= layers; l++) {
                for (int a = 0; a < 4; a++) {
                    full[a][l] = Nd4j.create(DataType.DOUBLE, capacity, sizes[l]);
                }
            }
            preActivations = new INDArray[layers + 1];
            values = new INDArray[layers + 1];
            slopes = new INDArray[layers + 1];
            backward = new INDArray[layers];
        }
        input = leadingRows(full[0][0], rows);
        for (int l = 1; l <= layers; l++) {
            preActivations[l] = leadingRows(full[0][l], rows);
            values[l] = leadingRows(full[1][l], rows);
            slopes[l] = leadingRows(full[2][l], rows);
            backward[l - 1] = leadingRows(full[3][l - 1], rows);
        }
        this.rows = rows;
    }

    /** The first {@code rows} rows of a row-major array: contiguous, from offset 0. */
    private static INDArray leadingRows(INDArray array, int rows) {
        return rows == array.rows() ? array : array.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
    }

    private static void write(double[] source, INDArray target, int count) {
        DoubleBuffer buffer = target.data().asNioDouble();
        buffer.put(source, 0, count);
        Nd4j.getAffinityManager().tagLocation(target, AffinityManager.Location.HOST);
    }

    private static void read(INDArray source, double[] target, int count) {
        Nd4j.getAffinityManager().ensureLocation(source, AffinityManager.Location.HOST);
        source.data().asNioDouble().get(target, 0, count);
    }

    /** The network's shape, such as {@code Nd4jBatchEvaluator[30-25t-25t-1l]}. */
    @Override
    public String toString() {
        return "Nd4jBatchEvaluator[" + network + "]";
    }
}
