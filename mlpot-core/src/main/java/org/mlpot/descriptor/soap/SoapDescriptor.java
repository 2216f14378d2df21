package org.mlpot.descriptor.soap;

import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Element;

/**
 * The SOAP power spectrum (smooth overlap of atomic positions) of an atom's neighbourhood, the
 * descriptor of GAP-style Gaussian-process models. Immutable and thread-safe; scratch space is per
 * thread, so {@link #evaluate} allocates nothing once warm.
 *
 * <p><b>Density.</b> Around the centre, each species a has the density
 * {@code ρ_a(r) = Σ_(j∈a) fc(r_j) exp(−|r − d_j|²/(2σ²))}, plus {@code w_c exp(−r²/(2σ²))} for the
 * centre's own species, where {@code w_c} is the central weight and {@code fc} QUIP's cutoff:
 * 1 below {@code rc − w}, {@code ½(cos(π (r − rc + w)/w) + 1)} from {@code rc − w} to {@code rc}, 0 beyond
 * (w the cutoff transition width). Bartók, Kondor, Csányi, Phys. Rev. B 87, 184115 (2013); the
 * cutoff and central weight as in QUIP's {@code soap} descriptor.
 *
 * <p><b>Expansion.</b> {@code c^a_nlm = ∫ g_n(r) Y_lm(r̂) ρ_a(r) d³r} over the ball of radius rc, with
 * real spherical harmonics {@code Y_lm} (orthonormal, no Condon–Shortley phase:
 * {@code Y_1,−1, Y_10, Y_11 = √(3/4π) (y, z, x)/r}; computed by Cartesian recursion) and an orthonormal
 * radial basis {@code g_n} on {@code [0, rc]} ({@link SoapRadialBasis}; orthonormalised numerically by
 * Cholesky factors of the primitives' overlap). With the expansion of a
 * displaced Gaussian {@code exp(−|r−d|²/2σ²) = 4π exp(−(r²+d²)/2σ²) Σ_lm i_l(rd/σ²) Y_lm(r̂) Y_lm(d̂)}
 * (i_l the modified spherical Bessel function of the first kind; Bartók et al.) each
 * neighbour adds {@code fc(d) I_nl(d) Y_lm(d̂)}, where {@code I_nl} is the radial integral
 * {@code 4π ∫_0^rc g_n(r) r² exp(−(r²+d²)/2σ²) i_l(rd/σ²) dr}, tabulated per settings on a grid of
 * spacing σ/64 and interpolated by cubic Hermite polynomials (error below 10⁻⁸ of each channel's
 * largest value); the centre adds {@code w_c I_n0(0) Y_00} to {@code c_n00}.
 *
 * <p><b>Power spectrum.</b> {@code p^(ab)_(n n' l) = π √(8/(2l+1)) Σ_m c^a_nlm c^b_n'lm}, the
 * normalisation of DScribe (Himanen et al., Comput. Phys. Commun. 247, 106949 (2020), whose code
 * uses this prefactor), for species pairs {@code a ≤ b} (indices in the species list) and, when
 * {@code a = b}, {@code n ≤ n'}. Order: pair, then n, then n', then l fastest
 * ({@link #featureIndex}). With {@code normalize} the vector is divided by its Euclidean norm
 * (a zero vector stays zero).
 *
 * <p><b>Gradients.</b> With {@code u = d̂}, {@code ∂c_nlm/∂d = (fc' I_nl + fc I_nl') Y_lm u
 * + fc I_nl (∇R_lm(u) − l Y_lm u)/|d|}, where {@code R_lm} is the solid harmonic, whose Cartesian
 * gradient comes from the same recursion as the values. The power spectrum's gradient contracts these
 * with the coefficients first ({@code Σ_m Y_lm c_n'lm} and {@code Σ_m ∇Y_lm c_n'lm}), so a neighbour
 * costs {@code O(S n_max (l_max+1)² + features)}; with normalisation,
 * {@code ∂p̂ = (∂p − p̂ (p̂·∂p))/|p|}. A neighbour exactly at the centre's position (distance below
 * 10⁻¹⁰ Å) adds its isotropic part to the values but no gradient.
 */
