package org.mlpot.gp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.potential.Stress;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Fits a GAP-style sparse Gaussian process to total energies, forces and stresses: the projected-process
 * (DTC) approximation with given sparse points.
 *
 * <p><b>Model.</b> The energy of a structure is {@code E = Σ_i (e0(Z_i) + ε(q_i))} with the local
 * energy {@code ε(q) = Σ_m α_m k(q, q_m)} over the sparse points of q's element. Every observation is
 * linear in α: a total energy has the row {@code Σ_i k(q_i, q_m)}, a force component (j, a) the row
 * {@code −Σ_i ∇k(q_i, q_m)·∂q_i/∂r_ja}, a stress component (Voigt v) the row
 * {@code (1/V) Σ_i ∇k(q_i, q_m)·∂q_i/∂ε_v}. Stacked, these rows form {@code K_NM}.
 *
 * <p><b>Fit.</b> With Λ the diagonal noise ({@link FitSettings#noise()}: {@code σ_E² N} for a total
 * energy of N atoms, {@code σ_F²} per force component, {@code σ_S²} per stress component, each scaled
 * by its config type's ratio), {@code α = (K_MM + jitter·I + K_MN Λ⁻¹ K_NM)⁻¹ K_MN Λ⁻¹ y}, y the labels
 * less the e0 energies. The rows of each kind of observation stream into their own QR factorisation
 * ({@link IncrementalQr}): only M×M triangles are kept, so memory is {@code O(M² + block·M)} however
 * many frames stream past. The triangles and the Cholesky factor of {@code K_MM + jitter·I} are then
 * merged by QR ({@link ObservationFactors}): the conditioning is that of the stacked system, not of its
 * square (the normal equations, which fail on nearly duplicate sparse points, see the tests). Kept per
 * kind, the factors also give the log marginal likelihood at any δ and noise levels, which
 * {@link HyperparameterSearch} maximises when the noise spec says {@code optimize}. {@code RᵀR} of the
 * merged triangle is the posterior precision {@code Σ⁻¹}, kept for predictive variances.
 *
 * <p>Rows of several frames are built in parallel ({@link FitSettings#threads()}), each frame by one
 * thread, and added to the factorisation in frame order, so the result is the same for every thread
 * count. Immutable; {@link #fit} may be called from several threads.
 */
public final class SparseGaussianProcessFit {
    private final Descriptor descriptor;
    private final SparsePoints sparsePoints;
    private final FitSettings settings;
    private final KernelRows rows;
    private final double[] referenceEnergies; // per species
    private final FeatureCalculator calculator;

    /**
     * A fit of {@code kernel} over {@code descriptor} with the given sparse points.
     *
     * @throws IllegalArgumentException when the sparse points do not fit the descriptor, there are none,
     *     or an element of the descriptor has no reference energy
     */
    public SparseGaussianProcessFit(Descriptor descriptor, Kernel kernel, SparsePoints sparsePoints, FitSettings settings) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor is null");
        Objects.requireNonNull(kernel, "kernel is null");
        this.sparsePoints = Objects.requireNonNull(sparsePoints, "sparsePoints is null");
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.rows = new KernelRows(kernel, sparsePoints.bySpecies(descriptor));
        if (rows.columns() == 0) {
            throw new IllegalArgumentException("a sparse Gaussian process needs at least one sparse point");
        }
        List<Element> elements = descriptor.elements();
        this.referenceEnergies = new double[elements.size()];
        for (int s = 0; s < elements.size(); s++) {
            referenceEnergies[s] = settings.referenceEnergy(elements.get(s));
        }
        this.calculator = new FeatureCalculator(descriptor, 1);
    }

    /** The settings. */
    public FitSettings settings() {
        return settings;
    }

    /**
     * Fits the weights to every energy, force and stress label of {@code frames} (stress only for
     * fully periodic cells) and returns the potential. The frames are read once, in order.
     *
     * @param name the potential's name
     * @param frames the training data; a frame without labels adds nothing
     * @throws IllegalArgumentException when no frame has a label, a frame holds an element the
     *     descriptor does not know, or {@code K_MM + jitter·I} is not positive definite
     */
    public GaussianProcessPotential fit(String name, Iterable<Frame> frames) {
        return fitAndReport(name, frames).potential();
    }

    /**
     * What a fit found.
     *
     * @param potential the fitted potential
     * @param hyperparameters δ and the noise levels it was solved with
     * @param logLikelihood the log marginal likelihood of the training observations there
     * @param observations the number of observations (energies, force and stress components)
     * @param search the hyperparameter search, when the noise spec asked for one
     */
    public record Report(GaussianProcessPotential potential, Hyperparameters hyperparameters, double logLikelihood,
                         long observations, Optional<HyperparameterSearch.Outcome> search) {
    }

    /**
     * As {@link #fit}, and reports the hyperparameters: the spec's, or, when its noise block says
     * {@code optimize}, those that maximise the log marginal likelihood ({@link HyperparameterSearch}).
     */
    public Report fitAndReport(String name, Iterable<Frame> frames) {
        Objects.requireNonNull(name, "name is null");
        ObservationFactors factors = observe(frames);
        Optional<HyperparameterSearch.Outcome> search = Optional.empty();
        Hyperparameters chosen = factors.base();
        if (settings.noise().optimize()) {
            search = Optional.of(HyperparameterSearch.maximise(factors, factors.base()));
            chosen = search.get().best();
        }
        ObservationFactors.Solution solution = factors.solve(chosen);
        GaussianProcessPotential potential = new GaussianProcessPotential(name, descriptor,
                rows.kernel().withDelta(chosen.delta()), rows.sparse(), solution.alpha(), referenceEnergies,
                solution.lowerK(), solution.lowerR(), settings.threads());
        return new Report(potential, chosen, solution.logLikelihood(), factors.observations(), search);
    }

    /**
     * The heap a fit of M sparse points needs at its peak, bytes, for structures of up to
     * {@code maxAtoms} atoms: the Cholesky factor of K_MM, one QR triangle per kind of observation with
     * its block of rows, the frames whose rows are in flight (two per thread, each
     * with its kernel rows twice and its descriptor derivatives), and the final merge with the
     * potential's factors. Not counted: the training frames themselves (the caller holds them).
     *
     * @param featureBytes the bytes of one structure's descriptor values and derivatives
     */
    public long memoryEstimate(int maxAtoms, long featureBytes) {
        long m = rows.columns();
        long width = m + 1;
        long block = settings.blockRows();
        long cholesky = 3 * m * m;
        long parts = 3 * (width * width + block * width);
        long rowsPerFrame = 1 + 3L * maxAtoms + 6;
        long inFlight = 2L * settings.threads() * (2 * rowsPerFrame * m) + 2L * settings.threads() * featureBytes / 8;
        long solve = 7 * m * m;
        return 8 * (cholesky + parts + inFlight + solve);
    }

    /**
     * Refuses a fit whose {@link #memoryEstimate} exceeds the heap still free.
     *
     * @throws IllegalArgumentException with what to change
     */
    public void checkMemory(int maxAtoms, long featureBytes) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = memoryEstimate(maxAtoms, featureBytes);
        if (needed > free) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a sparse GP fit with %d sparse points needs about %.2f GB of heap but only %.2f GB are free (of %.2f GB);"
                            + " use fewer sparse points (memory grows as M²), or give Java more heap"
                            + " (MLPOT_JAVA_OPTS=-Xmx%dg for ./mlpot, or java -Xmx%dg)",
                    rows.columns(), needed / 1e9, free / 1e9, runtime.maxMemory() / 1e9,
                    (long) Math.ceil((runtime.maxMemory() + needed - free) / 1e9) + 1,
                    (long) Math.ceil((runtime.maxMemory() + needed - free) / 1e9) + 1));
        }
    }

    /** Streams the frames into the per-kind QR factors. */
    ObservationFactors observe(Iterable<Frame> frames) {
        Objects.requireNonNull(frames, "frames is null");
        DMatrixRMaj lowerK = choleskyOfSparseCovariance();
        DMatrixRMaj upperK = CommonOps_DDRM.transpose(lowerK, null);
        PartSums sums = new PartSums(rows.columns(), settings.blockRows());
        int threads = settings.threads();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemonThreads()) : null;
        try {
            List<Frame> batch = new ArrayList<>();
            for (Frame frame : frames) {
                batch.add(Objects.requireNonNull(frame, "a frame is null"));
                if (batch.size() == 2 * threads) {
                    addBatch(batch, pool, sums);
                    batch.clear();
                }
            }
            addBatch(batch, pool, sums);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        List<ObservationFactors.Part> parts = sums.parts();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("none of the frames has an energy, forces or a stress to fit");
        }
        NoiseSpec noise = settings.noise();
        return new ObservationFactors(upperK, new Hyperparameters(rows.kernel().delta(), noise.energyPerAtom(),
                noise.force(), noise.stress()), parts);
    }

    /** One QR factorisation per kind of observation, with the sum of the log relative noise of its rows. */
    private static final class PartSums {
        private final IncrementalQr[] qr = new IncrementalQr[ObservationFactors.Kind.values().length];
        private final double[] logRelativeNoise = new double[qr.length];

        PartSums(int m, int blockRows) {
            DMatrixRMaj zero = new DMatrixRMaj(m, m);
            for (int k = 0; k < qr.length; k++) {
                qr[k] = new IncrementalQr(zero, blockRows);
            }
        }

        void add(ObservationFactors.Kind kind, double[] row, int offset, double target, double relativeNoise) {
            qr[kind.ordinal()].add(row, offset, target, relativeNoise);
            logRelativeNoise[kind.ordinal()] += Math.log(relativeNoise);
        }

        List<ObservationFactors.Part> parts() {
            List<ObservationFactors.Part> parts = new ArrayList<>();
            for (ObservationFactors.Kind kind : ObservationFactors.Kind.values()) {
                IncrementalQr q = qr[kind.ordinal()];
                if (q.rows() == 0) {
                    continue;
                }
                q.flush();
                double rho = q.residual();
                parts.add(new ObservationFactors.Part(kind, q.upper(), q.rotatedTargets(), rho * rho, q.rows(),
                        logRelativeNoise[kind.ordinal()]));
            }
            return parts;
        }
    }

    /** Builds the rows of a batch of frames (in parallel when there is a pool) and adds them in order. */
    private void addBatch(List<Frame> batch, ExecutorService pool, PartSums qr) {
        if (pool == null) {
            for (Frame frame : batch) {
                observe(frame).addTo(qr);
            }
            return;
        }
        List<Future<Observations>> futures = new ArrayList<>(batch.size());
        for (Frame frame : batch) {
            futures.add(pool.submit(() -> observe(frame)));
        }
        for (Future<Observations> future : futures) {
            try {
                future.get().addTo(qr);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while building observation rows", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("building observation rows failed", cause);
            }
        }
    }

    /**
     * The observation rows of one frame.
     *
     * @param matrix rows×M, row-major
     * @param targets the labels less e0
     * @param kinds the kind of each row
     * @param relativeNoise the noise of each row relative to its kind's base level
     */
    private record Observations(double[] matrix, double[] targets, ObservationFactors.Kind[] kinds,
                                double[] relativeNoise) {
        void addTo(PartSums sums) {
            int m = targets.length == 0 ? 0 : matrix.length / targets.length;
            for (int r = 0; r < targets.length; r++) {
                sums.add(kinds[r], matrix, r * m, targets[r], relativeNoise[r]);
            }
        }
    }

    private Observations observe(Frame frame) {
        Structure structure = frame.structure();
        Labels labels = frame.labels();
        boolean energy = labels.energy().isPresent();
        boolean forces = labels.hasForces();
        boolean stress = labels.stress().isPresent() && structure.cell().fullyPeriodic();
        int count = (energy ? 1 : 0) + (forces ? 3 * structure.size() : 0) + (stress ? 6 : 0);
        if (count == 0) {
            return new Observations(new double[0], new double[0], new ObservationFactors.Kind[0], new double[0]);
        }
        NoiseSpec base = settings.noise();
        NoiseSpec noise = noiseOf(frame);
        int m = rows.columns();
        int n = structure.size();
        StructureFeatures features = calculator.compute(structure, forces || stress);
        double[] energyRow = new double[m];
        double[][] forceColumns = null;
        double[][] strainColumns = null;
        if (forces || stress) {
            forceColumns = new double[m][3 * n];
            strainColumns = stress ? new double[m][9] : null;
            rows.derivativeColumns(features, energyRow, forceColumns, strainColumns);
        } else {
            rows.energyRow(features, energyRow);
        }
        double[] matrix = new double[count * m];
        double[] targets = new double[count];
        double[] sigmas = new double[count];
        ObservationFactors.Kind[] kinds = new ObservationFactors.Kind[count];
        int r = 0;
        if (energy) {
            double e0 = 0;
            for (int i = 0; i < n; i++) {
                e0 += referenceEnergies[features.species(i)];
            }
            System.arraycopy(energyRow, 0, matrix, 0, m);
            targets[r] = labels.energy().getAsDouble() - e0;
            sigmas[r] = noise.energyPerAtom() / base.energyPerAtom() * Math.sqrt(n);
            kinds[r] = ObservationFactors.Kind.ENERGY;
            r++;
        }
        if (forces) {
            double[] f = labels.forces().orElseThrow();
            for (int k = 0; k < 3 * n; k++, r++) {
                for (int c = 0; c < m; c++) {
                    matrix[r * m + c] = forceColumns[c][k];
                }
                targets[r] = f[k];
                sigmas[r] = noise.force() / base.force();
                kinds[r] = ObservationFactors.Kind.FORCE;
            }
        }
        if (stress) {
            Stress s = labels.stress().orElseThrow();
            double[] voigt = s.toVoigt();
            double volume = structure.cell().volume();
            for (int v = 0; v < 6; v++, r++) {
                int k = VOIGT_ROW_MAJOR[v];
                for (int c = 0; c < m; c++) {
                    matrix[r * m + c] = strainColumns[c][k] / volume;
                }
                targets[r] = voigt[v];
                sigmas[r] = noise.stress() / base.stress();
                kinds[r] = ObservationFactors.Kind.STRESS;
            }
        }
        return new Observations(matrix, targets, kinds, sigmas);
    }

    /** Row-major index of each Voigt component (xx, yy, zz, yz, xz, xy). */
    private static final int[] VOIGT_ROW_MAJOR = {0, 4, 8, 5, 2, 1};

    private NoiseSpec noiseOf(Frame frame) {
        InfoValue type = frame.info().get("config_type");
        return type instanceof InfoValue.Text text ? settings.noise().forConfigType(text.value()) : settings.noise();
    }

    /** The lower Cholesky factor L of {@code K_MM + jitter·I} (block diagonal by species), {@code LLᵀ = K_MM + jitter·I}. */
    private DMatrixRMaj choleskyOfSparseCovariance() {
        int m = rows.columns();
        double[][][] sparse = rows.sparse();
        Kernel kernel = rows.kernel();
        DMatrixRMaj k = new DMatrixRMaj(m, m);
        for (int s = 0; s < sparse.length; s++) {
            int o = rows.columnOffset(s);
            for (int a = 0; a < sparse[s].length; a++) {
                for (int b = a; b < sparse[s].length; b++) {
                    double v = kernel.value(sparse[s][a], sparse[s][b]);
                    k.unsafe_set(o + a, o + b, v);
                    k.unsafe_set(o + b, o + a, v);
                }
                k.unsafe_set(o + a, o + a, k.unsafe_get(o + a, o + a) + settings.jitter());
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(m, true);
        if (!cholesky.decompose(k)) {
            throw new IllegalArgumentException("the covariance of the " + m + " sparse points plus a jitter of "
                    + settings.jitter() + " eV² is not positive definite; remove duplicate sparse points or increase the jitter");
        }
        DMatrixRMaj t = cholesky.getT(null);
        DMatrixRMaj lower = new DMatrixRMaj(m, m); // only the lower triangle of t is the factor
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                lower.unsafe_set(i, j, t.unsafe_get(i, j));
            }
        }
        return lower;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "gp-fit-rows");
            t.setDaemon(true);
            return t;
        };
    }
}
