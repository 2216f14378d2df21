package org.example.mlpot;

import java.util.List;
import java.util.Objects;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.structure.Element;

/**
 * A checked {@code descriptor power { ... }} block: radial power functions
 * {@code G_(e,p) = Σ_(j of element e) (r_ij/rc)^p fc(r_ij)} with the cosine cutoff function fc.
 *
 * @param elements the model's elements, in order; neighbours of the e-th give the e-th group of features
 * @param cutoff the cutoff radius rc, Å, positive
 * @param powers the exponents p, positive, at least one
 */
public record PowerSpec(List<Element> elements, double cutoff, List<Double> powers) implements DescriptorSpec {
    /** The type name, as written after {@code descriptor}. */
    public static final String TYPE = "power";

    /** Checks the values and copies the lists. */
    public PowerSpec {
        elements = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
        powers = List.copyOf(Objects.requireNonNull(powers, "powers is null"));
        if (elements.isEmpty() || powers.isEmpty()) {
            throw new IllegalArgumentException("the power descriptor needs at least one element and one power");
        }
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("the power descriptor needs a positive cutoff, got " + cutoff);
        }
        for (double p : powers) {
            if (!(p > 0) || !Double.isFinite(p)) {
                throw new IllegalArgumentException("the power descriptor needs positive powers, got " + p);
            }
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
