package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpot.descriptor.AtomEnvironment;

/**
 * Wide angular functions (type 9) with integer {@code 1 ≤ ζ ≤} {@link #MAX_ZETA} and
 * {@code |λ| ≤ 1} evaluated exactly through moment tensors, in time linear in the number of
 * neighbours instead of quadratic.
 *
 * <p>With {@code u = d/|d|} and {@code R(r) = exp(−eta (r − rs)²) f_c(r)}, the binomial theorem
 * gives {@code 2^(1−ζ)(1 + λ u_j·u_k)^ζ = Σ_n c_n (u_j·u_k)^n} with
 * {@code c_n = 2^(1−ζ) C(ζ, n) λ^n}, and {@code Σ_{j∈e1, k∈e2} R_j R_k (u_j·u_k)^n = M_n^{e1} : M_n^{e2}}
 * where {@code M_n^e = Σ_{j∈e} R_j u_j^{⊗n}} is a symmetric tensor (stored by its independent
 * components, see {@link Monomials}). For {@code e1 ≠ e2} every ordered pair is an unordered one;
 * for {@code e1 = e2} the unordered pairs {@code j < k} are half the ordered ones less the
 * diagonal, {@code ½(M_n : M_n − Σ_j R_j²)}. The gradient by neighbour {@code j} is that of
 * {@code R_j Φ(u_j)} with {@code Φ(v) = Σ_n c_n M_n^{other} : v^{⊗n}} held fixed:
 * {@code R'_j Φ u_j + (R_j/r_j)(∇Φ − (u_j·∇Φ) u_j)}, less {@code R_j R'_j κ u_j} with
 * {@code κ = Σ_n c_n} for {@code e1 = e2}.
 *
 * <p>This equals n2p2's pair sum: n2p2 drops a pair where {@code 1 + λ cos θ ≤ 0}, which for
 * {@code |λ| ≤ 1} happens only where it is 0 (the term is 0 for {@code ζ ≥ 1}; its gradient is
 * 0 too, as {@code cos θ = ∓1} is an extremum of cos θ). For {@code |λ| > 1} the polynomial would
 * count negative bases that n2p2 drops, so such functions stay with the pair loop, as do
 * non-integer ζ.
 *
 * <p>Rounding differs from the pair sum's: the contraction's error is bounded by the largest
 * value the function could take for the same radial terms, {@code |ΔG| ≲ 2e-15 κ_max Σ_{e1} R Σ_{e2} R}
 * with {@code κ_max = 2^(1−ζ)(1 + |λ|)^ζ}, whatever ζ (measured on dense random environments,
 * ζ up to 24), whereas the pair sum of positive terms is accurate relative to G itself. As ζ
 * grows the angular term narrows and G falls below that bound: on random environments with 77
 * neighbours and Gaussians up to eta = 1.2/Å², the largest relative difference from the pair
 * sum was 2.3e-11 for ζ ≤ 6, 5e-10 for ζ = 8 and 1e-8 for ζ = 16. The work grows as well: moments
 * of degree ≤ ζ have {@code (ζ + 1)(ζ + 2)(ζ + 3)/6} components per neighbour and kernel (84
 * for ζ = 6, 165 for ζ = 8), and there, with one function per kernel, the moment path was as
 * fast as the pair loop at ζ = 6 and 1.6 times slower at ζ = 8. Hence {@link #MAX_ZETA} = 6,
 * which covers the usual ζ ∈ {1, 2, 4} (and n2p2's Cu2S example, ζ ∈ {1, 6}). Moments are
 * shared by every function of the same kernel and element; contractions by every function of
 * the same kernel and element pair. Immutable; the scratch space comes from the caller.
 */
final class WideAngularMoments {
    /** The largest ζ evaluated through moments. */
    static final int MAX_ZETA = 6;

    private static final Monomials MONOMIALS = new Monomials(MAX_ZETA);

    /** Space per neighbour entry for its monomials: every monomial up to degree {@link #MAX_ZETA}. */
    private static final int STRIDE = Monomials.count(MAX_ZETA);

