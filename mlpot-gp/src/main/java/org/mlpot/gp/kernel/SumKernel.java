package org.mlpot.gp.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Element;

/**
 * One kernel per part of a concatenated descriptor, summed:
 * {@code k(q, q′) = Σ_d k_d(q[slice_d], q′[slice_d])}, where {@code slice_d} is part d's stretch of
 * the vector (see {@link ConcatenatedDescriptor}). Each term keeps its own δ and ζ or length scale,
 * as GAP sums a two-body and a SOAP kernel. The gradient is each term's gradient in its slice, and
 * the mixed second derivative the sum of the terms' on their slices of q, q′, u and v.
 *
 * <p>A kernel sees vectors, not elements, so the slices are found from the vector's length: each
 * element's part sizes are given, and two elements with the same total length must split it the
 * same way. A part without features for an element adds nothing to that element's kernel. Since
 * the terms are independent, the sum's energy scale is {@code δ = sqrt(Σ_d δ_d²)}, and
 * {@link #withDelta} scales every term's δ by the same factor, so that fitting an overall scale (as
 * {@code optimize true} does) keeps the ratios between the terms.
 *
 * <p>Immutable and safe for concurrent use: the slices are copied into per-thread buffers, so no call
 * allocates once a thread has seen every split.
 */
public final class SumKernel implements Kernel {
    private final List<Kernel> terms;
    private final Kernel[] termArray;
    private final double delta;
    /** [split][term]: the part sizes, one split per distinct total length. */
    private final int[][] sizes;
    /** [split][term]: where each part starts. */
    private final int[][] offsets;
    /** [split]: the total length that selects the split. */
    private final int[] totals;
    private final ThreadLocal<Scratch> scratch;

