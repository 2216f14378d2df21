package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.List;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.cutoff.CompactFunction;
import org.mlpot.descriptor.cutoff.CutoffFunction;
import org.mlpot.structure.Element;

/**
 * The symmetry functions of one centre element compiled for evaluation. Work shared between
 * functions is done once: per neighbour entry, every distinct cutoff function and every distinct
 * radial kernel (a Gaussian {@code exp(−eta (r − rs)²) f_c(r)} or a compact function) is evaluated
 * once; per neighbour pair, the angle, {@code r_jk}, the radial kernels at {@code r_jk} and every
 * distinct angular kernel ({@code 2^(1−ζ)(1 + λ cos θ)^ζ} or a compact function of θ) once. Each
 * function then costs a few multiplications per entry or pair. Angular sums run over the entries
 * within the largest angular cutoff only; pairs whose element combination has no function are
 * skipped before any arithmetic. Wide angular functions that {@link WideAngularMoments} accepts
 * skip the pair loop and are summed through moment tensors instead. Immutable; the scratch space
 * comes from the caller.
 */
final class CentrePlan {
    /** A Gaussian radial kernel {@code exp(−eta (r − rs)²) f_c(r)}. */
    private record Gaussian(double eta, double rs, CutoffFunction cutoff) {
    }

    /** An angular kernel {@code 2^(1−ζ)(1 + λ cos θ)^ζ}. */
    private record Power(double lambda, double zeta) {
    }

    /** The functions of one ordered pair of neighbour species. */
    private static final class PairClass {
        int[] feature;
        int[] kernel;
        int[] angular;
        boolean[] narrow;
        double[] weight;
        int[] positionJ;
        int[] positionK;
        int[] angularKernels;
        int[] narrowKernels;
        int[] narrowCutoffs;
        boolean needsAngle;
    }

    private final int size;
    private final int[] sensitivityLengths;
    // radial kernels
    private final int kernelCount;
    private final boolean[] gaussian;
    private final double[] eta;
    private final double[] rs;
    private final double[] lower;
    private final double[] upper;
    private final int[] kernelCutoff;
    private final CompactFunction[] kernelCompact;
    private final CutoffFunction[] cutoffs;
    private final int[][] kernelsOf;
    private final int[][] cutoffsOf;
    // radial functions per neighbour species
    private final int[][] radialFeature;
    private final int[][] radialKernel;
    private final int[][] radialPosition;
    private final double[][] radialWeight;
    // angular
    private final double angularReach;
    private final boolean[] angularSpecies;
    private final PairClass[][] pairs;
    private final int angularCount;
    private final boolean[] power;
    private final double[] lambda;
    private final double[] zeta;
    private final double[] norm;
    private final int[] integerZeta;
    private final CompactFunction[] angleCompact;
    private final double[] angleLeft;
    private final double[] angleRight;
    // wide angular functions evaluated through moments (null when none)
    private final WideAngularMoments moments;