    /**
     * One function for the moment path.
     *
     * @param feature its index among the centre's features
     * @param kernel the index of its radial kernel {@code exp(−eta (r − rs)²) f_c(r)}
     * @param species1 the species index of its first neighbour element
     * @param species2 the species index of its second neighbour element
     * @param lambda λ, {@code |λ| ≤ 1}
     * @param zeta ζ, {@code 1 … MAX_ZETA}
     * @param position1 its position among the features a neighbour of {@code species1} can change
     * @param position2 its position among the features a neighbour of {@code species2} can change
     */
    record Member(int feature, int kernel, int species1, int species2, double lambda, int zeta, int position1,
                  int position2) {
    }

    /** Whether a function can be evaluated here: type 9, integer {@code 1 ≤ ζ ≤ MAX_ZETA}, {@code |λ| ≤ 1}. */
    static boolean accepts(SymmetryFunction fn) {
        return fn instanceof ExpAngular x && x.kind() == AngularKind.WIDE && x.zeta() == Math.rint(x.zeta()) && x.zeta() >= 1
                && x.zeta() <= MAX_ZETA && Math.abs(x.lambda()) <= 1.0;
    }

    private final int[] sensitivityLengths;
    // moment slots: one per (species, kernel)
    private final int[] slotKernel;
    private final int[] slotSize;
    private final int[] slotDegree;
    private final int[] slotOffset;
    private final int momentCount;
    private final int[][] speciesSlots;
    private final int[] speciesDegree;
    // contraction groups: one per (species pair, kernel)
    private final int[] groupSlot1;
    private final int[] groupSlot2;
    private final int[] groupDegree;
    private final boolean[] groupSame;
    private final int[][] groupFeature;
    private final double[][][] groupCoefficients;
    private final double[][] groupCoefficientsFlat; // per group, c_n of each function, padded to the group's degree
    private final double[][] groupCoefficientsOverDegree; // the same divided by n (n ≥ 1)
    private final double[][] groupKappa;
    private final int[][] groupPosition1;
    private final int[][] groupPosition2;
    // per species: the groups its neighbours enter, and on which side
    private final int[][] sideGroup;
    private final boolean[][] sideFirst;