    /**
     * A sum of kernels over the parts of a descriptor vector.
     *
     * @param terms two or more kernels, the d-th for the d-th part
     * @param partSizes for each element of the descriptor (or each distinct split), the number of
     *     features of every part, one entry per term, each 0 or more; not modified
     * @throws IllegalArgumentException when there are fewer than two terms, a split has the wrong
     *     number of parts, a size is negative or all are zero, or two splits have the same total length
     *     but different parts
     */
    public SumKernel(List<Kernel> terms, List<int[]> partSizes) {
        Objects.requireNonNull(terms, "terms is null");
        Objects.requireNonNull(partSizes, "partSizes is null");
        this.terms = List.copyOf(terms);
        if (this.terms.size() < 2) {
            throw new IllegalArgumentException("a sum of kernels needs two or more terms, got " + this.terms.size());
        }
        if (partSizes.isEmpty()) {
            throw new IllegalArgumentException("a sum of kernels needs the part sizes of at least one element");
        }
        this.termArray = this.terms.toArray(new Kernel[0]);
        double squares = 0;
        for (Kernel term : termArray) {
            squares += term.delta() * term.delta();
        }
        this.delta = Math.sqrt(squares);
        List<int[]> distinct = new ArrayList<>();
        for (int[] split : partSizes) {
            Objects.requireNonNull(split, "a split is null");
            checkSplit(split, termArray.length);
            int total = Arrays.stream(split).sum();
            int[] known = null;
            for (int[] other : distinct) {
                if (Arrays.stream(other).sum() == total) {
                    known = other;
                }
            }
            if (known == null) {
                distinct.add(split.clone());
            } else if (!Arrays.equals(known, split)) {
                throw new IllegalArgumentException("two elements have " + total + " features each but split them differently ("
                        + Arrays.toString(known) + " and " + Arrays.toString(split) + "); a sum of kernels tells the elements"
                        + " apart only by the length of their vectors: give the descriptors sizes that differ per element,"
                        + " or use one kernel for all descriptors");
            }
        }
        this.sizes = distinct.toArray(new int[0][]);
        this.offsets = new int[sizes.length][termArray.length];
        this.totals = new int[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            for (int d = 0; d < termArray.length; d++) {
                offsets[s][d] = totals[s];
                totals[s] += sizes[s][d];
            }
        }
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /**
     * The sum of {@code terms} over the parts of {@code descriptor}, the d-th term on the d-th part.
     *
     * @param terms one kernel per part, in the descriptor's order
     * @param descriptor a {@link ConcatenatedDescriptor} with as many parts as there are terms
     * @throws IllegalArgumentException when the descriptor is not concatenated, its parts and the
     *     terms differ in number, or two of its elements split the same length differently
     */
    public static SumKernel over(List<Kernel> terms, Descriptor descriptor) {
        Objects.requireNonNull(terms, "terms is null");
        Objects.requireNonNull(descriptor, "descriptor is null");
        if (!(descriptor instanceof ConcatenatedDescriptor concatenated) || concatenated.parts().size() != terms.size()) {
            int parts = descriptor instanceof ConcatenatedDescriptor c ? c.parts().size() : 1;
            throw new IllegalArgumentException("a sum of " + terms.size() + " kernels needs one descriptor per kernel, but the"
                    + " model has " + parts + " descriptor" + (parts == 1 ? "" : "s")
                    + "; give one kernel for all descriptors, or one per descriptor");
        }
        List<int[]> splits = new ArrayList<>();
        for (Element element : descriptor.elements()) {
            int[] split = new int[terms.size()];
            for (int d = 0; d < split.length; d++) {
                split[d] = concatenated.parts().get(d).size(element);
            }
            splits.add(split);
        }
        return new SumKernel(terms, splits);
    }

    private static void checkSplit(int[] split, int termCount) {
        if (split.length != termCount) {
            throw new IllegalArgumentException("a split of a sum of " + termCount + " kernels needs " + termCount
                    + " part sizes, got " + Arrays.toString(split));
        }
        int total = 0;
        for (int size : split) {
            if (size < 0) {
                throw new IllegalArgumentException("part sizes must be 0 or more, got " + Arrays.toString(split));
            }
            total += size;
        }
        if (total == 0) {
            throw new IllegalArgumentException("a split needs at least one feature, got " + Arrays.toString(split));
        }
    }

    /** The terms, the d-th acting on the d-th part. */
    public List<Kernel> terms() {
        return terms;
    }

    /** The distinct splits (part sizes per term, one split per total length), in the order first given; copies. */
    public List<int[]> partSizes() {
        List<int[]> copies = new ArrayList<>();
        for (int[] split : sizes) {
            copies.add(split.clone());
        }
        return copies;
    }

    /** {@code sqrt(Σ_d δ_d²)}, eV: the δ of the sum's prior variance of one environment's energy. */
    @Override
    public double delta() {
        return delta;
    }

    /**
     * The sum with every term's δ scaled by {@code δ′/δ}: the ratios between the terms are kept, and
     * the new sum's {@link #delta()} is δ′ (to rounding).
     */
    @Override
    public SumKernel withDelta(double newDelta) {
        if (!(newDelta > 0) || !Double.isFinite(newDelta)) {
            throw new IllegalArgumentException("delta must be a positive finite number, got " + newDelta);
        }
        double factor = newDelta / delta;
        List<Kernel> scaled = new ArrayList<>();
        for (Kernel term : termArray) {
            scaled.add(term.withDelta(term.delta() * factor));
        }
        return new SumKernel(scaled, Arrays.asList(sizes));
    }

    @Override
    public double value(double[] q, double[] qPrime) {
        Kernel.checkLengths(q, qPrime, null);
        int s = split(q.length);
        double[][][] slices = scratch.get().slices(s);
        double sum = 0;
        for (int d = 0; d < termArray.length; d++) {
            if (sizes[s][d] == 0) {
                continue;
            }
            double[][] slice = slices[d];
            copyPair(q, qPrime, s, d, slice, 0);
            sum += termArray[d].value(slice[0], slice[1]);
        }
        return sum;
    }

    @Override
    public double valueAndGradient(double[] q, double[] qPrime, double[] gradient) {
        Kernel.checkLengths(q, qPrime, gradient);
        int s = split(q.length);
        double[][][] slices = scratch.get().slices(s);
        double sum = 0;
        for (int d = 0; d < termArray.length; d++) {
            if (sizes[s][d] == 0) {
                continue;
            }
            double[][] slice = slices[d];
            copyPair(q, qPrime, s, d, slice, 0);
            sum += termArray[d].valueAndGradient(slice[0], slice[1], slice[2]);
            System.arraycopy(slice[2], 0, gradient, offsets[s][d], sizes[s][d]);
        }
        return sum;
    }

    @Override
    public double mixedSecondDerivative(double[] q, double[] qPrime, double[] u, double[] v) {
        Kernel.checkLengths(q, qPrime, u, v);
        int s = split(q.length);
        double[][][] slices = scratch.get().slices(s);
        double sum = 0;
        for (int d = 0; d < termArray.length; d++) {
            if (sizes[s][d] == 0) {
                continue;
            }
            double[][] slice = slices[d];
            copyPair(q, qPrime, s, d, slice, 0);
            copyPair(u, v, s, d, slice, 2);
            sum += termArray[d].mixedSecondDerivative(slice[0], slice[1], slice[2], slice[3]);
        }
        return sum;
    }

    /** Copies term d's slices of {@code a} and {@code b} (split s) into {@code slice[first]} and {@code slice[first + 1]}. */
    private void copyPair(double[] a, double[] b, int s, int d, double[][] slice, int first) {
        System.arraycopy(a, offsets[s][d], slice[first], 0, sizes[s][d]);
        System.arraycopy(b, offsets[s][d], slice[first + 1], 0, sizes[s][d]);
    }

    /** The split for vectors of {@code length} features. */
    private int split(int length) {
        for (int s = 0; s < totals.length; s++) {
            if (totals[s] == length) {
                return s;
            }
        }
        throw new IllegalArgumentException("a sum of kernels splits vectors of " + Arrays.toString(totals)
                + " features, got vectors of " + length + " features; the vectors must come from the model's descriptor");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("sum(");
        for (int d = 0; d < termArray.length; d++) {
            text.append(d == 0 ? "" : " + ").append(termArray[d]);
        }
        return text.append(')').toString();
    }

    /** Per-thread slice buffers: [split][term][q, q′, gradient or u, v], each exactly as long as the part. */
    private final class Scratch {
        private final double[][][][] buffers = new double[sizes.length][][][];

        double[][][] slices(int s) {
            double[][][] slices = buffers[s];
            if (slices == null) {
                slices = new double[termArray.length][4][];
                for (int d = 0; d < termArray.length; d++) {
                    for (int b = 0; b < 4; b++) {
                        slices[d][b] = new double[sizes[s][d]];
                    }
                }
                buffers[s] = slices;
            }
            return slices;
        }
    }
}
