package org.mlpot.md;

import java.util.Arrays;
import java.util.Objects;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.potential.Potential;
import org.mlpot.structure.Structure;

/**
 * The FIRE minimiser (fast inertial relaxation engine; Bitzek, Koskinen, Gähler, Moseler and Gumbsch,
 * Phys. Rev. Lett. 97, 170201 (2006)) at fixed cell, following ASE's {@code ase.optimize.FIRE} step for
 * step (unit masses, the cap on the whole displacement vector, the same parameters; see
 * {@link FireParameters}).
 *
 * <p>Each step, with forces F and the step's velocity v (zero at the start):
 * <pre>
 *   if F·v &gt; 0:  v ← (1 − α) v + α |v| F/|F|;  after more than Nmin such steps: dt ← min(dt·finc, dtmax), α ← α·fa
 *   else:        v ← 0, α ← astart, dt ← dt·fdec     (restart)
 *   v ← v + dt F;  Δx ← dt v, scaled down to norm maxstep if longer;  x ← x + Δx
 * </pre>
 * (The very first step skips the test, as ASE does.) The run stops, before taking a step, once the
 * largest per-atom force norm {@code max_i |F_i|} is below {@code fmax} — ASE's criterion — or when
 * {@code maxSteps} steps were taken. Positions are not wrapped into the cell. Deterministic.
 */
public final class Fire {
    private final FireParameters parameters;

    /** FIRE with ASE's default parameters. */
    public Fire() {
        this(FireParameters.ase());
    }

    /** FIRE with the given parameters. */
    public Fire(FireParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters is null");
    }

    /** The parameters. */
    public FireParameters parameters() {
        return parameters;
    }

    /** Minimises without observing progress. */
    public MinimizationResult minimize(Potential potential, Structure structure, double fmax, int maxSteps) {
        return minimize(potential, structure, fmax, maxSteps, MinimizationObserver.none());
    }

    /**
     * Moves the atoms of {@code structure} (cell fixed) until the largest per-atom force norm is below
     * {@code fmax}.
     *
     * @param potential gives energies and forces
     * @param structure the starting structure; not modified
     * @param fmax force threshold, eV/Å (ASE's common choice is 0.05; 1e-3 or less for phonons)
     * @param maxSteps the most steps to take (0 only evaluates the start)
     * @param observer told about every evaluation, including the start
     * @throws IllegalArgumentException when fmax is not positive or maxSteps is negative
     * @throws IllegalStateException when the positions or energy stop being finite
     */
    public MinimizationResult minimize(Potential potential, Structure structure, double fmax, int maxSteps,
                                       MinimizationObserver observer) {
        Objects.requireNonNull(observer, "observer is null");
        Langevin.requirePositive(fmax, "force threshold fmax (eV/Å)");
        if (maxSteps < 0) {
            throw new IllegalArgumentException("the step limit must be non-negative, got " + maxSteps);
        }
        MdState state = MdState.create(potential, structure);
        double[] x = state.livePositions();
        double[] f = state.liveForces();
        double[] v = new double[x.length];
        double dt = parameters.timeStep();
        double alpha = parameters.alphaStart();
        int downhillSteps = 0;
        int step = 0;
        while (true) {
            double maxForce = state.maxAtomForce();
            boolean converged = maxForce < fmax;
            ObserverAction action = observer.observe(new MinimizationRecord(step, state.potentialEnergy(), maxForce));
            if (converged) {
                return result(state, maxForce, step, MinimizationResult.Outcome.CONVERGED);
            }
            if (action == ObserverAction.STOP) {
                return result(state, maxForce, step, MinimizationResult.Outcome.STOPPED);
            }
            if (step >= maxSteps) {
                return result(state, maxForce, step, MinimizationResult.Outcome.MAX_STEPS);
            }
            if (Thread.currentThread().isInterrupted()) {
                return result(state, maxForce, step, MinimizationResult.Outcome.INTERRUPTED);
            }
            if (step > 0) {
                double vf = dot(v, f);
                if (vf > 0) {
                    double mix = alpha * Math.sqrt(dot(v, v) / dot(f, f));
                    for (int k = 0; k < v.length; k++) {
                        v[k] = (1 - alpha) * v[k] + mix * f[k];
                    }
                    if (downhillSteps > parameters.minStepsBeforeSpeedUp()) {
                        dt = Math.min(dt * parameters.timeStepIncrease(), parameters.maxTimeStep());
                        alpha *= parameters.alphaDecrease();
                    }
                    downhillSteps++;
                } else {
                    Arrays.fill(v, 0.0);
                    alpha = parameters.alphaStart();
                    dt *= parameters.timeStepDecrease();
                    downhillSteps = 0;
                }
            }
            double displacement2 = 0;
            for (int k = 0; k < v.length; k++) {
                v[k] += dt * f[k];
                displacement2 += dt * v[k] * dt * v[k];
            }
            double displacement = Math.sqrt(displacement2);
            double scale = displacement > parameters.maxStep() ? parameters.maxStep() / displacement : 1.0;
            for (int k = 0; k < x.length; k++) {
                x[k] += scale * dt * v[k];
            }
            state.evaluate();
            state.advanceClock(0.0);
            step++;
        }
    }

    private static MinimizationResult result(MdState state, double maxForce, int steps, MinimizationResult.Outcome outcome) {
        Frame frame = Frame.of(state.structure(), Labels.of(state.potentialEnergy(), state.forces()));
        return new MinimizationResult(frame, state.potentialEnergy(), maxForce, steps, outcome);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    @Override
    public String toString() {
        return "Fire" + parameters;
    }
}