    /**
     * @param members the functions (at least one), each {@link #accepts accepted}
     * @param species the number of species
     * @param kernelCount the number of radial kernels of the centre
     * @param sensitivityLengths per species, how many features one of its neighbours can change
     */
    WideAngularMoments(List<Member> members, int species, int kernelCount, int[] sensitivityLengths) {
        this.sensitivityLengths = sensitivityLengths.clone();
        int[][] slotOf = new int[species][kernelCount];
        int[][] degreeOf = new int[species][kernelCount];
        for (int[] row : slotOf) {
            Arrays.fill(row, -1);
        }
        for (Member m : members) {
            degreeOf[m.species1()][m.kernel()] = Math.max(degreeOf[m.species1()][m.kernel()], m.zeta());
            degreeOf[m.species2()][m.kernel()] = Math.max(degreeOf[m.species2()][m.kernel()], m.zeta());
        }
        List<int[]> slots = new ArrayList<>();
        this.speciesSlots = new int[species][];
        this.speciesDegree = new int[species];
        int offset = 0;
        List<Integer> offsets = new ArrayList<>();
        for (int s = 0; s < species; s++) {
            List<Integer> own = new ArrayList<>();
            for (int q = 0; q < kernelCount; q++) {
                if (degreeOf[s][q] > 0) {
                    slotOf[s][q] = slots.size();
                    own.add(slots.size());
                    slots.add(new int[] {q, degreeOf[s][q]});
                    offsets.add(offset);
                    offset += Monomials.count(degreeOf[s][q]);
                    speciesDegree[s] = Math.max(speciesDegree[s], degreeOf[s][q]);
                }
            }
            speciesSlots[s] = own.stream().mapToInt(Integer::intValue).toArray();
        }
        this.momentCount = offset;
        this.slotKernel = slots.stream().mapToInt(x -> x[0]).toArray();
        this.slotSize = slots.stream().mapToInt(x -> Monomials.count(x[1])).toArray();
        this.slotDegree = slots.stream().mapToInt(x -> x[1]).toArray();
        this.slotOffset = offsets.stream().mapToInt(Integer::intValue).toArray();
        // groups in order of first appearance
        List<List<Member>> groups = new ArrayList<>();
        List<int[]> keys = new ArrayList<>();
        for (Member m : members) {
            int[] key = {m.species1(), m.species2(), m.kernel()};
            int g = 0;
            while (g < keys.size() && !Arrays.equals(keys.get(g), key)) {
                g++;
            }
            if (g == keys.size()) {
                keys.add(key);
                groups.add(new ArrayList<>());
            }
            groups.get(g).add(m);
        }
        int ng = groups.size();
        this.groupSlot1 = new int[ng];
        this.groupSlot2 = new int[ng];
        this.groupDegree = new int[ng];
        this.groupSame = new boolean[ng];
        this.groupFeature = new int[ng][];
        this.groupCoefficients = new double[ng][][];
        this.groupCoefficientsFlat = new double[ng][];
        this.groupCoefficientsOverDegree = new double[ng][];
        this.groupKappa = new double[ng][];
        this.groupPosition1 = new int[ng][];
        this.groupPosition2 = new int[ng][];
        List<List<Integer>> sides = new ArrayList<>();
        List<List<Boolean>> firsts = new ArrayList<>();
        for (int s = 0; s < species; s++) {
            sides.add(new ArrayList<>());
            firsts.add(new ArrayList<>());
        }
        for (int g = 0; g < ng; g++) {
            int[] key = keys.get(g);
            List<Member> list = groups.get(g);
            groupSlot1[g] = slotOf[key[0]][key[2]];
            groupSlot2[g] = slotOf[key[1]][key[2]];
            groupSame[g] = key[0] == key[1];
            int n = list.size();
            groupFeature[g] = new int[n];
            groupCoefficients[g] = new double[n][];
            groupKappa[g] = new double[n];
            groupPosition1[g] = new int[n];
            groupPosition2[g] = new int[n];
            for (int i = 0; i < n; i++) {
                Member m = list.get(i);
                groupFeature[g][i] = m.feature();
                groupPosition1[g][i] = m.position1();
                groupPosition2[g][i] = m.position2();
                groupDegree[g] = Math.max(groupDegree[g], m.zeta());
                double[] c = coefficients(m.lambda(), m.zeta());
                groupCoefficients[g][i] = c;
                double kappa = 0.0;
                for (double x : c) {
                    kappa += x;
                }
                groupKappa[g][i] = kappa;
            }
            int width = groupDegree[g] + 1;
            groupCoefficientsFlat[g] = new double[n * width];
            groupCoefficientsOverDegree[g] = new double[n * width];
            for (int i = 0; i < n; i++) {
                double[] c = groupCoefficients[g][i];
                for (int m = 0; m < c.length; m++) {
                    groupCoefficientsFlat[g][i * width + m] = c[m];
                    groupCoefficientsOverDegree[g][i * width + m] = m == 0 ? 0.0 : c[m] / m;
                }
            }
            sides.get(key[0]).add(g);
            firsts.get(key[0]).add(true);
            if (!groupSame[g]) {
                sides.get(key[1]).add(g);
                firsts.get(key[1]).add(false);
            }
        }
        this.sideGroup = new int[species][];
        this.sideFirst = new boolean[species][];
        for (int s = 0; s < species; s++) {
            sideGroup[s] = sides.get(s).stream().mapToInt(Integer::intValue).toArray();
            sideFirst[s] = new boolean[sideGroup[s].length];
            for (int i = 0; i < sideFirst[s].length; i++) {
                sideFirst[s][i] = firsts.get(s).get(i);
            }
        }
    }

    /** {@code c_n = 2^(1−ζ) C(ζ, n) λ^n} for {@code n = 0 … ζ}. */
    private static double[] coefficients(double lambda, int zeta) {
        double[] c = new double[zeta + 1];
        double binomial = 1.0;
        double power = 1.0;
        double norm = Math.pow(2.0, 1.0 - zeta);
        for (int n = 0; n <= zeta; n++) {
            c[n] = norm * binomial * power;
            binomial = binomial * (zeta - n) / (n + 1);
            power *= lambda;
        }
        return c;
    }

