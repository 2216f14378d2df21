package org.mlpot.spec;

import java.util.List;
import java.util.Objects;

/**
 * One kernel per descriptor, summed: {@code k(q, q′) = Σ_d k_d(q_d, q′_d)}, where {@code q_d} is
 * descriptor d's part of the concatenated vector (the d-th term goes with the d-th descriptor of the
 * model, in order). Each term keeps its own δ and ζ or length scale; the sum's energy scale is
 * {@code sqrt(Σ_d δ_d²)}.
 *
 * @param terms two or more kernels, none of them a sum, one per descriptor in the model's order
 */
public record SumKernelSpec(List<KernelSpec> terms) implements KernelSpec {
    /** The type name (not written in a spec: several {@code kernel} blocks make a sum). */
    public static final String TYPE = "sum";

    /** Checks the arguments. */
    public SumKernelSpec {
        Objects.requireNonNull(terms, "terms is null");
        terms = List.copyOf(terms);
        if (terms.size() < 2) {
            throw new IllegalArgumentException("a sum of kernels needs two or more terms (one per descriptor), got "
                    + terms.size());
        }
        for (KernelSpec term : terms) {
            if (term instanceof SumKernelSpec) {
                throw new IllegalArgumentException("a term of a sum of kernels cannot itself be a sum");
            }
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