    /**
     * @param functions the centre's functions in feature order
     * @param elements the descriptor's species
     * @param sensitivity per neighbour species, the ascending features it can change
     * @param useMoments whether wide angular functions that {@link WideAngularMoments#accepts} are
     *     evaluated through moments (otherwise every angular function goes through the pair loop)
     */
    CentrePlan(List<SymmetryFunction> functions, List<Element> elements, int[][] sensitivity, boolean useMoments) {
        int species = elements.size();
        this.size = functions.size();
        this.sensitivityLengths = new int[species];
        int[][] position = new int[species][size];
        for (int s = 0; s < species; s++) {
            sensitivityLengths[s] = sensitivity[s].length;
            java.util.Arrays.fill(position[s], -1);
            for (int p = 0; p < sensitivity[s].length; p++) {
                position[s][sensitivity[s][p]] = p;
            }
        }
        List<Object> kernels = new ArrayList<>();
        List<CutoffFunction> cutoffList = new ArrayList<>();
        List<Object> angularKernels = new ArrayList<>();
        int[] kernelOf = new int[size];
        int[] angularOf = new int[size];
        boolean[] narrowOf = new boolean[size];
        boolean[] weightedOf = new boolean[size];
        boolean[] momentOf = new boolean[size];
        double reach = 0;
        for (int f = 0; f < size; f++) {
            SymmetryFunction fn = functions.get(f);
            momentOf[f] = useMoments && WideAngularMoments.accepts(fn);
            Object kernel = radialKernel(fn);
            kernelOf[f] = indexOf(kernels, kernel);
            if (kernel instanceof Gaussian g) {
                indexOf(cutoffList, g.cutoff());
            }
            weightedOf[f] = fn.type() == 12 || fn.type() == 13 || fn.type() >= 23;
            if (fn.isAngular()) {
                angularOf[f] = indexOf(angularKernels, angularKernel(fn));
                narrowOf[f] = fn.type() == 3 || fn.type() == 13 || fn.type() == 21 || fn.type() == 24;
                if (!momentOf[f]) {
                    reach = Math.max(reach, fn.rc());
                }
            }
        }
        this.angularReach = reach;
        this.kernelCount = kernels.size();
        this.gaussian = new boolean[kernelCount];
        this.eta = new double[kernelCount];
        this.rs = new double[kernelCount];
        this.lower = new double[kernelCount];
        this.upper = new double[kernelCount];
        this.kernelCutoff = new int[kernelCount];
        this.kernelCompact = new CompactFunction[kernelCount];
        this.cutoffs = cutoffList.toArray(new CutoffFunction[0]);
        for (int q = 0; q < kernelCount; q++) {
            if (kernels.get(q) instanceof Gaussian g) {
                gaussian[q] = true;
                eta[q] = g.eta();
                rs[q] = g.rs();
                lower[q] = Double.NEGATIVE_INFINITY;
                upper[q] = g.cutoff().radius();
                kernelCutoff[q] = cutoffList.indexOf(g.cutoff());
            } else {
                CompactFunction c = (CompactFunction) kernels.get(q);
                kernelCompact[q] = c;
                lower[q] = c.left();
                upper[q] = c.right();
                kernelCutoff[q] = -1;
            }
        }
        this.angularCount = angularKernels.size();
        this.power = new boolean[angularCount];
        this.lambda = new double[angularCount];
        this.zeta = new double[angularCount];
        this.norm = new double[angularCount];
        this.integerZeta = new int[angularCount];
        this.angleCompact = new CompactFunction[angularCount];
        this.angleLeft = new double[angularCount];
        this.angleRight = new double[angularCount];
        for (int a = 0; a < angularCount; a++) {
            if (angularKernels.get(a) instanceof Power p) {
                power[a] = true;
                lambda[a] = p.lambda();
                zeta[a] = p.zeta();
                norm[a] = Math.pow(2.0, 1.0 - p.zeta());
                integerZeta[a] = p.zeta() == Math.rint(p.zeta()) ? (int) p.zeta() : -1;
            } else {
                CompactFunction c = (CompactFunction) angularKernels.get(a);
                angleCompact[a] = c;
                angleLeft[a] = c.left();
                angleRight[a] = c.right();
            }
        }
        // per neighbour species: radial functions, kernels and cutoffs
        this.kernelsOf = new int[species][];
        this.cutoffsOf = new int[species][];
        this.radialFeature = new int[species][];
        this.radialKernel = new int[species][];
        this.radialPosition = new int[species][];
        this.radialWeight = new double[species][];
        this.angularSpecies = new boolean[species];
        for (int s = 0; s < species; s++) {
            Element e = elements.get(s);
            java.util.TreeSet<Integer> ks = new java.util.TreeSet<>();
            List<Integer> radial = new ArrayList<>();
            for (int f = 0; f < size; f++) {
                SymmetryFunction fn = functions.get(f);
                if (fn.dependsOn(e)) {
                    ks.add(kernelOf[f]);
                    if (fn.isAngular()) {
                        angularSpecies[s] |= !momentOf[f];
                    } else {
                        radial.add(f);
                    }
                }
            }
            kernelsOf[s] = ks.stream().mapToInt(Integer::intValue).toArray();
            cutoffsOf[s] = ks.stream().filter(q -> gaussian[q]).mapToInt(q -> kernelCutoff[q]).distinct().sorted().toArray();
            int m = radial.size();
            radialFeature[s] = new int[m];
            radialKernel[s] = new int[m];
            radialPosition[s] = new int[m];
            radialWeight[s] = new double[m];
            for (int i = 0; i < m; i++) {
                int f = radial.get(i);
                radialFeature[s][i] = f;
                radialKernel[s][i] = kernelOf[f];
                radialPosition[s][i] = position[s][f];
                radialWeight[s][i] = weightedOf[f] ? e.atomicNumber() : 1.0;
            }
        }
        // per ordered pair of neighbour species: angular functions
        this.pairs = new PairClass[species][species];
        for (int sj = 0; sj < species; sj++) {
            for (int sk = 0; sk < species; sk++) {
                pairs[sj][sk] = pairClass(functions, elements.get(sj), elements.get(sk), position[sj], position[sk],
                        kernelOf, angularOf, narrowOf, weightedOf, momentOf);
            }
        }
        List<WideAngularMoments.Member> members = new ArrayList<>();
        for (int f = 0; f < size; f++) {
            if (momentOf[f]) {
                ExpAngular x = (ExpAngular) functions.get(f);
                int s1 = elements.indexOf(x.neighbor1());
                int s2 = elements.indexOf(x.neighbor2());
                members.add(new WideAngularMoments.Member(f, kernelOf[f], s1, s2, x.lambda(), (int) x.zeta(), position[s1][f],
                        position[s2][f]));
            }
        }
        this.moments = members.isEmpty() ? null : new WideAngularMoments(members, species, kernelCount, sensitivityLengths);
    }

