package org.mlpot.descriptor.scaling;

import java.util.Locale;
import java.util.Objects;
import org.mlpot.structure.Element;

/**
 * One raw feature outside the range {@code [min, max]} seen in the data the scaling was made from:
 * the model extrapolates there.
 *
 * @param atom the atom index in its structure
 * @param element the atom's element
 * @param feature the 0-based feature index ({@code scaling.data}'s {@code sf_index} minus 1)
 * @param value the raw feature value
 * @param min the smallest value seen
 * @param max the largest value seen
 */
public record ExtrapolationWarning(int atom, Element element, int feature, double value, double min, double max) {

    /** Checks that the element is given. */
    public ExtrapolationWarning {
        Objects.requireNonNull(element, "element is null");
    }

    /** One line in the spirit of n2p2's {@code ### NNP EXTRAPOLATION WARNING ###}, feature index 1-based as there. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "extrapolation warning: atom %d (%s) feature %d value %.6E outside [%.6E, %.6E]",
                atom, element.symbol(), feature + 1, value, min, max);
    }
}
