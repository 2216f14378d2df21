package org.mlpot.nn.train;

import org.mlpot.data.ReferenceEnergies;
import org.mlpot.descriptor.StructureFeatures;

/**
 * Sets each element's output bias to the linear least-squares optimum for the training energies per
 * atom, every other parameter fixed. Forces do not depend on these biases, so this removes the energy
 * offset that stochastic updates leave behind without touching the force fit. A vanishing ridge term
 * gives compositions that never vary (every frame the same molecule) the minimum-norm shift.
 */
final class OutputBiasFit {
    private OutputBiasFit() {
    }

    /**
     * Re-fits the output biases.
     *
     * @param parameters the flat parameters, modified
     * @param outputToEv eV per network output unit
     */
    static void refit(NetworkLayout layout, ObservableJacobians jacobians, FittingSet trainSet, double[] parameters,
                      double outputToEv) {
        int k = layout.elementCount();
        double[][] normal = new double[k][k];
        double[] right = new double[k];
        for (int m = 0; m < trainSet.size(); m++) {
            if (!trainSet.hasEnergy(m)) {
                continue;
            }
            double[] slopes = new double[k]; // ∂E/∂b_s = u · n_s
            StructureFeatures features = trainSet.features(m);
            for (int i = 0; i < features.atoms(); i++) {
                slopes[features.species(i)] += outputToEv;
            }
            double atomsSquared = (double) features.atoms() * features.atoms();
            double residual = jacobians.energy(parameters, trainSet, m) - trainSet.energy(m);
            for (int a = 0; a < k; a++) {
                right[a] -= slopes[a] * residual / atomsSquared;
                for (int b = 0; b < k; b++) {
                    normal[a][b] += slopes[a] * slopes[b] / atomsSquared;
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < k; a++) {
            trace += normal[a][a];
        }
        if (trace == 0) {
            return;
        }
        for (int a = 0; a < k; a++) {
            normal[a][a] += 1e-10 * trace;
        }
        double[] shift = ReferenceEnergies.solve(normal, right);
        for (int a = 0; a < k; a++) {
            parameters[layout.outputBias(a)] += shift[a];
        }
    }
}
