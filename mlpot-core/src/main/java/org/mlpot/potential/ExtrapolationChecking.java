package org.mlpot.potential;

import java.util.Set;
import org.mlpot.structure.Structure;

/**
 * A {@link Potential} whose inputs have a known training range (such as a neural-network potential's
 * scaled descriptor) and that can say, along with a result, where a structure leaves that range:
 * n2p2's extrapolation warnings. The check uses the same descriptor values the evaluation uses, so it
 * costs no second descriptor computation.
 */
public interface ExtrapolationChecking extends Potential {

    /**
     * Evaluates the structure as {@link #evaluate} does and checks its descriptor values against the
     * range seen in training.
     *
     * @param structure the structure
     * @param properties what to compute besides the energy
     * @throws IllegalArgumentException as {@link #evaluate} does
     */
    CheckedResult evaluateChecked(Structure structure, Set<Property> properties);
}