    private PairClass pairClass(List<SymmetryFunction> functions, Element ej, Element ek, int[] positionJ, int[] positionK,
                                int[] kernelOf, int[] angularOf, boolean[] narrowOf, boolean[] weightedOf,
                                boolean[] momentOf) {
        List<Integer> members = new ArrayList<>();
        for (int f = 0; f < size; f++) {
            if (functions.get(f).isAngular() && !momentOf[f] && appliesTo(functions.get(f), ej, ek)) {
                members.add(f);
            }
        }
        if (members.isEmpty()) {
            return null;
        }
        int m = members.size();
        PairClass pc = new PairClass();
        pc.feature = new int[m];
        pc.kernel = new int[m];
        pc.angular = new int[m];
        pc.narrow = new boolean[m];
        pc.weight = new double[m];
        pc.positionJ = new int[m];
        pc.positionK = new int[m];
        java.util.TreeSet<Integer> angular = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> narrow = new java.util.TreeSet<>();
        for (int i = 0; i < m; i++) {
            int f = members.get(i);
            pc.feature[i] = f;
            pc.kernel[i] = kernelOf[f];
            pc.angular[i] = angularOf[f];
            pc.narrow[i] = narrowOf[f];
            pc.weight[i] = weightedOf[f] ? (double) ej.atomicNumber() * ek.atomicNumber() : 1.0;
            pc.positionJ[i] = positionJ[f];
            pc.positionK[i] = positionK[f];
            angular.add(angularOf[f]);
            if (narrowOf[f]) {
                narrow.add(kernelOf[f]);
            }
            pc.needsAngle |= !power[angularOf[f]];
        }
        pc.angularKernels = angular.stream().mapToInt(Integer::intValue).toArray();
        pc.narrowKernels = narrow.stream().mapToInt(Integer::intValue).toArray();
        pc.narrowCutoffs = narrow.stream().filter(q -> gaussian[q]).mapToInt(q -> kernelCutoff[q]).distinct().sorted().toArray();
        return pc;
    }

    /** Whether an angular function sums over pairs of neighbours of elements {ej, ek}. */
    private static boolean appliesTo(SymmetryFunction fn, Element ej, Element ek) {
        Element e1;
        Element e2;
        if (fn instanceof ExpAngular x) {
            e1 = x.neighbor1();
            e2 = x.neighbor2();
        } else if (fn instanceof CompactAngular x) {
            e1 = x.neighbor1();
            e2 = x.neighbor2();
        } else {
            return true; // weighted: every pair
        }
        return e1 == ej && e2 == ek || e1 == ek && e2 == ej;
    }

    private static Object radialKernel(SymmetryFunction fn) {
        if (fn instanceof ExpRadial x) {
            return new Gaussian(x.eta(), x.rs(), x.cutoff().withRadius(x.rc()));
        } else if (fn instanceof ExpAngular x) {
            return new Gaussian(x.eta(), x.rs(), x.cutoff().withRadius(x.rc()));
        } else if (fn instanceof ExpRadialWeighted x) {
            return new Gaussian(x.eta(), x.rs(), x.cutoff().withRadius(x.rc()));
        } else if (fn instanceof ExpAngularNarrowWeighted x) {
            return new Gaussian(x.eta(), x.rs(), x.cutoff().withRadius(x.rc()));
        } else if (fn instanceof CompactRadial x) {
            return new CompactFunction(x.shape(), x.rl(), x.rc());
        } else if (fn instanceof CompactAngular x) {
            return new CompactFunction(x.shape(), x.rl(), x.rc());
        } else if (fn instanceof CompactRadialWeighted x) {
            return new CompactFunction(x.shape(), x.rl(), x.rc());
        } else if (fn instanceof CompactAngularWeighted x) {
            return new CompactFunction(x.shape(), x.rl(), x.rc());
        }
        throw new IllegalStateException("unknown symmetry function " + fn);
    }

