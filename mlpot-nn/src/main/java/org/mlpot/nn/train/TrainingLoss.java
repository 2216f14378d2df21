package org.mlpot.nn.train;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.spec.LossWeights;

/**
 * The training loss of a set of structures and its gradient with respect to the network
 * parameters:
 *
 * <pre>
 *   L = w_E / n_E · Σ_m ((E_m − E_m^ref) / N_m)²  +  w_F / n_F · Σ_{m,j,c} (F_mjc − F_mjc^ref)²
 * </pre>
 *
 * with {@code n_E} the structures with an energy and {@code n_F} the force components, both over the
 * structures of one call (a mini-batch or the whole set). Energies are
 * {@code E = Σ_i (u · y_i + c_{s(i)})}, u and c from the energy normalisation.
 *
 * <p>Structures are processed in fixed chunks whose partial gradients are summed in chunk order, so
 * the result is the same bit for bit on any number of threads. Not thread-safe (it reuses buffers);
 * each call uses the pool's threads.
 */
final class TrainingLoss {
    private static final int CHUNK = 4;

    private final NetworkLayout layout;
    private final FeatureScaling scaling;
    private final double outputToEv;
    private final double[] constants;
    private final LossWeights weights;
    private final ForkJoinPool pool;
    private final ThreadLocal<Workspace> workspaces;
    private double[][] chunkGradients = new double[0][];

    /**
     * A loss.
     *
     * @param layout the networks
     * @param scaling the feature scaling the inputs were made with
     * @param outputToEv u, eV per network output unit
     * @param constants c per element, eV; not modified
     * @param weights w_E and w_F (a stress weight must be 0)
     * @param pool the threads to use, or null for the calling thread only
     */
    TrainingLoss(NetworkLayout layout, FeatureScaling scaling, double outputToEv, double[] constants, LossWeights weights,
                 ForkJoinPool pool) {
        this.layout = Objects.requireNonNull(layout, "layout is null");
        this.scaling = Objects.requireNonNull(scaling, "scaling is null");
        this.outputToEv = outputToEv;
        this.constants = constants.clone();
        this.weights = Objects.requireNonNull(weights, "weights is null");
        if (weights.stress() != 0) {
            throw new IllegalArgumentException("stress training is not supported by neural-network training yet;"
                    + " set the stress loss weight to 0");
        }
        this.pool = pool;
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace(layout));
    }

    /**
     * The loss, its error sums and (when {@code gradient} is not null) its gradient.
     *
     * @param parameters the flat parameters; not modified
     * @param set the structures
     * @param members the indices into {@code set} to sum over; not modified
     * @param gradient receives the gradient (overwritten), or null for the loss only
     */
    ErrorSums evaluate(double[] parameters, FittingSet set, int[] members, double[] gradient) {
        layout.requireLength(parameters);
        int energies = 0;
        long components = 0;
        for (int m : members) {
            energies += set.hasEnergy(m) ? 1 : 0;
            components += set.forces(m) != null ? 3L * set.atoms(m) : 0;
        }
        double energyFactor = energies == 0 ? 0 : weights.energy() / energies;
        double forceFactor = components == 0 ? 0 : weights.forces() / components;
        int chunks = (members.length + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        if (gradient != null) {
            ensureChunkGradients(chunks, parameters.length);
        }
        Pools.forEach(pool, chunks, c -> {
            Workspace w = workspaces.get();
            double[] g = gradient == null ? null : chunkGradients[c];
            if (g != null) {
                Arrays.fill(g, 0.0);
            }
            double[] sums = new double[3];
            for (int k = c * CHUNK; k < Math.min(members.length, (c + 1) * CHUNK); k++) {
                structure(parameters, set, members[k], energyFactor, forceFactor, g, w, sums);
            }
            partial[c] = sums;
        });
        double energySquared = 0;
        double forceSquared = 0;
        for (double[] sums : partial) {
            energySquared += sums[0];
            forceSquared += sums[1];
        }
        if (gradient != null) {
            Arrays.fill(gradient, 0.0);
            for (int c = 0; c < chunks; c++) {
                double[] g = chunkGradients[c];
                for (int q = 0; q < g.length; q++) {
                    gradient[q] += g[q];
                }
            }
        }
        double loss = energyFactor * energySquared + forceFactor * forceSquared;
        return new ErrorSums(loss, energySquared, energies, forceSquared, components);
    }

    private void ensureChunkGradients(int chunks, int size) {
        if (chunkGradients.length < chunks) {
            double[][] grown = Arrays.copyOf(chunkGradients, chunks);
            for (int c = chunkGradients.length; c < chunks; c++) {
                grown[c] = new double[size];
            }
            chunkGradients = grown;
        }
    }

    /** Adds structure m's squared errors to {@code sums} and, with a gradient, its loss gradient. */
    private void structure(double[] p, FittingSet set, int m, double energyFactor, double forceFactor, double[] gradient,
                           Workspace w, double[] sums) {
        StructureFeatures features = set.features(m);
        double[] x = set.inputs(m);
        int stride = set.stride();
        int n = features.atoms();
        double[] reference = set.forces(m);
        boolean forces = reference != null;
        double[] f = w.forces(3 * n);
        double energy = 0;
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            double y = w.passes[s].valueAndGradient(p, x, i * stride, w.slope, 0);
            energy += outputToEv * y + constants[s];
            if (forces) {
                int size = features.size(i);
                for (int g = 0; g < size; g++) {
                    w.slope[g] *= outputToEv;
                }
                scaling.toRawDerivatives(s, w.slope, 0);
                features.addForces(i, w.slope, 0, f);
            }
        }
        double energyWeight = 0;
        if (set.hasEnergy(m)) {
            double error = (energy - set.energy(m)) / n;
            sums[0] += error * error;
            energyWeight = 2 * energyFactor * error / n; // ∂L/∂E
        }
        boolean forceGradient = forces && forceFactor != 0;
        if (forces) {
            double[] adjoint = w.adjoint;
            for (int k = 0; k < 3 * n; k++) {
                double error = f[k] - reference[k];
                sums[1] += error * error;
                adjoint[k] = 2 * forceFactor * error; // ∂L/∂F
            }
        }
        if (gradient == null || (energyWeight == 0 && !forceGradient)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            if (forceGradient) {
                features.projectPositionDerivatives(i, w.adjoint, w.direction, 0);
                scaling.toRawDerivatives(s, w.direction, 0); // the same factors turn raw into scaled directions
            }
            w.passes[s].accumulate(p, x, i * stride, w.direction, 0, energyWeight * outputToEv,
                    forceGradient ? -outputToEv : 0.0, gradient);
        }
    }

    /** Per-thread buffers. */
    private static final class Workspace {
        private final NetworkPass[] passes;
        private final double[] slope;
        private final double[] direction;
        private double[] forces = new double[0];
        private double[] adjoint = new double[0];

        Workspace(NetworkLayout layout) {
            passes = new NetworkPass[layout.elementCount()];
            int widest = 0;
            for (int s = 0; s < passes.length; s++) {
                passes[s] = new NetworkPass(layout, s);
                widest = Math.max(widest, layout.inputSize(s));
            }
            slope = new double[widest];
            direction = new double[widest];
        }

        /** A zeroed force buffer of at least {@code size} values (also sizes the adjoint buffer). */
        double[] forces(int size) {
            if (forces.length < size) {
                forces = new double[size];
                adjoint = new double[size];
            } else {
                Arrays.fill(forces, 0, size, 0.0);
            }
            return forces;
        }
    }
}