    /**
     * Adds the functions' values (and gradients when {@code gradients} is not null) for one atom.
     *
     * @param rho the radial kernels per neighbour entry, {@code rho[k · kernelCount + q]}; not modified
     * @param drho their derivatives by r, same layout; not modified
     */
    void evaluate(AtomEnvironment env, double[] rho, double[] drho, int kernelCount, double[] values, double[] gradients,
                  Scratch scratch) {
        int n = env.size();
        scratch.ensure(momentCount, slotOffset.length, gradients == null ? 0 : n);
        double[] moments = scratch.moments;
        double[] weighted = scratch.weighted;
        double[] diagonal = scratch.diagonal;
        Arrays.fill(moments, 0, momentCount, 0.0);
        Arrays.fill(diagonal, 0, slotOffset.length, 0.0);
        boolean keep = gradients != null; // keep every entry's monomials for the gradient pass
        double[] entryMonomials = scratch.entryMonomials;
        for (int k = 0; k < n; k++) {
            int s = env.species(k);
            int[] slots = speciesSlots[s];
            if (slots.length == 0) {
                continue;
            }
            int base = k * kernelCount;
            if (!keep) {
                boolean inside = false;
                for (int slot : slots) {
                    inside |= rho[base + slotKernel[slot]] != 0.0;
                }
                if (!inside) {
                    continue;
                }
            }
            double[] mono = keep ? entryMonomials : scratch.monomials;
            int mo = keep ? k * STRIDE : 0;
            double inv = 1.0 / env.distance(k);
            MONOMIALS.evaluate(env.dx(k) * inv, env.dy(k) * inv, env.dz(k) * inv, speciesDegree[s], mono, mo);
            for (int slot : slots) {
                double r = rho[base + slotKernel[slot]];
                if (r == 0.0) {
                    continue;
                }
                int o = slotOffset[slot];
                int size = slotSize[slot];
                for (int i = 0; i < size; i++) {
                    moments[o + i] += r * mono[mo + i];
                }
                diagonal[slot] += r * r;
            }
        }
        for (int slot = 0; slot < slotOffset.length; slot++) {
            int o = slotOffset[slot];
            int size = slotSize[slot];
            for (int i = 0; i < size; i++) {
                weighted[o + i] = MONOMIALS.multiplicity(i) * moments[o + i];
            }
        }
        double[] t = scratch.p;
        for (int g = 0; g < groupFeature.length; g++) {
            int o1 = slotOffset[groupSlot1[g]];
            int o2 = slotOffset[groupSlot2[g]];
            int degree = groupDegree[g];
            double d = diagonal[groupSlot1[g]];
            for (int m = 0; m <= degree; m++) {
                double sum = 0.0;
                for (int i = Monomials.count(m - 1); i < Monomials.count(m); i++) {
                    sum += weighted[o1 + i] * moments[o2 + i];
                }
                t[m] = groupSame[g] ? 0.5 * (sum - d) : sum;
            }
            int[] features = groupFeature[g];
            for (int f = 0; f < features.length; f++) {
                double[] c = groupCoefficients[g][f];
                double value = 0.0;
                for (int m = 0; m < c.length; m++) {
                    value += c[m] * t[m];
                }
                values[features[f]] += value;
            }
        }
        if (gradients != null) {
            addGradients(env, rho, drho, kernelCount, gradients, scratch);
        }
    }