    private static Object angularKernel(SymmetryFunction fn) {
        if (fn instanceof ExpAngular x) {
            return new Power(x.lambda(), x.zeta());
        } else if (fn instanceof ExpAngularNarrowWeighted x) {
            return new Power(x.lambda(), x.zeta());
        } else if (fn instanceof CompactAngular x) {
            return angle(x.shape(), x.angleLeft(), x.angleRight());
        } else if (fn instanceof CompactAngularWeighted x) {
            return angle(x.shape(), x.angleLeft(), x.angleRight());
        }
        throw new IllegalStateException("not an angular symmetry function: " + fn);
    }

    private static CompactFunction angle(org.mlpot.descriptor.cutoff.CompactShape shape, double left, double right) {
        return new CompactFunction(shape.symmetric(), left * Math.PI / 180.0, right * Math.PI / 180.0);
    }

    private static <T> int indexOf(List<T> list, T item) {
        int i = list.indexOf(item);
        if (i < 0) {
            list.add(item);
            i = list.size() - 1;
        }
        return i;
    }

    /** The number of features. */
    int size() {
        return size;
    }

    /** Evaluates the features (and their gradients when {@code gradients} is not null) of one atom. */
    void evaluate(AtomEnvironment env, double[] values, double[] gradients, Scratch scratch) {
        int n = env.size();
        int nq = kernelCount;
        int nc = cutoffs.length;
        scratch.ensure(n, nq, nc, angularCount);
        double[] rho = scratch.rho;
        double[] drho = scratch.drho;
        double[] fc = scratch.fc;
        double[] dfc = scratch.dfc;
        int[] angularEntries = scratch.entries;
        int angularSize = 0;
        for (int k = 0; k < n; k++) {
            int s = env.species(k);
            double r = env.distance(k);
            int[] cs = cutoffsOf[s];
            for (int i = 0; i < cs.length; i++) {
                int idx = k * nc + cs[i];
                fc[idx] = cutoffs[cs[i]].evaluate(r, dfc, idx);
            }
            int[] ks = kernelsOf[s];
            for (int i = 0; i < ks.length; i++) {
                int q = ks[i];
                int idx = k * nq + q;
                if (!(r > lower[q] && r < upper[q])) {
                    rho[idx] = 0.0;
                    drho[idx] = 0.0;
                } else if (gaussian[q]) {
                    int ci = k * nc + kernelCutoff[q];
                    double f = fc[ci];
                    double d = r - rs[q];
                    double e = Math.exp(-eta[q] * d * d);
                    rho[idx] = e * f;
                    drho[idx] = e * (dfc[ci] - 2.0 * eta[q] * d * f);
                } else {
                    rho[idx] = kernelCompact[q].evaluate(r, drho, idx);
                }
            }
            if (angularSpecies[s] && r < angularReach) {
                angularEntries[angularSize++] = k;
            }
            addRadial(env, k, s, r, values, gradients, rho, drho);
        }
        if (angularSize > 1) {
            addAngular(env, angularEntries, angularSize, values, gradients, scratch);
        }
        if (moments != null) {
            moments.evaluate(env, rho, drho, nq, values, gradients, scratch.moments);
        }
    }

    private void addRadial(AtomEnvironment env, int k, int s, double r, double[] values, double[] gradients,
                           double[] rho, double[] drho) {
        int[] features = radialFeature[s];
        if (features.length == 0) {
            return;
        }
        int[] kernels = radialKernel[s];
        double[] weights = radialWeight[s];
        int base = k * kernelCount;
        if (gradients == null) {
            for (int i = 0; i < features.length; i++) {
                values[features[i]] += weights[i] * rho[base + kernels[i]];
            }
            return;
        }
        int[] positions = radialPosition[s];
        int o = env.gradientOffset(k);
        int m = sensitivityLengths[s];
        double inv = 1.0 / r;
        double ux = env.dx(k) * inv;
        double uy = env.dy(k) * inv;
        double uz = env.dz(k) * inv;
        for (int i = 0; i < features.length; i++) {
            int q = base + kernels[i];
            double w = weights[i];
            values[features[i]] += w * rho[q];
            double d = w * drho[q];
            int p = o + positions[i];
            gradients[p] += d * ux;
            gradients[p + m] += d * uy;
            gradients[p + 2 * m] += d * uz;
        }
    }

