package org.mlpot.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpot.io.InputException;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Per-element reference energies μ_e, so that models learn only {@code E − Σ_e n_e μ_e}: given
 * ones are kept; {@link ReferenceEnergy.Fitted fitted} ones solve the least-squares problem
 * {@code min Σ_m (E_m − Σ_e n_me μ_e)²} over the training frames (with a vanishing ridge term, so
 * that compositions that never vary — every frame the same molecule — get the minimum-norm
 * answer); {@link ReferenceEnergy.IsolatedAtoms isolated-atom} ones average the frames that hold a
 * single atom of the element. Elements without an entry are fitted.
 */
public final class ReferenceEnergies {
    private ReferenceEnergies() {
    }

    /**
     * The reference energies, eV, in the order of {@code elements}.
     *
     * @throws InputException when no frame has an energy, or isolated-atom energies are asked for
     *     an element without a single-atom frame
     */
    public static Map<Element, Double> of(Dataset train, List<Element> elements, Map<Element, ReferenceEnergy> how) {
        int k = elements.size();
        double[] known = new double[k];
        boolean[] fitted = new boolean[k];
        for (int e = 0; e < k; e++) {
            Element element = elements.get(e);
            ReferenceEnergy rule = how.getOrDefault(element, new ReferenceEnergy.Fitted());
            if (rule instanceof ReferenceEnergy.Given given) {
                known[e] = given.energy();
            } else if (rule instanceof ReferenceEnergy.IsolatedAtoms) {
                known[e] = isolatedAtom(train, element);
            } else {
                fitted[e] = true;
            }
        }
        double[][] normal = new double[k][k];
        double[] right = new double[k];
        int frames = 0;
        for (Frame frame : train.frames()) {
            if (frame.labels().energy().isEmpty()) {
                continue;
            }
            frames++;
            double[] counts = counts(frame.structure(), elements);
            double residual = frame.labels().energy().getAsDouble();
            for (int e = 0; e < k; e++) {
                if (!fitted[e]) {
                    residual -= counts[e] * known[e];
                }
            }
            for (int a = 0; a < k; a++) {
                if (!fitted[a]) {
                    continue;
                }
                right[a] += counts[a] * residual;
                for (int b = 0; b < k; b++) {
                    if (fitted[b]) {
                        normal[a][b] += counts[a] * counts[b];
                    }
                }
            }
        }
        if (frames == 0) {
            throw new InputException("no training frame of " + train.name() + " has an energy; reference energies need some");
        }
        double trace = 0;
        for (int e = 0; e < k; e++) {
            trace += normal[e][e];
        }
        for (int e = 0; e < k; e++) {
            if (fitted[e]) {
                normal[e][e] += 1e-10 * trace;
            } else {
                normal[e][e] = 1; // the unknown stays 0 and is replaced below
            }
        }
        double[] solution = solve(normal, right);
        Map<Element, Double> result = new LinkedHashMap<>();
        for (int e = 0; e < k; e++) {
            result.put(elements.get(e), fitted[e] ? solution[e] : known[e]);
        }
        return result;
    }

    private static double isolatedAtom(Dataset train, Element element) {
        double sum = 0;
        int count = 0;
        for (Frame frame : train.frames()) {
            Structure s = frame.structure();
            if (s.size() == 1 && s.species(0) == element && frame.labels().energy().isPresent()) {
                sum += frame.labels().energy().getAsDouble();
                count++;
            }
        }
        if (count == 0) {
            throw new InputException("reference_energy asks for the isolated-atom energy of " + element.symbol()
                    + ", but the training frames hold no single " + element.symbol() + " atom with an energy;"
                    + " add such a frame, give the energy, or use 'fit'");
        }
        return sum / count;
    }

    /** How many atoms of each of {@code elements} the structure holds (others are not counted). */
    public static double[] counts(Structure structure, List<Element> elements) {
        double[] counts = new double[elements.size()];
        for (int i = 0; i < structure.size(); i++) {
            int e = elements.indexOf(structure.species(i));
            if (e >= 0) {
                counts[e]++;
            }
        }
        return counts;
    }

    /** Gaussian elimination with partial pivoting of a small well-posed system; the arguments are not modified. */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] row = m[c];
            m[c] = m[pivot];
            m[pivot] = row;
            double t = x[c];
            x[c] = x[pivot];
            x[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int j = c; j < n; j++) {
                    m[r][j] -= f * m[c][j];
                }
                x[r] -= f * x[c];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double sum = x[r];
            for (int j = r + 1; j < n; j++) {
                sum -= m[r][j] * x[j];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