    /**
     * The gradient by each neighbour entry. Per slot, the weighted moments' partial derivatives
     * are first turned into tensors of one degree less, {@code ∂P_m/∂v_x = Σ_j Dx_j v^j} over the
     * monomials j of degree m − 1 with {@code Dx_j = (a_j + 1) W_{raise_x(j)}}; per entry, {@code P_m}
     * itself then follows from Euler's relation {@code v·∇P_m = m P_m} (m ≥ 1), so that each degree
     * costs three dot products over the monomials of the degree below.
     */
    private void addGradients(AtomEnvironment env, double[] rho, double[] drho, int kernelCount, double[] gradients,
                              Scratch scratch) {
        double[] weighted = scratch.weighted;
        double[] dx = scratch.derivativeX;
        double[] dy = scratch.derivativeY;
        double[] dz = scratch.derivativeZ;
        for (int slot = 0; slot < slotOffset.length; slot++) {
            int o = slotOffset[slot];
            int size = Monomials.count(slotDegree[slot] - 1);
            for (int j = 0; j < size; j++) {
                dx[o + j] = MONOMIALS.exponent(0, MONOMIALS.raise(0, j)) * weighted[o + MONOMIALS.raise(0, j)];
                dy[o + j] = MONOMIALS.exponent(1, MONOMIALS.raise(1, j)) * weighted[o + MONOMIALS.raise(1, j)];
                dz[o + j] = MONOMIALS.exponent(2, MONOMIALS.raise(2, j)) * weighted[o + MONOMIALS.raise(2, j)];
            }
        }
        double[] mono = scratch.entryMonomials;
        double[] a = scratch.p;
        double[] px = scratch.px;
        double[] py = scratch.py;
        double[] pz = scratch.pz;
        int n = env.size();
        for (int k = 0; k < n; k++) {
            int s = env.species(k);
            int[] sides = sideGroup[s];
            if (sides.length == 0) {
                continue;
            }
            int base = k * kernelCount;
            double r = env.distance(k);
            double inv = 1.0 / r;
            double ux = env.dx(k) * inv;
            double uy = env.dy(k) * inv;
            double uz = env.dz(k) * inv;
            int mo = k * STRIDE;
            int o = env.gradientOffset(k);
            int stride = sensitivityLengths[s];
            for (int side = 0; side < sides.length; side++) {
                int g = sides[side];
                boolean first = sideFirst[s][side];
                int own = first ? groupSlot1[g] : groupSlot2[g];
                int partner = first ? groupSlot2[g] : groupSlot1[g];
                int q = slotKernel[own];
                double rk = rho[base + q];
                double drk = drho[base + q];
                if (rk == 0.0 && drk == 0.0) {
                    continue;
                }
                int po = slotOffset[partner];
                int degree = groupDegree[g];
                double p0 = weighted[po];
                int from = 0;
                for (int m = 1; m <= degree; m++) {
                    int to = from + m * (m + 1) / 2;
                    double sx = 0.0;
                    double sy = 0.0;
                    double sz = 0.0;
                    for (int j = from; j < to; j++) {
                        double v = mono[mo + j];
                        sx += dx[po + j] * v;
                        sy += dy[po + j] * v;
                        sz += dz[po + j] * v;
                    }
                    a[m] = ux * sx + uy * sy + uz * sz; // m P_m, by Euler's relation
                    px[m] = sx;
                    py[m] = sy;
                    pz[m] = sz;
                    from = to;
                }
                int[] features = groupFeature[g];
                int[] positions = first ? groupPosition1[g] : groupPosition2[g];
                boolean same = groupSame[g];
                double ratio = rk * inv;
                double[] c = groupCoefficientsFlat[g];
                double[] cOverM = groupCoefficientsOverDegree[g];
                int width = degree + 1;
                for (int f = 0; f < features.length; f++) {
                    int cf = f * width;
                    double phi = c[cf] * p0;
                    double along = 0.0;
                    double gx = 0.0;
                    double gy = 0.0;
                    double gz = 0.0;
                    for (int m = 1; m < width; m++) {
                        double cm = c[cf + m];
                        phi += cOverM[cf + m] * a[m];
                        along += cm * a[m];
                        gx += cm * px[m];
                        gy += cm * py[m];
                        gz += cm * pz[m];
                    }
                    double radial = drk * phi;
                    if (same) {
                        radial -= rk * drk * groupKappa[g][f];
                    }
                    double cu = radial - ratio * along;
                    int position = o + positions[f];
                    gradients[position] += cu * ux + ratio * gx;
                    gradients[position + stride] += cu * uy + ratio * gy;
                    gradients[position + 2 * stride] += cu * uz + ratio * gz;
                }
            }
        }
    }

    /** Per-thread work arrays, grown on demand. */
    static final class Scratch {
        double[] moments = new double[0];
        double[] weighted = new double[0];
        double[] derivativeX = new double[0];
        double[] derivativeY = new double[0];
        double[] derivativeZ = new double[0];
        double[] diagonal = new double[0];
        double[] entryMonomials = new double[0];
        double[] monomials = new double[STRIDE];
        double[] p = new double[MAX_ZETA + 1];
        double[] px = new double[MAX_ZETA + 1];
        double[] py = new double[MAX_ZETA + 1];
        double[] pz = new double[MAX_ZETA + 1];

        void ensure(int momentCount, int slotCount, int entries) {
            if (moments.length < momentCount) {
                moments = new double[momentCount];
                weighted = new double[momentCount];
                derivativeX = new double[momentCount];
                derivativeY = new double[momentCount];
                derivativeZ = new double[momentCount];
            }
            if (diagonal.length < slotCount) {
                diagonal = new double[slotCount];
            }
            if (entryMonomials.length < entries * STRIDE) {
                entryMonomials = new double[Math.max(entries * STRIDE, 2 * entryMonomials.length)];
            }
        }
    }
}
