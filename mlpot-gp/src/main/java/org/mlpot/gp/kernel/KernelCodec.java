package org.mlpot.gp.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.io.FormatException;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.SquaredExponentialKernelSpec;
import org.mlpot.spec.SumKernelSpec;

/**
 * Every kernel of mlpot as JSON in a model file, told apart by the member {@code type} (the spec's
 * type name): {@code dot_product} ({@link DotProductKernel}) with {@code zeta} and {@code delta} (eV),
 * and {@code squared_exponential} ({@link SquaredExponentialKernel}) with {@code length_scale}
 * (descriptor units) and {@code delta} (eV), and {@code sum} ({@link SumKernel}) with {@code terms}
 * (an array of kernels, the d-th on the d-th descriptor) and {@code part_sizes} (an array of splits,
 * each an array of one feature count per term). Numbers read back bit for bit.
 */
public final class KernelCodec {

    private KernelCodec() {
    }

    /**
     * The JSON of {@code kernel}.
     *
     * @throws IllegalArgumentException for a kernel class a model file cannot store
     */
    public static ObjectNode write(Kernel kernel) {
        Objects.requireNonNull(kernel, "kernel is null");
        ObjectNode node = ModelJson.object();
        if (kernel instanceof DotProductKernel dot) {
            node.put("type", DotProductKernelSpec.TYPE);
            node.set("zeta", ModelJson.number(dot.zeta()));
            node.set("delta", ModelJson.number(dot.delta()));
            return node;
        }
        if (kernel instanceof SquaredExponentialKernel se) {
            node.put("type", SquaredExponentialKernelSpec.TYPE);
            node.set("length_scale", ModelJson.number(se.lengthScale()));
            node.set("delta", ModelJson.number(se.delta()));
            return node;
        }
        if (kernel instanceof SumKernel sum) {
            node.put("type", SumKernelSpec.TYPE);
            ArrayNode terms = node.putArray("terms");
            for (Kernel term : sum.terms()) {
                terms.add(write(term));
            }
            ArrayNode splits = node.putArray("part_sizes");
            for (int[] split : sum.partSizes()) {
                splits.add(ModelJson.integers(split));
            }
            return node;
        }
        throw new IllegalArgumentException("a model file cannot store a kernel of class " + kernel.getClass().getName()
                + "; it stores DotProductKernel, SquaredExponentialKernel and SumKernel");
    }

    /**
     * The kernel {@code node} describes.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid kernel
     */
    public static Kernel read(ModelNode node) {
        Objects.requireNonNull(node, "node is null");
        ModelNode type = node.field("type");
        try {
            switch (type.text()) {
                case DotProductKernelSpec.TYPE:
                    return new DotProductKernel(node.field("zeta").real(), node.field("delta").real());
                case SquaredExponentialKernelSpec.TYPE:
                    return new SquaredExponentialKernel(node.field("length_scale").real(), node.field("delta").real());
                case SumKernelSpec.TYPE:
                    return readSum(node);
                default:
                    throw type.error("unknown kernel type '" + type.text() + "'; known are " + DotProductKernelSpec.TYPE
                            + ", " + SquaredExponentialKernelSpec.TYPE + " and " + SumKernelSpec.TYPE);
            }
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static SumKernel readSum(ModelNode node) {
        List<Kernel> terms = new ArrayList<>();
        for (ModelNode term : node.field("terms").items()) {
            terms.add(read(term));
        }
        List<int[]> splits = new ArrayList<>();
        for (ModelNode split : node.field("part_sizes").items()) {
            splits.add(split.integers());
        }
        return new SumKernel(terms, splits);
    }
}
