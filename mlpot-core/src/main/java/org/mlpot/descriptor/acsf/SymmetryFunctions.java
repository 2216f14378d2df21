package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Element;

/**
 * Atom-centred symmetry functions as n2p2 computes them: a {@link Descriptor} whose features for a
 * centre of element {@code e} are the values of its {@link SymmetryFunction}s, in n2p2's sorted order
 * ({@link SymmetryFunction#N2P2_ORDER}; functions that compare equal keep the order given). Values
 * are raw (unscaled). Elements are kept in order of atomic number, as n2p2 numbers them.
 *
 * <p>A neighbour of element {@code b} can change the radial functions counting {@code b}, the
 * angular functions with {@code b} as one of their two neighbour elements, and every weighted
 * function: that is {@link #sensitivity}. Gradients are analytic.
 *
 * <p>Evaluation shares work between functions (cutoff values, Gaussians per distinct eta, rs and
 * cutoff, angle terms per distinct λ and ζ; see the package documentation), visits every neighbour
 * pair once for all angular functions that need pairs, and allocates nothing per atom. Wide angular
 * functions (type 9) with integer ζ ≤ 6 and |λ| ≤ 1 need no
 * pairs: they are summed exactly through moment tensors, in time linear in the number of
 * neighbours. Immutable and thread-safe.
 */
public final class SymmetryFunctions implements Descriptor {
    private final List<Element> elements;
    private final List<List<SymmetryFunction>> functions;
    private final int[] speciesOf;
    private final double cutoff;
    private final int[][][] sensitivity;
    private final CentrePlan[] plans;
    private final ThreadLocal<CentrePlan.Scratch> scratch = ThreadLocal.withInitial(CentrePlan.Scratch::new);

    /**
     * @param elements the elements (any order; kept sorted by atomic number); centres of other
     *     elements are refused by {@link org.mlpot.descriptor.FeatureCalculator}
     * @param functions the functions, at least one; their centre and neighbour elements must be
     *     among {@code elements}
     * @throws IllegalArgumentException naming the function when an element is missing, or when
     *     there are no functions or repeated elements
     */
    public SymmetryFunctions(Collection<Element> elements, Collection<? extends SymmetryFunction> functions) {
        this(elements, functions, true);
    }

    /**
     * The same, choosing how wide angular functions with integer ζ are evaluated: through moment
     * tensors ({@link WideAngularMoments}, the default) or, for comparison, by the pair loop.
     */
    SymmetryFunctions(Collection<Element> elements, Collection<? extends SymmetryFunction> functions, boolean useMoments) {
        Objects.requireNonNull(elements, "elements is null");
        Objects.requireNonNull(functions, "functions is null");
        TreeSet<Element> sorted = new TreeSet<>(elements);
        if (sorted.size() != elements.size() || sorted.isEmpty()) {
            throw new IllegalArgumentException("expected distinct elements, at least one, got " + elements);
        }
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("expected at least one symmetry function");
        }
        this.elements = List.copyOf(sorted);
        this.speciesOf = new int[Element.values().length];
        java.util.Arrays.fill(speciesOf, -1);
        for (int s = 0; s < this.elements.size(); s++) {
            speciesOf[this.elements.get(s).ordinal()] = s;
        }
        int species = this.elements.size();
        List<List<SymmetryFunction>> byCentre = new ArrayList<>();
        for (int s = 0; s < species; s++) {
            byCentre.add(new ArrayList<>());
        }
        double largest = 0;
        for (SymmetryFunction f : functions) {
            Objects.requireNonNull(f, "a symmetry function is null");
            int s = speciesOf[f.centre().ordinal()];
            if (s < 0) {
                throw new IllegalArgumentException("the centre element of '" + f.settingsLine() + "' is not among the elements "
                        + this.elements);
            }
            for (Element e : Element.values()) {
                if (speciesOf[e.ordinal()] < 0 && f.dependsOn(e) && !isWeighted(f)) {
                    throw new IllegalArgumentException("the neighbour element " + e.symbol() + " of '" + f.settingsLine()
                            + "' is not among the elements " + this.elements);
                }
            }
            byCentre.get(s).add(f);
            largest = Math.max(largest, f.rc());
        }
        this.cutoff = largest;
        this.functions = new ArrayList<>();
        this.sensitivity = new int[species][species][];
        this.plans = new CentrePlan[species];
        for (int c = 0; c < species; c++) {
            List<SymmetryFunction> list = new ArrayList<>(byCentre.get(c));
            list.sort(SymmetryFunction.N2P2_ORDER);
            this.functions.add(List.copyOf(list));
            for (int b = 0; b < species; b++) {
                Element neighbor = this.elements.get(b);
                sensitivity[c][b] = java.util.stream.IntStream.range(0, list.size())
                        .filter(f -> list.get(f).dependsOn(neighbor)).toArray();
            }
            plans[c] = new CentrePlan(list, this.elements, sensitivity[c], useMoments);
        }
    }

    private static boolean isWeighted(SymmetryFunction f) {
        return f.type() == 12 || f.type() == 13 || f.type() >= 23;
    }

    @Override
    public List<Element> elements() {
        return elements;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public int size(Element centre) {
        return functions.get(species(centre)).size();
    }

    @Override
    public int[] sensitivity(Element centre, Element neighbor) {
        return sensitivity[species(centre)][species(neighbor)];
    }

    /** The functions of a centre of this element, in feature order (n2p2's sorted order). */
    public List<SymmetryFunction> functions(Element centre) {
        return functions.get(species(centre));
    }

    /**
     * All functions' n2p2 settings lines, by centre element (atomic number) and in feature order
     * within each: what an n2p2 {@code input.nn} would list, in mlpot units (Å).
     */
    public List<String> settingsLines() {
        List<String> lines = new ArrayList<>();
        for (List<SymmetryFunction> list : functions) {
            for (SymmetryFunction f : list) {
                lines.add(f.settingsLine());
            }
        }
        return lines;
    }

    @Override
    public void evaluate(AtomEnvironment environment, double[] values, double[] gradients) {
        plans[environment.centreSpecies()].evaluate(environment, values, gradients, scratch.get());
    }

    private int species(Element e) {
        int s = speciesOf[Objects.requireNonNull(e, "element is null").ordinal()];
        if (s < 0) {
            throw new IllegalArgumentException("element " + e.symbol() + " is not among the elements " + elements);
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SymmetryFunctions[");
        for (int s = 0; s < elements.size(); s++) {
            b.append(s == 0 ? "" : ", ").append(elements.get(s).symbol()).append(": ").append(functions.get(s).size());
        }
        return b.append(", rc=").append(cutoff).append(" Å]").toString();
    }
}
