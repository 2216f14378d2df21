package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * Builds sets of symmetry functions from a few choices, as n2p2's parameter generator
 * {@code sfparamgen} does, so that a user need not hand-pick dozens of parameters: the radial
 * parameters come from a {@link RadialGrid}, angular functions add exponents ζ and both signs of λ.
 *
 * <p>Element combinations follow sfparamgen: radial functions for every ordered (centre, neighbour)
 * pair; angular functions for every centre and every unordered neighbour pair (with repetition);
 * weighted functions once per centre. Within a combination, every grid point in order, then (for
 * angular types) every ζ, then λ = −1, +1.
 *
 * @param elements the elements, in the order combinations are made
 * @param cutoff the cutoff radius of every function, Å
 * @param shape the cutoff function
 */
public record SymmetryFunctionGenerator(List<Element> elements, double cutoff, CutoffShape shape) {
    private static final double[] LAMBDAS = {-1.0, 1.0};

    /** Checks the arguments. */
    public SymmetryFunctionGenerator {
        elements = List.copyOf(elements);
        Objects.requireNonNull(shape, "shape is null");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("name at least one element");
        }
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("the cutoff must be positive, got " + cutoff);
        }
    }

    /** Type 2 for every (centre, neighbour) pair and grid point. */
    public List<SymmetryFunction> radial(List<RadialGrid.Point> grid) {
        List<SymmetryFunction> functions = new ArrayList<>();
        for (Element centre : elements) {
            for (Element neighbor : elements) {
                for (RadialGrid.Point p : grid) {
                    functions.add(new ExpRadial(centre, neighbor, p.eta(), p.shift(), cutoff, shape));
                }
            }
        }
        return functions;
    }

    /** Type 3 (narrow) or 9 (wide) for every centre, neighbour pair, grid point, ζ and λ. */
    public List<SymmetryFunction> angular(AngularKind kind, List<RadialGrid.Point> grid, double... zetas) {
        List<SymmetryFunction> functions = new ArrayList<>();
        for (Element centre : elements) {
            for (int a = 0; a < elements.size(); a++) {
                for (int b = a; b < elements.size(); b++) {
                    Element first = elements.get(a);
                    Element second = elements.get(b);
                    for (RadialGrid.Point p : grid) {
                        for (double zeta : zetas) {
                            for (double lambda : LAMBDAS) {
                                functions.add(new ExpAngular(kind, centre, first, second, p.eta(), lambda, zeta, cutoff, p.shift(),
                                        shape));
                            }
                        }
                    }
                }
            }
        }
        return functions;
    }

    /** Type 12 for every centre and grid point. */
    public List<SymmetryFunction> weightedRadial(List<RadialGrid.Point> grid) {
        List<SymmetryFunction> functions = new ArrayList<>();
        for (Element centre : elements) {
            for (RadialGrid.Point p : grid) {
                functions.add(new ExpRadialWeighted(centre, p.eta(), p.shift(), cutoff, shape));
            }
        }
        return functions;
    }

    /** Type 13 for every centre, grid point, ζ and λ. */
    public List<SymmetryFunction> weightedAngular(List<RadialGrid.Point> grid, double... zetas) {
        List<SymmetryFunction> functions = new ArrayList<>();
        for (Element centre : elements) {
            for (RadialGrid.Point p : grid) {
                for (double zeta : zetas) {
                    for (double lambda : LAMBDAS) {
                        functions.add(new ExpAngularNarrowWeighted(centre, p.eta(), p.shift(), lambda, zeta, cutoff, shape));
                    }
                }
            }
        }
        return functions;
    }

    /**
     * A sensible default set: {@code radialCount} radial functions per element pair on Imbalzano's
     * shifted grid, and wide angular functions on Imbalzano's centred grid of {@code angularCount}
     * widths with ζ = 1, 4 and λ = ±1. For one element, 10 and 5 give 30 functions.
     */
    public SymmetryFunctions standardSet(int radialCount, int angularCount) {
        List<SymmetryFunction> functions = new ArrayList<>(radial(RadialGrid.imbalzano(RadialGrid.Mode.SHIFTED, radialCount, cutoff)));
        functions.addAll(angular(AngularKind.WIDE, RadialGrid.imbalzano(RadialGrid.Mode.CENTERED, angularCount, cutoff), 1.0, 4.0));
        return new SymmetryFunctions(elements, functions);
    }
}