    private void addAngular(AtomEnvironment env, int[] entries, int count, double[] values, double[] gradients,
                            Scratch scratch) {
        int nq = kernelCount;
        double[] rho = scratch.rho;
        double[] drho = scratch.drho;
        double[] rhoJK = scratch.rhoJK;
        double[] drhoJK = scratch.drhoJK;
        double[] ang = scratch.angular;
        double[] dang = scratch.dangular;
        double[] fcJK = scratch.fcJK;
        double[] dfcJK = scratch.dfcJK;
        boolean derivatives = gradients != null;
        for (int a = 0; a < count - 1; a++) {
            int j = entries[a];
            int sj = env.species(j);
            PairClass[] row = pairs[sj];
            double rj = env.distance(j);
            double xj = env.dx(j);
            double yj = env.dy(j);
            double zj = env.dz(j);
            int baseJ = j * nq;
            int oj = derivatives ? env.gradientOffset(j) : 0;
            int mj = sensitivityLengths[sj];
            for (int b = a + 1; b < count; b++) {
                int k = entries[b];
                int sk = env.species(k);
                PairClass pc = row[sk];
                if (pc == null) {
                    continue;
                }
                double rk = env.distance(k);
                double xk = env.dx(k);
                double yk = env.dy(k);
                double zk = env.dz(k);
                double invjk = 1.0 / (rj * rk);
                double cos = (xj * xk + yj * yk + zj * zk) * invjk;
                double xjk = xk - xj;
                double yjk = yk - yj;
                double zjk = zk - zj;
                double rjk = 0.0;
                int[] narrowKernels = pc.narrowKernels;
                if (narrowKernels.length > 0) {
                    rjk = Math.sqrt(xjk * xjk + yjk * yjk + zjk * zjk);
                    int[] narrowCutoffs = pc.narrowCutoffs;
                    for (int i = 0; i < narrowCutoffs.length; i++) {
                        int c = narrowCutoffs[i];
                        fcJK[c] = cutoffs[c].evaluate(rjk, dfcJK, c);
                    }
                    for (int i = 0; i < narrowKernels.length; i++) {
                        int q = narrowKernels[i];
                        rhoJK[q] = kernel(q, rjk, drhoJK, fcJK, dfcJK);
                    }
                }
                double theta = Double.NaN;
                double dthetaDcos = 0.0;
                if (pc.needsAngle && cos > -1.0 && cos < 1.0) {
                    theta = Math.acos(cos);
                    dthetaDcos = -1.0 / Math.sqrt(1.0 - cos * cos);
                }
                int[] angularKernels = pc.angularKernels;
                for (int i = 0; i < angularKernels.length; i++) {
                    int t = angularKernels[i];
                    if (power[t]) {
                        double p = 1.0 + lambda[t] * cos;
                        if (p <= 0.0) {
                            ang[t] = 0.0;
                            dang[t] = 0.0;
                        } else {
                            int zi = integerZeta[t];
                            double pz1 = zi >= 0 ? powInt(p, zi - 1) : Math.pow(p, zeta[t] - 1.0);
                            ang[t] = norm[t] * pz1 * p;
                            dang[t] = norm[t] * zeta[t] * lambda[t] * pz1;
                        }
                    } else if (theta >= angleLeft[t] && theta <= angleRight[t]) { // false for NaN
                        ang[t] = angleCompact[t].evaluate(theta, dang, t);
                        dang[t] *= dthetaDcos;
                    } else {
                        ang[t] = 0.0;
                        dang[t] = 0.0;
                    }
                }
                int baseK = k * nq;
                int ok = derivatives ? env.gradientOffset(k) : 0;
                int mk = sensitivityLengths[sk];
                int[] features = pc.feature;
                int[] kernels = pc.kernel;
                int[] angulars = pc.angular;
                boolean[] narrow = pc.narrow;
                double[] weights = pc.weight;
                for (int i = 0; i < features.length; i++) {
                    int q = kernels[i];
                    double rhoj = rho[baseJ + q];
                    double rhok = rho[baseK + q];
                    int t = angulars[i];
                    double at = ang[t];
                    if (rhoj == 0.0 || rhok == 0.0 || at == 0.0 && dang[t] == 0.0) {
                        continue;
                    }
                    double rhojk = 1.0;
                    boolean isNarrow = narrow[i];
                    if (isNarrow) {
                        rhojk = rhoJK[q];
                        if (rhojk == 0.0) {
                            continue;
                        }
                    }
                    double w = weights[i];
                    double radial = rhoj * rhok * rhojk;
                    values[features[i]] += w * at * radial;
                    if (!derivatives) {
                        continue;
                    }
                    double u = w * dang[t] * radial;
                    double wa = w * at;
                    double cross = u * invjk;
                    double cjj = (wa * drho[baseJ + q] * rhok * rhojk - u * cos / rj) / rj;
                    double ckk = (wa * rhoj * drho[baseK + q] * rhojk - u * cos / rk) / rk;
                    double gjx = cjj * xj + cross * xk;
                    double gjy = cjj * yj + cross * yk;
                    double gjz = cjj * zj + cross * zk;
                    double gkx = ckk * xk + cross * xj;
                    double gky = ckk * yk + cross * yj;
                    double gkz = ckk * zk + cross * zj;
                    if (isNarrow) {
                        double cx = wa * rhoj * rhok * drhoJK[q] / rjk;
                        gjx -= cx * xjk;
                        gjy -= cx * yjk;
                        gjz -= cx * zjk;
                        gkx += cx * xjk;
                        gky += cx * yjk;
                        gkz += cx * zjk;
                    }
                    int pj = oj + pc.positionJ[i];
                    gradients[pj] += gjx;
                    gradients[pj + mj] += gjy;
                    gradients[pj + 2 * mj] += gjz;
                    int pk = ok + pc.positionK[i];
                    gradients[pk] += gkx;
                    gradients[pk + mk] += gky;
                    gradients[pk + 2 * mk] += gkz;
                }
            }
        }
    }