public final class SoapDescriptor implements Descriptor {
    /** Distances below this count as "at the centre", Å. */
    private static final double COINCIDENT = 1e-10;
    private static final double Y00 = 1 / Math.sqrt(4 * Math.PI);

    private final SoapSettings settings;
    private final int speciesCount;
    private final int nMax;
    private final int lMax;
    private final int harmonicsSize;
    private final int channels;
    private final double cutoff;
    private final double transitionStart;
    private final RadialIntegralTable integrals;
    private final RealSphericalHarmonics harmonics;
    private final SoapFeatureLayout layout;
    private final double[] atCentre; // I_n0(0)
    private final double[] weightOfL; // π √(8/(2l+1))
    private final int[] speciesOfZ = new int[119];
    private final ThreadLocal<Workspace> workspaces;

    /**
     * Builds the radial basis and tabulates the radial integrals (about 0.4 s for
     * {@code n_max = 8, l_max = 6, rc = 5 Å, σ = 0.5 Å}; the time grows as {@code rc²/σ²}): build once, share.
     *
     * @throws IllegalArgumentException when the radial basis cannot be orthonormalised (polynomial basis with large n_max)
     */
    public SoapDescriptor(SoapSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.speciesCount = settings.species().size();
        this.nMax = settings.nMax();
        this.lMax = settings.lMax();
        this.harmonicsSize = (lMax + 1) * (lMax + 1);
        this.channels = nMax * (lMax + 1);
        this.cutoff = settings.cutoff();
        this.transitionStart = cutoff - settings.cutoffTransitionWidth();
        RadialBasis basis = new RadialBasis(settings.radialBasis(), cutoff, nMax);
        this.integrals = new RadialIntegralTable(basis, settings.atomSigma(), lMax);
        this.harmonics = new RealSphericalHarmonics(lMax);
        this.layout = new SoapFeatureLayout(speciesCount, nMax, lMax, settings.normalize());
        double[] values = new double[channels];
        double[] derivatives = new double[channels];
        integrals.interpolate(0, values, derivatives, 0);
        this.atCentre = new double[nMax];
        for (int n = 0; n < nMax; n++) {
            atCentre[n] = values[n * (lMax + 1)];
        }
        this.weightOfL = new double[lMax + 1];
        for (int l = 0; l <= lMax; l++) {
            weightOfL[l] = Math.PI * Math.sqrt(8.0 / (2 * l + 1));
        }
        java.util.Arrays.fill(speciesOfZ, -1);
        for (int s = 0; s < speciesCount; s++) {
            speciesOfZ[settings.species().get(s).atomicNumber()] = s;
        }
        this.workspaces = ThreadLocal.withInitial(Workspace::new);
    }

    /** The settings. */
    public SoapSettings settings() {
        return settings;
    }

