package org.mlpot.gp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Element;

/**
 * The representative environments of a sparse Gaussian process: per element, a list of descriptor
 * vectors {@code q_m}. A local energy is {@code ε(q) = Σ_m α_m k(q, q_m)} over the sparse points of
 * q's element. Immutable (vectors are copied in and out).
 */
public final class SparsePoints {
    private final Map<Element, List<double[]>> points;

    private SparsePoints(Map<Element, List<double[]>> points) {
        this.points = points;
    }

    /**
     * Sparse points from per-element lists of descriptor vectors.
     *
     * @param points per element, its sparse descriptor vectors (all of one length); copied, not modified
     * @throws IllegalArgumentException when an element's vectors have different lengths or contain
     *     non-finite values
     */
    public static SparsePoints of(Map<Element, List<double[]>> points) {
        Objects.requireNonNull(points, "points is null");
        Map<Element, List<double[]>> copy = new LinkedHashMap<>();
        for (Map.Entry<Element, List<double[]>> entry : points.entrySet()) {
            Element element = Objects.requireNonNull(entry.getKey(), "element is null");
            List<double[]> vectors = new ArrayList<>();
            int length = -1;
            for (double[] q : Objects.requireNonNull(entry.getValue(), "sparse points of " + element.symbol() + " are null")) {
                Objects.requireNonNull(q, "a sparse point of " + element.symbol() + " is null");
                if (length >= 0 && q.length != length) {
                    throw new IllegalArgumentException("sparse points of " + element.symbol() + " have " + length
                            + " and " + q.length + " features; they must come from one descriptor");
                }
                for (double v : q) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("a sparse point of " + element.symbol() + " holds " + v);
                    }
                }
                length = q.length;
                vectors.add(q.clone());
            }
            copy.put(element, Collections.unmodifiableList(vectors));
        }
        return new SparsePoints(Collections.unmodifiableMap(copy));
    }

    /** The elements that have an entry (possibly an empty list). */
    public java.util.Set<Element> elements() {
        return points.keySet();
    }

    /** The number of sparse points of {@code element} (0 when it has none). */
    public int count(Element element) {
        List<double[]> list = points.get(element);
        return list == null ? 0 : list.size();
    }

    /** The total number of sparse points M. */
    public int total() {
        int m = 0;
        for (List<double[]> list : points.values()) {
            m += list.size();
        }
        return m;
    }

    /** Sparse point {@code m} of {@code element}, as a new array. */
    public double[] point(Element element, int m) {
        return points.get(element).get(m).clone();
    }

    /**
     * Checks that these points fit {@code descriptor}: every element is one of its elements and every
     * vector has {@code descriptor.size(element)} features.
     *
     * @throws IllegalArgumentException naming the first mismatch
     */
    public void checkAgainst(Descriptor descriptor) {
        for (Map.Entry<Element, List<double[]>> entry : points.entrySet()) {
            Element e = entry.getKey();
            if (!descriptor.elements().contains(e)) {
                throw new IllegalArgumentException("sparse points are given for " + e.symbol()
                        + " but the descriptor knows only " + descriptor.elements());
            }
            int size = descriptor.size(e);
            for (double[] q : entry.getValue()) {
                if (q.length != size) {
                    throw new IllegalArgumentException("sparse points of " + e.symbol() + " have " + q.length
                            + " features but the descriptor gives " + size);
                }
            }
        }
    }

    /** Per species of {@code descriptor} (its element order), the sparse vectors (shared, do not modify). */
    double[][][] bySpecies(Descriptor descriptor) {
        checkAgainst(descriptor);
        List<Element> elements = descriptor.elements();
        double[][][] result = new double[elements.size()][][];
        for (int s = 0; s < elements.size(); s++) {
            List<double[]> list = points.getOrDefault(elements.get(s), List.of());
            result[s] = list.toArray(new double[0][]);
        }
        return result;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SparsePoints[");
        String separator = "";
        for (Map.Entry<Element, List<double[]>> entry : points.entrySet()) {
            b.append(separator).append(entry.getKey().symbol()).append('=').append(entry.getValue().size());
            separator = ", ";
        }
        return b.append(']').toString();
    }
}
