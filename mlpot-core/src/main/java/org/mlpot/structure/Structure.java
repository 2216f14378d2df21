package org.mlpot.structure;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An atomic structure: the species and Cartesian positions (Å) of N atoms, their masses (amu) and a
 * {@link Cell}. Immutable; every method that changes something returns a new structure.
 *
 * <p>Positions are not required to lie inside the cell; {@link #wrapped()} maps them in along
 * periodic axes. Masses default to the standard atomic masses of {@link Element} and may be set per
 * atom (isotopes).
 */
public final class Structure {
    private final Element[] species;
    private final double[] positions; // x0 y0 z0 x1 ...
    private final double[] masses;
    private final Cell cell;

    private Structure(Element[] species, double[] positions, double[] masses, Cell cell) {
        this.species = species;
        this.positions = positions;
        this.masses = masses;
        this.cell = cell;
    }

    /**
     * A structure from species and positions with standard masses.
     *
     * @param species one element per atom; not modified
     * @param positions 3N Cartesian coordinates {@code x0 y0 z0 x1 ...} in Å; not modified
     * @param cell the cell ({@link Cell#none()} for a molecule)
     * @throws IllegalArgumentException when the lengths disagree or a coordinate is not finite
     */
    public static Structure of(List<Element> species, double[] positions, Cell cell) {
        Element[] sp = species.toArray(new Element[0]);
        double[] m = new double[sp.length];
        for (int i = 0; i < sp.length; i++) {
            m[i] = Objects.requireNonNull(sp[i], "species[" + i + "] is null").mass();
        }
        return of(sp, positions, m, cell);
    }

    /** A structure from species, 3N positions (Å), per-atom masses (amu) and a cell; arrays are copied. */
    public static Structure of(Element[] species, double[] positions, double[] masses, Cell cell) {
        Objects.requireNonNull(cell, "cell is null");
        int n = species.length;
        if (positions.length != 3 * n) {
            throw new IllegalArgumentException("expected " + 3 * n + " coordinates for " + n + " atoms, got " + positions.length);
        }
        if (masses.length != n) {
            throw new IllegalArgumentException("expected " + n + " masses, got " + masses.length);
        }
        for (int i = 0; i < 3 * n; i++) {
            if (!Double.isFinite(positions[i])) {
                throw new IllegalArgumentException("position of atom " + i / 3 + " is not finite: " + positions[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(species[i], "species[" + i + "] is null");
            if (!(masses[i] > 0) || !Double.isFinite(masses[i])) {
                throw new IllegalArgumentException("mass of atom " + i + " must be positive and finite, got " + masses[i]);
            }
        }
        return new Structure(species.clone(), positions.clone(), masses.clone(), cell);
    }

    /** The number of atoms. */
    public int size() {
        return species.length;
    }

    /** The element of atom {@code i}. */
    public Element species(int i) {
        return species[i];
    }

    /** The elements of all atoms, in atom order (unmodifiable). */
    public List<Element> speciesList() {
        return Collections.unmodifiableList(Arrays.asList(species));
    }

    /** The distinct elements present, ordered by atomic number. */
    public Set<Element> elements() {
        return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(species)));
    }

    /** How many atoms of each element, ordered by atomic number. */
    public Map<Element, Integer> composition() {
        Map<Element, Integer> counts = new EnumMap<>(Element.class);
        for (Element e : species) {
            counts.merge(e, 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Coordinate {@code c} (0 = x, 1 = y, 2 = z) of atom {@code i} in Å. */
    public double position(int i, int c) {
        return positions[3 * i + c];
    }

    /** All positions as a new array {@code x0 y0 z0 x1 ...} in Å. */
    public double[] positions() {
        return positions.clone();
    }

    /** The mass of atom {@code i} in amu. */
    public double mass(int i) {
        return masses[i];
    }

    /** All masses as a new array, in amu. */
    public double[] masses() {
        return masses.clone();
    }

    /** The cell. */
    public Cell cell() {
        return cell;
    }

    /** This structure with other positions (3N values in Å, copied). */
    public Structure withPositions(double[] newPositions) {
        return of(species, newPositions, masses, cell);
    }

    /** This structure with another cell; positions are kept as they are (not scaled). */
    public Structure withCell(Cell newCell) {
        return new Structure(species, positions, masses, Objects.requireNonNull(newCell, "newCell is null"));
    }

    /** This structure with all atoms moved by (dx, dy, dz) Å. */
    public Structure translated(double dx, double dy, double dz) {
        double[] p = positions.clone();
        for (int i = 0; i < p.length; i += 3) {
            p[i] += dx;
            p[i + 1] += dy;
            p[i + 2] += dz;
        }
        return of(species, p, masses, cell);
    }

    /**
     * This structure with every atom mapped into the cell along its periodic axes (fractional
     * coordinates in [0, 1)). Non-periodic axes and structures without a cell are left as they are.
     */
    public Structure wrapped() {
        if (!cell.anyPeriodic()) {
            return this;
        }
        double[] p = new double[positions.length];
        double[] s = new double[3];
        for (int i = 0; i < size(); i++) {
            double x = positions[3 * i];
            double y = positions[3 * i + 1];
            double z = positions[3 * i + 2];
            for (int k = 0; k < 3; k++) {
                s[k] = cell.fractional(k, x, y, z);
                if (cell.isPeriodic(k)) {
                    s[k] -= Math.floor(s[k]);
                    if (s[k] >= 1.0) { // -1e-17 wraps to 1.0 in floating point
                        s[k] = 0.0;
                    }
                }
            }
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = cell.cartesian(c, s[0], s[1], s[2]);
            }
        }
        return new Structure(species, p, masses, cell);
    }

    /**
     * The supercell made of {@code na × nb × nc} copies of this structure. Atom order: all atoms of
     * the first copy, then the next, with the a index varying slowest (as ASE's {@code repeat}).
     *
     * @throws IllegalStateException when the structure has no cell
     */
    public Structure supercell(int na, int nb, int nc) {
        if (!cell.hasVectors()) {
            throw new IllegalStateException("a supercell needs a cell, but this structure has none");
        }
        if (na < 1 || nb < 1 || nc < 1) {
            throw new IllegalArgumentException("repeat counts must be at least 1, got " + na + "×" + nb + "×" + nc);
        }
        int n = size();
        int copies = na * nb * nc;
        Element[] sp = new Element[n * copies];
        double[] p = new double[3 * n * copies];
        double[] m = new double[n * copies];
        int copy = 0;
        for (int a = 0; a < na; a++) {
            for (int b = 0; b < nb; b++) {
                for (int c = 0; c < nc; c++) {
                    for (int i = 0; i < n; i++) {
                        int j = copy * n + i;
                        sp[j] = species[i];
                        m[j] = masses[i];
                        for (int d = 0; d < 3; d++) {
                            p[3 * j + d] = positions[3 * i + d] + cell.cartesian(d, a, b, c);
                        }
                    }
                    copy++;
                }
            }
        }
        return new Structure(sp, p, m, cell.repeated(na, nb, nc));
    }

    /**
     * This structure deformed by the strain ε: cell and positions both map as {@code r' = (I + ε) r}.
     *
     * @param strain 3×3 strain tensor; not modified
     */
    public Structure strained(double[][] strain) {
        double[] p = new double[positions.length];
        for (int i = 0; i < size(); i++) {
            for (int c = 0; c < 3; c++) {
                double s = positions[3 * i + c];
                for (int d = 0; d < 3; d++) {
                    s += strain[c][d] * positions[3 * i + d];
                }
                p[3 * i + c] = s;
            }
        }
        return new Structure(species, p, masses, cell.strained(strain));
    }

    /** The chemical formula in Hill-like order of first appearance, such as {@code Si64} or {@code C2H6O}. */
    public String formula() {
        Map<Element, Integer> counts = new java.util.LinkedHashMap<>();
        for (Element e : species) {
            counts.merge(e, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((e, k) -> sb.append(e.symbol()).append(k == 1 ? "" : k));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Structure s
                && Arrays.equals(species, s.species)
                && Arrays.equals(positions, s.positions)
                && Arrays.equals(masses, s.masses)
                && cell.equals(s.cell);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(species), Arrays.hashCode(positions), cell);
    }

    @Override
    public String toString() {
        return "Structure[" + formula() + ", " + cell + "]";
    }
}