    /**
     * Radial kernel {@code q} at {@code r}, its derivative stored in {@code derivative[q]}; 0 outside
     * its support. Gaussian kernels read their cutoff function's value and derivative at {@code r}
     * from {@code fc} and {@code dfc}, indexed by cutoff.
     */
    private double kernel(int q, double r, double[] derivative, double[] fc, double[] dfc) {
        if (!(r > lower[q] && r < upper[q])) {
            derivative[q] = 0.0;
            return 0.0;
        }
        if (gaussian[q]) {
            int c = kernelCutoff[q];
            double f = fc[c];
            double d = r - rs[q];
            double e = Math.exp(-eta[q] * d * d);
            derivative[q] = e * (dfc[c] - 2.0 * eta[q] * d * f);
            return e * f;
        }
        return kernelCompact[q].evaluate(r, derivative, q);
    }

    /** {@code x^n} for {@code n ≥ 0} by repeated squaring (n2p2's {@code pow_int}). */
    static double powInt(double x, int n) {
        double result = 1.0;
        while (n > 0) {
            if ((n & 1) != 0) {
                result *= x;
            }
            x *= x;
            n >>= 1;
        }
        return result;
    }

    /** Per-thread work arrays, grown on demand. */
    static final class Scratch {
        double[] rho = new double[0];
        double[] drho = new double[0];
        double[] fc = new double[0];
        double[] dfc = new double[0];
        int[] entries = new int[0];
        double[] rhoJK = new double[0];
        double[] drhoJK = new double[0];
        double[] angular = new double[0];
        double[] dangular = new double[0];
        double[] fcJK = new double[0];
        double[] dfcJK = new double[0];
        final WideAngularMoments.Scratch moments = new WideAngularMoments.Scratch();

        void ensure(int entryCount, int kernels, int cutoffCount, int angularKernels) {
            if (entries.length < entryCount) {
                entries = new int[Math.max(entryCount, 2 * entries.length)];
            }
            int need = entryCount * kernels;
            if (rho.length < need) {
                int capacity = Math.max(need, 2 * rho.length);
                rho = new double[capacity];
                drho = new double[capacity];
            }
            need = entryCount * cutoffCount;
            if (fc.length < need) {
                int capacity = Math.max(need, 2 * fc.length);
                fc = new double[capacity];
                dfc = new double[capacity];
            }
            if (fcJK.length < cutoffCount) {
                fcJK = new double[cutoffCount];
                dfcJK = new double[cutoffCount];
            }
            if (rhoJK.length < kernels) {
                rhoJK = new double[kernels];
                drhoJK = new double[kernels];
            }
            if (angular.length < angularKernels) {
                angular = new double[angularKernels];
                dangular = new double[angularKernels];
            }
        }
    }
}
