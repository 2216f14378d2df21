package org.mlpot.gp;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A sparse Gaussian-process potential (GAP): the posterior mean
 * {@code E = Σ_i (e0(Z_i) + Σ_m α_m k(q_i, q_m))} over the sparse points of each atom's element,
 * with forces and stress from {@code ∂ε_i/∂q_i = Σ_m α_m ∇k(q_i, q_m)} contracted with the
 * descriptor derivatives ({@link StructureFeatures#addForces}, {@link StructureFeatures#addStrainDerivative}).
 * Made by {@link SparseGaussianProcessFit}. Units: eV and Å. Immutable and thread-safe.
 *
 * <p><b>Uncertainty</b> ({@link Property#UNCERTAINTY}) fills {@link Result.Uncertainty} with standard
 * deviations of the latent (noise-free) predictions, multiplied by the {@link UncertaintyScales}
 * (1 unless set from held-out errors by {@link #withUncertaintyScales}). With k* an observation's kernel row,
 * {@code Σ = (K_MM + jitter·I + K_MN Λ⁻¹ K_NM)⁻¹ = R⁻¹R⁻ᵀ} from the fit's QR factor and
 * {@code L Lᵀ = K_MM + jitter·I}:
 * <ul>
 * <li>total energy, per-atom energies and (only when {@link Property#FORCES} is asked for too) force
 *     components: the DTC variance {@code k** − k*ᵀ(K_MM + jitter·I)⁻¹k* + k*ᵀΣk*}, clamped at 0,
 *     where k** is the prior variance: {@code Σ_{i,i′} k(q_i, q_i′)} over same-element pairs for
 *     the total, {@code k(q_i, q_i)} per atom, and for {@code F_jc = −∂E/∂r_jc}
 *     {@code Σ_{a,b} (∂q_a/∂r_jc)ᵀ (∂²k(q_a, q_b)/∂q∂q′ᵀ) (∂q_b/∂r_jc)} over same-element pairs of the
 *     atoms whose features depend on r_j ({@link ForcePriorVariance}); a force component's row k* is
 *     {@code −Σ_a ∇k(q_a, q_m)·∂q_a/∂r_jc}. It equals the exact GP posterior variance when every
 *     training environment is a sparse point, and returns to the prior far from the sparse points.
 *     Costs, with n neighbours per atom and D features: for the energies {@code O(MN + N²)} kernel
 *     evaluations and triangular solves of {@code O(M²N)}; for the forces {@code O(MNnD)} for the
 *     rows, {@code O(Nn²)} kernel second derivatives of {@code O(D)} each for the prior, and
 *     triangular solves of {@code O(M²N)}.</li>
 * </ul>
 */
public final class GaussianProcessPotential implements Potential {
    private final String name;
    private final FeatureCalculator calculator;
    private final KernelRows rows;
    private final double[] alpha;
    private final double[] referenceEnergies;
    private final double[] lowerK;
    private final double[] lowerR;
    private final UncertaintyScales scales;
    private final Set<Element> elements;
    private final ThreadLocal<Scratch> scratch;

    /**
     * The fitted potential.
     *
     * @param sparse per species of the descriptor, its sparse vectors; kept
     * @param alpha the M weights, 1/eV; kept
     * @param referenceEnergies e0 per species, eV; kept
     * @param lowerK L with {@code LLᵀ = K_MM + jitter·I}, M×M
     * @param lowerR {@code Rᵀ} with {@code RᵀR = Σ⁻¹}, M×M
     */
    GaussianProcessPotential(String name, Descriptor descriptor, Kernel kernel, double[][][] sparse, double[] alpha,
                             double[] referenceEnergies, DMatrixRMaj lowerK, DMatrixRMaj lowerR, int threads) {
        this(name, new FeatureCalculator(descriptor, threads), new KernelRows(kernel, sparse), alpha, referenceEnergies,
                lowerK.data.clone(), lowerR.data.clone(), UncertaintyScales.NONE);
    }

    private GaussianProcessPotential(String name, FeatureCalculator calculator, KernelRows rows, double[] alpha,
                                     double[] referenceEnergies, double[] lowerK, double[] lowerR, UncertaintyScales scales) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.calculator = calculator;
        this.rows = rows;
        this.alpha = alpha;
        this.referenceEnergies = referenceEnergies;
        this.lowerK = lowerK;
        this.lowerR = lowerR;
        this.scales = Objects.requireNonNull(scales, "scales is null");
        Descriptor descriptor = calculator.descriptor();
        this.elements = Collections.unmodifiableSet(new LinkedHashSet<>(descriptor.elements()));
        List<Element> order = descriptor.elements();
        int[] sizes = new int[order.size()];
        for (int s = 0; s < sizes.length; s++) {
            sizes[s] = descriptor.size(order.get(s));
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(sizes));
    }

    /** Per thread: one feature and one gradient buffer per species, exactly sized. */
    private static final class Scratch {
        final double[][] features;
        final double[][] gradients;

        Scratch(int[] sizes) {
            features = new double[sizes.length][];
            gradients = new double[sizes.length][];
            for (int s = 0; s < sizes.length; s++) {
                features[s] = new double[sizes[s]];
                gradients[s] = new double[sizes[s]];
            }
        }
    }

    /** This potential with its predicted standard deviations multiplied by {@code newScales} (the weights and factors shared). */
    public GaussianProcessPotential withUncertaintyScales(UncertaintyScales newScales) {
        return new GaussianProcessPotential(name, calculator, rows, alpha, referenceEnergies, lowerK, lowerR, newScales);
    }

    /** The factors applied to the predicted standard deviations. */
    public UncertaintyScales uncertaintyScales() {
        return scales;
    }

    /** The descriptor. */
    public Descriptor descriptor() {
        return calculator.descriptor();
    }

    /** The kernel. */
    public Kernel kernel() {
        return rows.kernel();
    }

    /** The number of sparse points M. */
    public int sparseCount() {
        return rows.columns();
    }

    /**
     * The weights α of {@code element}'s sparse points, in their order, 1/eV; a new array (empty when
     * the element has none).
     *
     * @throws IllegalArgumentException when the descriptor does not know the element
     */
    public double[] weights(Element element) {
        int s = speciesOf(element);
        int from = rows.columnOffset(s);
        return java.util.Arrays.copyOfRange(alpha, from, from + rows.sparse()[s].length);
    }

    /** The reference energy e0 of {@code element}, eV. */
    public double referenceEnergy(Element element) {
        return referenceEnergies[speciesOf(element)];
    }

    /** Per species of the descriptor, its sparse vectors: the potential's own arrays, not to be modified. */
    double[][][] sparsePoints() {
        return rows.sparse();
    }

    /** The M weights α, species after species, 1/eV: the potential's own array, not to be modified. */
    double[] alpha() {
        return alpha;
    }

    /** e0 per species of the descriptor, eV: the potential's own array, not to be modified. */
    double[] referenceEnergies() {
        return referenceEnergies;
    }

    /** L with {@code LLᵀ = K_MM + jitter·I}, M×M row-major (only the lower triangle is used): not to be modified. */
    double[] lowerK() {
        return lowerK;
    }

    /** {@code Rᵀ} with {@code RᵀR = Σ⁻¹}, M×M row-major (only the lower triangle is used): not to be modified. */
    double[] lowerR() {
        return lowerR;
    }

    private int speciesOf(Element element) {
        int s = calculator.descriptor().elements().indexOf(element);
        if (s < 0) {
            throw new IllegalArgumentException(element.symbol() + " is not one of " + calculator.descriptor().elements());
        }
        return s;
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        Potential.checkInput(this, structure, properties);
        boolean derivatives = properties.contains(Property.FORCES) || properties.contains(Property.STRESS);
        if (properties.contains(Property.UNCERTAINTY)) {
            return evaluateWithUncertainty(structure, properties, derivatives);
        }
        int n = structure.size();
        double[] atomEnergies = new double[n];
        if (derivatives) {
            double[] forces = new double[3 * n];
            double[] strain = new double[9];
            calculator.computeWithForces(structure, (atom, s, features, gradient) -> {
                Scratch w = scratch.get();
                System.arraycopy(features, 0, w.features[s], 0, w.features[s].length);
                atomEnergies[atom] = localEnergy(s, w, gradient);
            }, forces, strain);
            return Result.assemble(structure, properties, atomEnergies, forces, strain);
        }
        StructureFeatures features = calculator.compute(structure, false);
        Scratch w = scratch.get();
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            features.copyValues(i, w.features[s], 0);
            atomEnergies[i] = localEnergy(s, w, null);
        }
        return Result.assemble(structure, properties, atomEnergies, null, null);
    }

    /**
     * e0 plus the local energy of the features in {@code w.features[s]}; when {@code gradient} is not
     * null, writes {@code ∂ε/∂q} into it from index 0.
     */
    private double localEnergy(int s, Scratch w, double[] gradient) {
        double[] q = w.features[s];
        double[][] points = rows.sparse()[s];
        int offset = rows.columnOffset(s);
        double energy = referenceEnergies[s];
        if (gradient == null) {
            for (int p = 0; p < points.length; p++) {
                energy += alpha[offset + p] * rows.kernel().value(q, points[p]);
            }
            return energy;
        }
        double[] g = w.gradients[s];
        java.util.Arrays.fill(gradient, 0, q.length, 0.0);
        for (int p = 0; p < points.length; p++) {
            double a = alpha[offset + p];
            energy += a * rows.kernel().valueAndGradient(q, points[p], g);
            for (int f = 0; f < q.length; f++) {
                gradient[f] += a * g[f];
            }
        }
        return energy;
    }

    private Result evaluateWithUncertainty(Structure structure, Set<Property> properties, boolean derivatives) {
        int n = structure.size();
        int m = rows.columns();
        StructureFeatures features = calculator.compute(structure, derivatives);
        Scratch w = scratch.get();
        double[] atomEnergies = new double[n];
        double[] forces = derivatives ? new double[3 * n] : null;
        double[] strain = derivatives ? new double[9] : null;
        double[] gradient = derivatives ? new double[maxSize(features)] : null;
        double[] atomPrior = new double[n];
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            features.copyValues(i, w.features[s], 0);
            atomEnergies[i] = localEnergy(s, w, gradient);
            atomPrior[i] = rows.kernel().value(w.features[s], w.features[s]);
            if (derivatives) {
                features.addForces(i, gradient, 0, forces);
                features.addStrainDerivative(i, gradient, 0, strain);
            }
        }
        // per-atom rows as M columns of N values, and the total-energy row as one more value per column
        double[] atomRows = new double[n * m];
        rows.atomRows(features, atomRows);
        double[][] columns = new double[m][n + 1];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < m; c++) {
                double k = atomRows[i * m + c];
                columns[c][i] = k;
                columns[c][n] += k;
            }
        }
        double[] prior = new double[n + 1];
        System.arraycopy(atomPrior, 0, prior, 0, n);
        prior[n] = totalEnergyPrior(features, w);
        double[] nystrom = sumOfSquaresAfterSolve(lowerK, columns, true);
        double[] regression = sumOfSquaresAfterSolve(lowerR, columns, false);
        double[] variance = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            variance[k] = Math.max(0, prior[k] - nystrom[k] + regression[k]);
        }
        double[] atomStd = new double[n];
        for (int i = 0; i < n; i++) {
            atomStd[i] = scales.energy() * Math.sqrt(variance[i]);
        }
        double[] forceStd = null;
        if (properties.contains(Property.FORCES)) {
            double[][] forceColumns = new double[m][3 * n];
            rows.derivativeColumns(features, new double[m], forceColumns, null);
            double[] forcePrior = ForcePriorVariance.of(rows.kernel(), features);
            double[] forceNystrom = sumOfSquaresAfterSolve(lowerK, forceColumns, true);
            double[] forceRegression = sumOfSquaresAfterSolve(lowerR, forceColumns, false);
            forceStd = new double[3 * n];
            for (int k = 0; k < forceStd.length; k++) {
                forceStd[k] = scales.force() * Math.sqrt(Math.max(0, forcePrior[k] - forceNystrom[k] + forceRegression[k]));
            }
        }
        Result mean = Result.assemble(structure, properties, atomEnergies, forces, strain);
        return new Result(mean.energy(), mean.forces(), mean.stress(), mean.atomEnergies(),
                new Result.Uncertainty(scales.energy() * Math.sqrt(variance[n]), forceStd, atomStd));
    }

    /** {@code Σ_{i,i′} k(q_i, q_i′)} over pairs of atoms of the same element. */
    private double totalEnergyPrior(StructureFeatures features, Scratch w) {
        int n = features.atoms();
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            q[i] = features.values(i);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += rows.kernel().value(q[i], q[i]);
            for (int j = i + 1; j < n; j++) {
                if (features.species(i) == features.species(j)) {
                    sum += 2 * rows.kernel().value(q[i], q[j]);
                }
            }
        }
        return sum;
    }

    private static int maxSize(StructureFeatures features) {
        int size = 0;
        for (int i = 0; i < features.atoms(); i++) {
            size = Math.max(size, features.size(i));
        }
        return size;
    }

    /**
     * Solves {@code T X = B} in place, B given as M rows of P values and T lower-triangular M×M
     * (row-major), and returns the P column sums of squares {@code Σ_m X[m][p]²}: for every
     * column b of B, {@code bᵀ (T Tᵀ)⁻¹ b}.
     *
     * @param lower T, M×M row-major
     * @param rhs B, modified (holds X afterwards)
     * @param copy whether to work on a copy of rhs, leaving it unmodified
     */
    private static double[] sumOfSquaresAfterSolve(double[] lower, double[][] rhs, boolean copy) {
        int m = rhs.length;
        double[][] x = rhs;
        if (copy) {
            x = new double[m][];
            for (int i = 0; i < m; i++) {
                x[i] = rhs[i].clone();
            }
        }
        int p = m == 0 ? 0 : x[0].length;
        double[] squares = new double[p];
        for (int i = 0; i < m; i++) {
            double[] row = x[i];
            int base = i * m;
            for (int j = 0; j < i; j++) {
                double t = lower[base + j];
                if (t != 0) {
                    double[] other = x[j];
                    for (int k = 0; k < p; k++) {
                        row[k] -= t * other[k];
                    }
                }
            }
            double inverse = 1 / lower[base + i];
            for (int k = 0; k < p; k++) {
                row[k] *= inverse;
                squares[k] += row[k] * row[k];
            }
        }
        return squares;
    }

    @Override
    public double cutoff() {
        return calculator.descriptor().cutoff();
    }

    @Override
    public Set<Element> elements() {
        return elements;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (sparse GP, " + rows.columns() + " sparse points, " + rows.kernel() + ", cutoff " + cutoff() + " Å)";
    }
}
