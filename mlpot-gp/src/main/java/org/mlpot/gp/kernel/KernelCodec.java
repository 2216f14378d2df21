package org.mlpot.gp.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.io.FormatException;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.spec.SumKernelSpec;

/**
 * Every kernel of mlpot as JSON in a model file, told apart by the member {@code type} (the spec's
 * type name): {@code dot_product} ({@link DotProductKernel}) with {@code zeta} and {@code delta} (eV),
 * and {@code squared_exponential} ({@link SquaredExponentialKernel}) with {@code length_scale}
 * (descriptor units) and {@code delta} (eV), and {@code sum} ({@link SumKernel}) with {@code terms}
 * (an array of kernels, the d-th on the d-th descriptor) and {@code part_sizes} (an array of splits,
 * each an array of one feature count per term); a plugin's kernel with the members its
 * {@link KernelKind} writes. The methods without a {@link KernelKinds} argument use
 * {@link KernelKinds#installed()}. Numbers read back bit for bit.
 */
public final class KernelCodec {

    private KernelCodec() {
    }

    /**
     * The JSON of {@code kernel}, with the installed kinds.
     *
     * @throws IllegalArgumentException for a kernel class a model file cannot store
     */
    public static ObjectNode write(Kernel kernel) {
        return write(kernel, KernelKinds.installed());
    }

    /**
     * The JSON of {@code kernel}, with the given kinds.
     *
     * @throws IllegalArgumentException for a kernel class none of the kinds stores
     */
    public static ObjectNode write(Kernel kernel, KernelKinds kinds) {
        Objects.requireNonNull(kernel, "kernel is null");
        Objects.requireNonNull(kinds, "kinds is null");
        ObjectNode node = ModelJson.object();
        if (kernel instanceof SumKernel sum) {
            node.put("type", SumKernelSpec.TYPE);
            ArrayNode terms = node.putArray("terms");
            for (Kernel term : sum.terms()) {
                terms.add(write(term, kinds));
            }
            ArrayNode splits = node.putArray("part_sizes");
            for (int[] split : sum.partSizes()) {
                splits.add(ModelJson.integers(split));
            }
            return node;
        }
        KernelKind<?, ?> kind = kinds.forClass(kernel.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "a model file cannot store a kernel of class " + kernel.getClass().getName() + "; it stores "
                + storedClasses(kinds) + " (a plugin's kernel needs its KernelKind on the class path)"));
        node.put("type", kind.type());
        writeWith(kind, kernel, node);
        return node;
    }

    private static <K extends Kernel> void writeWith(KernelKind<?, K> kind, Kernel kernel, ObjectNode node) {
        kind.write(kind.kernelClass().cast(kernel), node);
    }

    private static String storedClasses(KernelKinds kinds) {
        List<String> names = new ArrayList<>();
        for (KernelKind<?, ?> kind : kinds.kinds()) {
            names.add(kind.kernelClass().getSimpleName());
        }
        names.add(SumKernel.class.getSimpleName());
        return inWords(names);
    }

    /**
     * The kernel {@code node} describes, with the installed kinds.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid kernel
     */
    public static Kernel read(ModelNode node) {
        return read(node, KernelKinds.installed());
    }

    /**
     * The kernel {@code node} describes, with the given kinds.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid kernel of
     *     one of the kinds
     */
    public static Kernel read(ModelNode node, KernelKinds kinds) {
        Objects.requireNonNull(node, "node is null");
        Objects.requireNonNull(kinds, "kinds is null");
        ModelNode type = node.field("type");
        try {
            if (type.text().equals(SumKernelSpec.TYPE)) {
                return readSum(node, kinds);
            }
            KernelKind<?, ?> kind = kinds.forType(type.text()).orElseThrow(() -> {
                List<String> known = new ArrayList<>();
                kinds.kinds().forEach(k -> known.add(k.type()));
                known.add(SumKernelSpec.TYPE);
                return type.error("unknown kernel type '" + type.text() + "'; known are " + inWords(known)
                        + " (a plugin's type needs the plugin's jar on the class path: MLPOT_PLUGINS for the command line)");
            });
            return kind.read(node);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static SumKernel readSum(ModelNode node, KernelKinds kinds) {
        List<Kernel> terms = new ArrayList<>();
        for (ModelNode term : node.field("terms").items()) {
            terms.add(read(term, kinds));
        }
        List<int[]> splits = new ArrayList<>();
        for (ModelNode split : node.field("part_sizes").items()) {
            splits.add(split.integers());
        }
        return new SumKernel(terms, splits);
    }

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }
}
