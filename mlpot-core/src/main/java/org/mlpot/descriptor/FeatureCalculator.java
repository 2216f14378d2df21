package org.mlpot.descriptor;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.mlpot.io.InputException;
import org.mlpot.neighbor.NeighborList;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Computes a {@link Descriptor} for every atom of a structure, in parallel over atoms, and turns the
 * descriptor's per-neighbour gradients into position and strain derivatives
 * ({@link StructureFeatures}). Thread-safe; one instance can serve many structures.
 *
 * <p>Work per structure: one full neighbour list at the descriptor's cutoff; a first pass over atoms
 * that counts distinct neighbours and the storage they need; then one allocation of the whole
 * result and a second pass that evaluates the descriptor and folds its gradients in. Scratch space
 * is per thread and reused, so a call allocates little beyond its result. For energies that are
 * sums of per-atom terms, {@link #computeWithForces} contracts each atom's gradients as soon as
 * they are computed and stores none; its forces and strain derivatives are summed in an order that
 * does not depend on the number of threads, so they are bit-for-bit the same for any thread count.
 */
public final class FeatureCalculator {
    /** Atoms per parallel task. */
    private static final int CHUNK = 32;
    /**
     * Most partial sums of forces and strain derivatives per structure: enough tasks to keep many
     * cores busy, few enough that the partial sums stay a small multiple of the forces' memory.
     */
    private static final int SUM_GROUPS = 32;

    private final Descriptor descriptor;
    private final int threads;
    private final ForkJoinPool pool;
    private final int[] speciesOfZ = new int[119];
    private final int[] sizes;
    private final int[][][] sensitivity;
    private final ThreadLocal<Workspace> workspaces;

    /** A calculator that uses all available processors. */
    public FeatureCalculator(Descriptor descriptor) {
        this(descriptor, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A calculator that uses {@code threads} threads (1 runs in the calling thread).
     *
     * @throws IllegalArgumentException when threads is not positive
     */
    public FeatureCalculator(Descriptor descriptor, int threads) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
        List<Element> elements = descriptor.elements();
        java.util.Arrays.fill(speciesOfZ, -1);
        int species = elements.size();
        this.sizes = new int[species];
        this.sensitivity = new int[species][species][];
        for (int a = 0; a < species; a++) {
            speciesOfZ[elements.get(a).atomicNumber()] = a;
            sizes[a] = descriptor.size(elements.get(a));
            for (int b = 0; b < species; b++) {
                sensitivity[a][b] = descriptor.sensitivity(elements.get(a), elements.get(b));
            }
        }
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(descriptor));
    }

    /** The descriptor. */
    public Descriptor descriptor() {
        return descriptor;
    }

    /** The number of threads. */
    public int threads() {
        return threads;
    }

    /**
     * The features of every atom of {@code structure}.
     *
     * @param derivatives whether to compute position and strain derivatives too
     * @throws IllegalArgumentException when the structure holds an element the descriptor does not know
     * @throws InputException when the result would not fit in memory, with an estimate and what to change
     */
    public StructureFeatures compute(Structure structure, boolean derivatives) {
        int n = structure.size();
        int[] species = speciesOf(structure);
        NeighborList list = NeighborList.full(structure, descriptor.cutoff());
        int[] valueOffsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            valueOffsets[i + 1] = valueOffsets[i] + sizes[species[i]];
        }
        if (!derivatives) {
            double[] values = new double[valueOffsets[n]];
            run(n, i -> workspaces.get().evaluate(list, species, i, values, valueOffsets[i], null, 0, null));
            return new StructureFeatures(descriptor.elements(), sensitivity, species, valueOffsets, values,
                    null, null, null, null, null, null);
        }
        // pass 1: distinct neighbours and derivative storage per atom
        int[] neighborCounts = new int[n];
        long[] derivativeLengths = new long[n];
        run(n, i -> workspaces.get().count(list, species, i, neighborCounts, derivativeLengths));
        int[] neighborStarts = new int[n + 1];
        int[] derivativeStarts = new int[n + 1];
        long totalDerivatives = 0;
        for (int i = 0; i < n; i++) {
            neighborStarts[i + 1] = neighborStarts[i] + neighborCounts[i];
            totalDerivatives += derivativeLengths[i];
        }
        requireMemory(structure, totalDerivatives + valueOffsets[n]);
        for (int i = 0; i < n; i++) {
            derivativeStarts[i + 1] = (int) (derivativeStarts[i] + derivativeLengths[i]);
        }
        double[] values = new double[valueOffsets[n]];
        int[] neighborAtoms = new int[neighborStarts[n]];
        int[] neighborBlocks = new int[neighborStarts[n]];
        int[] selfBlocks = new int[n];
        int[] strainBlocks = new int[n];
        double[] derivativeValues = new double[derivativeStarts[n]];
        Layout layout = new Layout(neighborStarts, neighborAtoms, neighborBlocks, selfBlocks, strainBlocks, derivativeStarts);
        run(n, i -> workspaces.get().evaluate(list, species, i, values, valueOffsets[i], derivativeValues,
                derivativeStarts[i], layout));
        return new StructureFeatures(descriptor.elements(), sensitivity, species, valueOffsets, values,
                neighborStarts, neighborAtoms, neighborBlocks, selfBlocks, strainBlocks, derivativeValues);
    }

    /**
     * The features of every atom, and in the same pass the forces and strain derivative of an energy
     * {@code E = Σ_i E_i(G_i)}: as soon as an atom's features and their gradients are known,
     * {@code energy} gives {@code ∂E_i/∂G_i} and the gradients are contracted with it, so that no
     * derivative is stored. Adds what {@link StructureFeatures#addForces} and
     * {@link StructureFeatures#addStrainDerivative} would add, summed over atoms, for the same
     * weights, up to rounding; takes a small fraction of the memory and time of
     * {@code compute(structure, true)} followed by those calls.
     *
     * @param energy asked for {@code ∂E_i/∂G_i} once per atom, from this calculator's threads
     * @param forces 3N values (x, y, z per atom); the forces {@code −∂E/∂r} are added, eV/Å
     * @param strainDerivative nine values, row-major and symmetric; {@code ∂E/∂ε} is added, eV
     * @return the features, without derivatives
     * @throws IllegalArgumentException when the structure holds an element the descriptor does not
     *     know, or the arrays have the wrong lengths
     */
    public StructureFeatures computeWithForces(Structure structure, AtomEnergyGradient energy, double[] forces,
                                               double[] strainDerivative) {
        Objects.requireNonNull(energy, "energy is null");
        Objects.requireNonNull(forces, "forces is null");
        Objects.requireNonNull(strainDerivative, "strainDerivative is null");
        int n = structure.size();
        if (forces.length != 3 * n || strainDerivative.length != 9) {
            throw new IllegalArgumentException("expected " + 3 * n + " forces and 9 strain derivatives, got "
                    + forces.length + " and " + strainDerivative.length);
        }
        int[] species = speciesOf(structure);
        NeighborList list = NeighborList.full(structure, descriptor.cutoff());
        int[] valueOffsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            valueOffsets[i + 1] = valueOffsets[i] + sizes[species[i]];
        }
        double[] values = new double[valueOffsets[n]];
        // Atoms fall into at most SUM_GROUPS contiguous groups, each summed into its own array and the
        // arrays added in group order: the same additions in the same order for any thread count.
        int groups = Math.min(SUM_GROUPS, (n + CHUNK - 1) / CHUNK);
        GroupContraction contractGroup = (g, sums) -> {
            Workspace w = workspaces.get();
            int end = groupStart(g + 1, groups, n);
            for (int i = groupStart(g, groups, n); i < end; i++) {
                w.contract(list, species, i, values, valueOffsets[i], energy, sums);
            }
        };
        if (pool == null || groups < 2) {
            double[] sums = new double[3 * n + 9];
            for (int g = 0; g < groups; g++) {
                java.util.Arrays.fill(sums, 0.0);
                contractGroup.accept(g, sums);
                addInto(sums, forces, strainDerivative);
            }
        } else {
            double[][] sums = new double[groups][3 * n + 9];
            pool.submit(() -> IntStream.range(0, groups).parallel().forEach(g -> contractGroup.accept(g, sums[g]))).join();
            for (double[] groupSums : sums) {
                addInto(groupSums, forces, strainDerivative);
            }
        }
        return new StructureFeatures(descriptor.elements(), sensitivity, species, valueOffsets, values,
                null, null, null, null, null, null);
    }

    /** The first atom of group {@code g} of {@code groups} over {@code n} atoms (whole chunks). */
    private static int groupStart(int g, int groups, int n) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        return Math.min(n, (int) ((long) g * chunks / groups) * CHUNK);
    }

    /** Contracts the atoms of one group into that group's sums. */
    @FunctionalInterface
    private interface GroupContraction {
        void accept(int group, double[] sums);
    }

    /** Adds per-group sums (3N forces, then nine strain derivatives) to the caller's arrays. */
    private static void addInto(double[] sums, double[] forces, double[] strainDerivative) {
        int n3 = forces.length;
        for (int k = 0; k < n3; k++) {
            forces[k] += sums[k];
        }
        for (int v = 0; v < 9; v++) {
            strainDerivative[v] += sums[n3 + v];
        }
    }

    private int[] speciesOf(Structure structure) {
        int[] species = new int[structure.size()];
        for (int i = 0; i < species.length; i++) {
            Element e = structure.species(i);
            species[i] = speciesOfZ[e.atomicNumber()];
            if (species[i] < 0) {
                throw new IllegalArgumentException("atom " + i + " is " + e.symbol() + " but the descriptor is defined only for "
                        + descriptor.elements().stream().map(Element::symbol).toList());
            }
        }
        return species;
    }

    private static void requireMemory(Structure structure, long doubles) {
        long bytes = 8 * doubles;
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (doubles > Integer.MAX_VALUE - 16 || bytes > available) {
            throw new InputException(String.format(
                    "descriptor derivatives for this %d-atom structure need about %.2f GB, but only %.2f GB of memory "
                            + "is free; give Java more memory (MLPOT_JAVA_OPTS=-Xmx...), use fewer or shorter-ranged "
                            + "features, or compute values without derivatives",
                    structure.size(), bytes / 1e9, available / 1e9));
        }
    }

    private void run(int atoms, java.util.function.IntConsumer work) {
        int chunks = (atoms + CHUNK - 1) / CHUNK;
        java.util.function.IntConsumer chunk = c -> {
            int end = Math.min(atoms, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                work.accept(i);
            }
        };
        if (pool == null || chunks < 2) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
        } else {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(chunk)).join();
        }
    }

    /** Where each atom's derivatives go. */
    private record Layout(int[] neighborStarts, int[] neighborAtoms, int[] neighborBlocks, int[] selfBlocks,
                          int[] strainBlocks, int[] derivativeStarts) {
    }

    /** Per-thread scratch: the environment, gradient and value buffers and neighbour slots. */
    private final class Workspace {
        private final AtomEnvironment environment;
        private double[] gradients = new double[1024];
        private double[] values = new double[64];
        private double[] weights = new double[64];
        private int[] stamp = new int[0];
        private int[] slot = new int[0];
        private int generation;

        Workspace(Descriptor descriptor) {
            this.environment = new AtomEnvironment(descriptor);
        }

        /** Marks atom j as seen for the current centre; returns its slot or −1 when new. */
        private int slotOf(int j) {
            return stamp[j] == generation ? slot[j] : -1;
        }

        private void startCentre(int atoms) {
            if (stamp.length < atoms) {
                stamp = new int[atoms];
                slot = new int[atoms];
                generation = 0;
            }
            generation++;
            if (generation == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamp, 0);
                generation = 1;
            }
        }

        void count(NeighborList list, int[] species, int i, int[] neighborCounts, long[] derivativeLengths) {
            startCentre(species.length);
            int distinct = 0;
            long length = 9L * sizes[species[i]];
            int[][] sens = sensitivity[species[i]];
            for (int k = list.start(i); k < list.end(i); k++) {
                int j = list.neighbor(k);
                if (j != i && slotOf(j) < 0) {
                    stamp[j] = generation;
                    slot[j] = distinct++;
                    length += 3L * sens[species[j]].length;
                }
            }
            neighborCounts[i] = distinct;
            derivativeLengths[i] = length;
        }

        void evaluate(NeighborList list, int[] species, int i, double[] out, int valueOffset,
                      double[] derivatives, int derivativeStart, Layout layout) {
            int centreSpecies = species[i];
            int[][] sens = sensitivity[centreSpecies];
            environment.reset(i, centreSpecies);
            for (int k = list.start(i); k < list.end(i); k++) {
                int j = list.neighbor(k);
                environment.add(j, species[j], list.dx(k), list.dy(k), list.dz(k), list.distance(k),
                        derivatives == null ? 0 : 3 * sens[species[j]].length);
            }
            int g = sizes[centreSpecies];
            if (values.length < g) {
                values = new double[g];
            }
            java.util.Arrays.fill(values, 0, g, 0.0);
            double[] gradientBuffer = null;
            if (derivatives != null) {
                int length = environment.gradientLength();
                if (gradients.length < length) {
                    gradients = new double[Math.max(length, 2 * gradients.length)];
                }
                java.util.Arrays.fill(gradients, 0, length, 0.0);
                gradientBuffer = gradients;
            }
            descriptor.evaluate(environment, values, gradientBuffer);
            System.arraycopy(values, 0, out, valueOffset, g);
            if (derivatives != null) {
                fold(species, i, g, sens, derivatives, derivativeStart, layout);
            }
        }

        /**
         * Evaluates atom i with gradients, asks {@code energy} for its weights and adds the contracted
         * gradients to {@code sums}: the force {@code −w·∂G/∂r} on every atom from index 0, then the
         * strain derivative (nine values, row-major) from index {@code 3N}.
         */
        void contract(NeighborList list, int[] species, int i, double[] out, int valueOffset, AtomEnergyGradient energy,
                      double[] sums) {
            int centreSpecies = species[i];
            int[][] sens = sensitivity[centreSpecies];
            AtomEnvironment env = environment;
            env.reset(i, centreSpecies);
            for (int k = list.start(i); k < list.end(i); k++) {
                int j = list.neighbor(k);
                env.add(j, species[j], list.dx(k), list.dy(k), list.dz(k), list.distance(k), 3 * sens[species[j]].length);
            }
            int g = sizes[centreSpecies];
            if (values.length < g) {
                values = new double[g];
            }
            if (weights.length < g) { // not with values: compute() may have grown values alone
                weights = new double[g];
            }
            java.util.Arrays.fill(values, 0, g, 0.0);
            int length = env.gradientLength();
            if (gradients.length < length) {
                gradients = new double[Math.max(length, 2 * gradients.length)];
            }
            java.util.Arrays.fill(gradients, 0, length, 0.0);
            descriptor.evaluate(env, values, gradients);
            System.arraycopy(values, 0, out, valueOffset, g);
            energy.gradient(i, centreSpecies, values, weights);
            double[] grad = gradients;
            double[] w = weights;
            double fx = 0.0;
            double fy = 0.0;
            double fz = 0.0;
            double sxx = 0.0;
            double syy = 0.0;
            double szz = 0.0;
            double syz = 0.0;
            double sxz = 0.0;
            double sxy = 0.0;
            for (int k = 0; k < env.size(); k++) {
                int j = env.neighbor(k);
                int[] idx = sens[species[j]];
                int m = idx.length;
                int from = env.gradientOffset(k);
                double x = 0.0;
                double y = 0.0;
                double z = 0.0;
                if (m == g) { // sensitive to every feature
                    for (int f = 0; f < g; f++) {
                        double wf = w[f];
                        x += wf * grad[from + f];
                        y += wf * grad[from + g + f];
                        z += wf * grad[from + 2 * g + f];
                    }
                } else {
                    for (int t = 0; t < m; t++) {
                        double wf = w[idx[t]];
                        x += wf * grad[from + t];
                        y += wf * grad[from + m + t];
                        z += wf * grad[from + 2 * m + t];
                    }
                }
                if (j != i) { // a self-image moves with the centre: no force
                    sums[3 * j] -= x;
                    sums[3 * j + 1] -= y;
                    sums[3 * j + 2] -= z;
                    fx += x;
                    fy += y;
                    fz += z;
                }
                double dx = env.dx(k);
                double dy = env.dy(k);
                double dz = env.dz(k);
                sxx += x * dx;
                syy += y * dy;
                szz += z * dz;
                syz += 0.5 * (y * dz + z * dy);
                sxz += 0.5 * (x * dz + z * dx);
                sxy += 0.5 * (x * dy + y * dx);
            }
            sums[3 * i] += fx;
            sums[3 * i + 1] += fy;
            sums[3 * i + 2] += fz;
            int s = sums.length - 9;
            sums[s] += sxx;
            sums[s + 4] += syy;
            sums[s + 8] += szz;
            sums[s + 5] += syz;
            sums[s + 7] += syz;
            sums[s + 2] += sxz;
            sums[s + 6] += sxz;
            sums[s + 1] += sxy;
            sums[s + 3] += sxy;
        }

        /** Turns per-entry gradients into neighbour, self and strain derivatives. */
        private void fold(int[] species, int i, int g, int[][] sens, double[] derivatives, int start, Layout layout) {
            startCentre(species.length);
            int self = start;
            int strain = start + 3 * g;
            int next = strain + 6 * g;
            layout.selfBlocks()[i] = self;
            layout.strainBlocks()[i] = strain;
            int firstNeighbor = layout.neighborStarts()[i];
            int distinct = 0;
            AtomEnvironment env = environment;
            for (int k = 0; k < env.size(); k++) {
                int j = env.neighbor(k);
                int[] idx = sens[species[j]];
                int m = idx.length;
                int from = env.gradientOffset(k);
                double dx = env.dx(k);
                double dy = env.dy(k);
                double dz = env.dz(k);
                int block = -1;
                if (j != i) {
                    int s = slotOf(j);
                    if (s < 0) {
                        stamp[j] = generation;
                        slot[j] = distinct;
                        layout.neighborAtoms()[firstNeighbor + distinct] = j;
                        layout.neighborBlocks()[firstNeighbor + distinct] = next;
                        block = next;
                        next += 3 * m;
                        distinct++;
                    } else {
                        block = layout.neighborBlocks()[firstNeighbor + s];
                    }
                }
                if (block >= 0) { // a self-image moves with the centre: no position derivative
                    for (int t = 0; t < 3 * m; t++) {
                        derivatives[block + t] += gradients[from + t];
                    }
                }
                if (m == g) { // sensitive to every feature: contiguous loops
                    addDense(derivatives, self, strain, g, from, dx, dy, dz, block >= 0);
                } else {
                    addSparse(derivatives, self, strain, g, idx, from, dx, dy, dz, block >= 0);
                }
            }
        }

        /** Self and strain derivatives from one entry's gradient block when it covers all g features. */
        private void addDense(double[] derivatives, int self, int strain, int g, int from, double dx, double dy, double dz,
                              boolean moves) {
            double[] grad = gradients;
            int gy = from + g;
            int gz = from + 2 * g;
            if (moves) {
                for (int f = 0; f < g; f++) {
                    derivatives[self + f] -= grad[from + f];
                    derivatives[self + g + f] -= grad[gy + f];
                    derivatives[self + 2 * g + f] -= grad[gz + f];
                }
            }
            for (int f = 0; f < g; f++) {
                double x = grad[from + f];
                double y = grad[gy + f];
                double z = grad[gz + f];
                derivatives[strain + f] += x * dx;
                derivatives[strain + g + f] += y * dy;
                derivatives[strain + 2 * g + f] += z * dz;
                derivatives[strain + 3 * g + f] += 0.5 * (y * dz + z * dy);
                derivatives[strain + 4 * g + f] += 0.5 * (x * dz + z * dx);
                derivatives[strain + 5 * g + f] += 0.5 * (x * dy + y * dx);
            }
        }

        /** Self and strain derivatives from one entry's gradient block over the features {@code idx}. */
        private void addSparse(double[] derivatives, int self, int strain, int g, int[] idx, int from,
                               double dx, double dy, double dz, boolean moves) {
            double[] grad = gradients;
            int m = idx.length;
            for (int s = 0; s < m; s++) {
                double x = grad[from + s];
                double y = grad[from + m + s];
                double z = grad[from + 2 * m + s];
                int f = idx[s];
                if (moves) {
                    derivatives[self + f] -= x;
                    derivatives[self + g + f] -= y;
                    derivatives[self + 2 * g + f] -= z;
                }
                derivatives[strain + f] += x * dx;
                derivatives[strain + g + f] += y * dy;
                derivatives[strain + 2 * g + f] += z * dz;
                derivatives[strain + 3 * g + f] += 0.5 * (y * dz + z * dy);
                derivatives[strain + 4 * g + f] += 0.5 * (x * dz + z * dx);
                derivatives[strain + 5 * g + f] += 0.5 * (x * dy + y * dx);
            }
        }
    }
}
