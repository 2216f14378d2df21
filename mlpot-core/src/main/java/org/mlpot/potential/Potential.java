package org.mlpot.potential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * An interatomic potential: energy, forces and stress of a structure.
 *
 * <p>Contract: forces are exactly {@code −∂E/∂r}; stress is {@code (1/V) ∂E/∂ε} with ASE's sign;
 * per-atom energies sum to the total; the energy does not depend on where the structure sits in space
 * or on which periodic image of an atom is given. Implementations are safe for concurrent use.
 */
public interface Potential {

    /**
     * Evaluates the structure.
     *
     * @param structure the structure; periodic axes use the minimum number of images the cutoff needs
     * @param properties what to compute besides the energy
     * @throws IllegalArgumentException when the structure holds an element this potential does not know,
     *     or stress is asked for a structure that is not fully periodic
     */
    Result evaluate(Structure structure, Set<Property> properties);

    /** Evaluates several structures; the default evaluates them one by one. */
    default List<Result> evaluateAll(List<Structure> structures, Set<Property> properties) {
        List<Result> results = new ArrayList<>(structures.size());
        for (Structure s : structures) {
            results.add(evaluate(s, properties));
        }
        return results;
    }

    /** The interaction range in Å: atoms farther apart than this do not interact directly. */
    double cutoff();

    /** The elements this potential can evaluate. */
    Set<Element> elements();

    /** A short human-readable name, such as {@code builtin:sw-si}. */
    String name();

    /**
     * Refuses a structure that {@code potential} cannot evaluate: an element it does not know, or a
     * stress request for a structure that is not periodic along all three axes.
     *
     * @throws IllegalArgumentException with a message that names the problem
     */
    static void checkInput(Potential potential, Structure structure, Set<Property> properties) {
        Set<Element> known = potential.elements();
        for (Element e : structure.elements()) {
            if (!known.contains(e)) {
                throw new IllegalArgumentException("the structure holds " + e.symbol() + " but " + potential.name()
                        + " knows only " + known.stream().sorted().map(Element::symbol).toList());
            }
        }
        if (properties.contains(Property.STRESS) && !structure.cell().fullyPeriodic()) {
            throw new IllegalArgumentException("stress needs a cell that is periodic along a, b and c; this structure's pbc is "
                    + Arrays.toString(structure.cell().pbc()));
        }
    }
}