    @Override
    public List<Element> elements() {
        return settings.species();
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    /**
     * The number of features, the same for every centre: {@code S(S+1)/2} species pairs of
     * {@code n_max(n_max+1)/2 (l_max+1)} (same species) or {@code n_max² (l_max+1)} (different species).
     */
    @Override
    public int size(Element centre) {
        speciesIndex(centre);
        return layout.size();
    }

    /**
     * Without normalisation, the features of the species pairs that contain the neighbour's species;
     * with normalisation, all features (the norm depends on every neighbour).
     */
    @Override
    public int[] sensitivity(Element centre, Element neighbor) {
        speciesIndex(centre);
        return layout.sensitivity(speciesIndex(neighbor));
    }

    /**
     * The index of {@code p^(ab)_(n n' l)} in the feature vector (species as indices into
     * {@link #elements()}, {@code a ≤ b}, and {@code n ≤ n'} when {@code a = b}).
     *
     * @throws IllegalArgumentException for an element that is not stored
     */
    public int featureIndex(int a, int b, int n, int nPrime, int l) {
        return layout.index(a, b, n, nPrime, l);
    }

    @Override
    public void evaluate(AtomEnvironment environment, double[] values, double[] gradients) {
        Workspace w = workspaces.get();
        int count = environment.size();
        w.reserve(count);
        for (int k = 0; k < count; k++) {
            w.set(k, environment.species(k), environment.dx(k), environment.dy(k), environment.dz(k), environment.distance(k));
        }
        compute(w, environment.centreSpecies(), count, values, gradients, environment);
    }

    /**
     * The expansion coefficients for a centre of species {@code centreSpecies} and neighbours at
     * {@code vectors} (three per neighbour, Å), as {@code c[(a n_max + n) (l_max+1)² + l² + l + m]}.
     */
    double[] coefficients(int centreSpecies, int[] species, double[] vectors) {
        Workspace w = load(species, vectors);
        compute(w, centreSpecies, species.length, new double[layout.size()], null, null);
        return w.coefficients.clone();
    }

    /** The features for a centre of species {@code centreSpecies} and neighbours at {@code vectors} (three per neighbour, Å). */
    double[] features(int centreSpecies, int[] species, double[] vectors) {
        Workspace w = load(species, vectors);
        double[] values = new double[layout.size()];
        compute(w, centreSpecies, species.length, values, null, null);
        return values;
    }

    private Workspace load(int[] species, double[] vectors) {
        Workspace w = workspaces.get();
        w.reserve(species.length);
        for (int k = 0; k < species.length; k++) {
            double x = vectors[3 * k];
            double y = vectors[3 * k + 1];
            double z = vectors[3 * k + 2];
            w.set(k, species[k], x, y, z, Math.sqrt(x * x + y * y + z * z));
        }
        return w;
    }

    private int speciesIndex(Element e) {
        Objects.requireNonNull(e, "element is null");
        int s = speciesOfZ[e.atomicNumber()];
        if (s < 0) {
            throw new IllegalArgumentException("this SOAP descriptor is defined for " + settings.species() + ", not " + e);
        }
        return s;
    }

    /** The whole computation for the neighbours loaded into {@code w}. */
    private void compute(Workspace w, int centreSpecies, int count, double[] values, double[] gradients,
                         AtomEnvironment environment) {
        double[] c = w.coefficients;
        java.util.Arrays.fill(c, 0.0);
        double centralWeight = settings.centralWeight();
        for (int n = 0; n < nMax; n++) {
            c[(centreSpecies * nMax + n) * harmonicsSize] += centralWeight * atCentre[n] * Y00;
        }
        for (int k = 0; k < count; k++) {
            expandNeighbor(w, k);
        }
        powerSpectrum(c, values);
        double norm = 1;
        int size = layout.size();
        if (settings.normalize()) {
            double sum = 0;
            for (int f = 0; f < size; f++) {
                sum += values[f] * values[f];
            }
            norm = Math.sqrt(sum);
            if (norm > 0) {
                for (int f = 0; f < size; f++) {
                    values[f] /= norm;
                }
            }
        }
        if (gradients == null) {
            return;
        }
        for (int k = 0; k < count; k++) {
            if (w.active[k]) {
                int offset = environment.gradientOffset(k);
                neighborGradient(w, k, gradients, offset);
                if (settings.normalize() && norm > 0) {
                    project(values, norm, gradients, offset);
                }
            }
        }
    }

    /** Adds neighbour k's Gaussian to the coefficients and keeps what its gradient needs. */
    private void expandNeighbor(Workspace w, int k) {
        double r = w.distance[k];
        w.active[k] = false;
        if (r >= cutoff) {
            return;
        }
        int s = w.species[k];
        double[] c = w.coefficients;
        if (r < COINCIDENT) {
            integrals.interpolate(0, w.integral, w.integralSlope, k * channels);
            for (int n = 0; n < nMax; n++) {
                c[(s * nMax + n) * harmonicsSize] += w.integral[k * channels + n * (lMax + 1)] * Y00;
            }
            return;
        }
        w.active[k] = true;
        double fc;
        double fcSlope;
        if (r <= transitionStart) {
            fc = 1;
            fcSlope = 0;
        } else {
            double width = cutoff - transitionStart;
            double phase = Math.PI * (r - transitionStart) / width;
            fc = 0.5 * (Math.cos(phase) + 1);
            fcSlope = -0.5 * Math.PI / width * Math.sin(phase);
        }
        w.fc[k] = fc;
        w.fcSlope[k] = fcSlope;
        double ux = w.ux[k];
        double uy = w.uy[k];
        double uz = w.uz[k];
        int yOffset = k * harmonicsSize;
        double[] y = w.harmonics;
        double[] gy = w.harmonicGradients;
        harmonics.evaluate(ux, uy, uz, y, gy, yOffset);
        // tangential gradient on the unit sphere: ∇R_lm(u) − l Y_lm u
        for (int l = 1; l <= lMax; l++) {
            for (int lm = l * l; lm < (l + 1) * (l + 1); lm++) {
                int i = yOffset + lm;
                double ly = l * y[i];
                gy[3 * i] -= ly * ux;
                gy[3 * i + 1] -= ly * uy;
                gy[3 * i + 2] -= ly * uz;
            }
        }
        int iOffset = k * channels;
        integrals.interpolate(r, w.integral, w.integralSlope, iOffset);
        for (int n = 0; n < nMax; n++) {
            int base = (s * nMax + n) * harmonicsSize;
            for (int l = 0; l <= lMax; l++) {
                double radial = fc * w.integral[iOffset + n * (lMax + 1) + l];
                for (int lm = l * l; lm < (l + 1) * (l + 1); lm++) {
                    c[base + lm] += radial * y[yOffset + lm];
                }
            }
        }
    }

    /** {@code p^(ab)_(n n' l) = π √(8/(2l+1)) Σ_m c^a_nlm c^b_n'lm} into {@code values}. */
    private void powerSpectrum(double[] c, double[] values) {
        int f = 0;
        for (int p = 0; p < layout.pairs(); p++) {
            int a = layout.first(p);
            int b = layout.second(p);
            for (int n = 0; n < nMax; n++) {
                int ca = (a * nMax + n) * harmonicsSize;
                for (int n2 = a == b ? n : 0; n2 < nMax; n2++) {
                    int cb = (b * nMax + n2) * harmonicsSize;
                    for (int l = 0; l <= lMax; l++) {
                        double sum = 0;
                        for (int lm = l * l; lm < (l + 1) * (l + 1); lm++) {
                            sum += c[ca + lm] * c[cb + lm];
                        }
                        values[f++] = weightOfL[l] * sum;
                    }
                }
            }
        }
    }

    /** Writes {@code ∂p/∂d_k} (unnormalised) into neighbour k's gradient block. */
    private void neighborGradient(Workspace w, int k, double[] gradients, int offset) {
        int s = w.species[k];
        int m = layout.sensitivity(s).length;
        double[] c = w.coefficients;
        double[] y = w.harmonics;
        double[] gy = w.harmonicGradients;
        int yOffset = k * harmonicsSize;
        // q^b_(n l) = Σ_m Y_lm c^b_nlm and Q^b_(n l) = Σ_m ∇_tangential Y_lm c^b_nlm
        double[] q = w.contracted;
        double[] qv = w.contractedGradients;
        for (int b = 0; b < speciesCount; b++) {
            for (int n = 0; n < nMax; n++) {
                int base = (b * nMax + n) * harmonicsSize;
                for (int l = 0; l <= lMax; l++) {
                    double sum = 0;
                    double sx = 0;
                    double sy = 0;
                    double sz = 0;
                    for (int lm = l * l; lm < (l + 1) * (l + 1); lm++) {
                        double coefficient = c[base + lm];
                        int i = yOffset + lm;
                        sum += y[i] * coefficient;
                        sx += gy[3 * i] * coefficient;
                        sy += gy[3 * i + 1] * coefficient;
                        sz += gy[3 * i + 2] * coefficient;
                    }
                    int j = (b * nMax + n) * (lMax + 1) + l;
                    q[j] = sum;
                    qv[3 * j] = sx;
                    qv[3 * j + 1] = sy;
                    qv[3 * j + 2] = sz;
                }
            }
        }
        // ∂c_nlm/∂d = A_nl Y_lm u + B_nl ∇_tangential Y_lm
        double fc = w.fc[k];
        double fcSlope = w.fcSlope[k];
        double inverseDistance = 1 / w.distance[k];
        int iOffset = k * channels;
        double[] radialA = w.radialA;
        double[] radialB = w.radialB;
        for (int i = 0; i < channels; i++) { // with the power spectrum's weight of l folded in
            double weight = weightOfL[i % (lMax + 1)];
            double integral = w.integral[iOffset + i];
            radialA[i] = weight * (fcSlope * integral + fc * w.integralSlope[iOffset + i]);
            radialB[i] = weight * fc * integral * inverseDistance;
        }
        double ux = w.ux[k];
        double uy = w.uy[k];
        double uz = w.uz[k];
        int ly = lMax + 1;
        for (int p = 0; p < layout.pairs(); p++) {
            int local = layout.localStart(s, p);
            int a = layout.first(p);
            int b = layout.second(p);
            boolean first = a == s;
            boolean second = b == s;
            if (!first && !second) {
                continue;
            }
            for (int n = 0; n < nMax; n++) {
                for (int n2 = a == b ? n : 0; n2 < nMax; n2++) {
                    for (int l = 0; l <= lMax; l++) {
                        double gx = 0;
                        double gyy = 0;
                        double gz = 0;
                        if (first) { // c^a_nlm moves: partner c^b_n'lm
                            int i = n * ly + l;
                            int j = (b * nMax + n2) * ly + l;
                            double t = radialA[i] * q[j];
                            double bb = radialB[i];
                            gx += t * ux + bb * qv[3 * j];
                            gyy += t * uy + bb * qv[3 * j + 1];
                            gz += t * uz + bb * qv[3 * j + 2];
                        }
                        if (second) { // c^b_n'lm moves: partner c^a_nlm
                            int i = n2 * ly + l;
                            int j = (a * nMax + n) * ly + l;
                            double t = radialA[i] * q[j];
                            double bb = radialB[i];
                            gx += t * ux + bb * qv[3 * j];
                            gyy += t * uy + bb * qv[3 * j + 1];
                            gz += t * uz + bb * qv[3 * j + 2];
                        }
                        gradients[offset + local] = gx;
                        gradients[offset + m + local] = gyy;
                        gradients[offset + 2 * m + local] = gz;
                        local++;
                    }
                }
            }
        }
    }

    /** {@code g ← (g − p̂ (p̂·g))/|p|} for each component of a full-length gradient block. */
    private void project(double[] unit, double norm, double[] gradients, int offset) {
        int size = layout.size();
        for (int comp = 0; comp < 3; comp++) {
            int base = offset + comp * size;
            double dot = 0;
            for (int f = 0; f < size; f++) {
                dot += unit[f] * gradients[base + f];
            }
            double inverse = 1 / norm;
            for (int f = 0; f < size; f++) {
                gradients[base + f] = (gradients[base + f] - unit[f] * dot) * inverse;
            }
        }
    }

    @Override
    public String toString() {
        return "SoapDescriptor" + settings;
    }

    /** Per-thread scratch, grown to the largest neighbourhood seen. */
    private final class Workspace {
        final double[] coefficients = new double[speciesCount * nMax * harmonicsSize];
        final double[] contracted = new double[speciesCount * channels];
        final double[] contractedGradients = new double[3 * speciesCount * channels];
        final double[] radialA = new double[channels];
        final double[] radialB = new double[channels];
        int capacity;
        int[] species;
        boolean[] active;
        double[] ux;
        double[] uy;
        double[] uz;
        double[] distance;
        double[] fc;
        double[] fcSlope;
        double[] integral;
        double[] integralSlope;
        double[] harmonics;
        double[] harmonicGradients;

        Workspace() {
            allocate(64);
        }

        void reserve(int count) {
            if (count > capacity) {
                allocate(Math.max(count, 2 * capacity));
            }
        }

        private void allocate(int n) {
            capacity = n;
            species = new int[n];
            active = new boolean[n];
            ux = new double[n];
            uy = new double[n];
            uz = new double[n];
            distance = new double[n];
            fc = new double[n];
            fcSlope = new double[n];
            integral = new double[n * channels];
            integralSlope = new double[n * channels];
            harmonics = new double[n * harmonicsSize];
            harmonicGradients = new double[3 * n * harmonicsSize];
        }

        void set(int k, int s, double x, double y, double z, double r) {
            species[k] = s;
            distance[k] = r;
            double inverse = r > 0 ? 1 / r : 0;
            ux[k] = x * inverse;
            uy[k] = y * inverse;
            uz[k] = z * inverse;
        }
    }
}
