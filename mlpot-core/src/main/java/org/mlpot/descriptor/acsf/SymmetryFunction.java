package org.mlpot.descriptor.acsf;

import java.util.Comparator;
import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * One atom-centred symmetry function of n2p2: its type number, centre element and parameters, as an
 * immutable record. Lengths are in Å and {@code eta} in 1/Å², angles in degrees.
 *
 * <p>Each function prints its n2p2 settings line ({@link #settingsLine()}, parameters in n2p2's
 * order, numbers as the shortest decimal that reads back to the same double) and is read from one
 * ({@link #parse(String, CutoffShape)}). The cutoff-based types (2, 3, 9, 12, 13) take their cutoff
 * function from the potential's {@code cutoff_type} line, which the settings line does not repeat.
 *
 * <p>Angular functions with two neighbour elements keep them ordered by atomic number, as n2p2
 * does: {@code neighbor1 ≤ neighbor2}. {@link #N2P2_ORDER} is n2p2's sorted order
 * ({@code Element::sortSymmetryFunctions}).
 */
public sealed interface SymmetryFunction permits ExpRadial, ExpAngular, ExpRadialWeighted,
        ExpAngularNarrowWeighted, CompactRadial, CompactAngular, CompactRadialWeighted, CompactAngularWeighted {

    /**
     * n2p2's order of symmetry functions: by centre element (atomic number), then type number, then
     * the parameters in the order each n2p2 class's {@code operator<} compares them (for example
     * cutoff type, α, rc, eta, rs, neighbour for type 2). Neighbour elements compare by atomic number.
     */
    Comparator<SymmetryFunction> N2P2_ORDER = new N2p2Order();

    /** The n2p2 type number (2, 3, 9, 12, 13 or 20–25). */
    int type();

    /** The element of the centre atom. */
    Element centre();

    /** The cutoff radius {@code rc}: no neighbour at or beyond it contributes, Å. */
    double rc();

    /** Whether the function can change when a neighbour of this element moves. */
    boolean dependsOn(Element neighbor);

    /** Whether it sums over neighbour pairs (angular) rather than single neighbours (radial). */
    boolean isAngular();

    /** The n2p2 settings line, such as {@code symfunction_short H 2 O 0.001 0.0 12.0}. */
    String settingsLine();

    /**
     * The same function for lengths measured in a unit {@code factor} times smaller: radii and shifts
     * multiplied by {@code factor}, {@code eta} divided by {@code factor²}, so that the value at
     * correspondingly scaled positions is unchanged. Reading a file in Bohr uses {@code factor = }
     * {@link org.mlpot.units.Units#BOHR}.
     *
     * @param factor positive and finite
     */
    SymmetryFunction withLengthsScaled(double factor);

    /**
     * Reads an n2p2 settings line ({@code symfunction_short <ec> <type> ...}; a {@code #} comment
     * is ignored) in mlpot units.
     *
     * @param cutoff the cutoff function of cutoff-based types (the potential's {@code cutoff_type})
     * @throws IllegalArgumentException naming the problem when the line is not a valid function
     */
    static SymmetryFunction parse(String line, CutoffShape cutoff) {
        Objects.requireNonNull(cutoff, "cutoff is null");
        return SettingsLineParser.parse(line, cutoff);
    }

    /**
     * Reads an n2p2 settings line of a compact (polynomial) type, 20–25, which needs no cutoff function.
     *
     * @throws IllegalArgumentException naming the problem when the line is not a valid function,
     *     or is of a cutoff-based type
     */
    static SymmetryFunction parse(String line) {
        return SettingsLineParser.parse(line, null);
    }
}
