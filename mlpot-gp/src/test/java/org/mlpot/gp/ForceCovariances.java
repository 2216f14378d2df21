package org.mlpot.gp;

import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.structure.Structure;

/**
 * Prior covariances of a force component {@code F_jc = −∂E/∂r_jc} of a one-element structure, from
 * kernel values only: central differences in the atom positions, Richardson-extrapolated over the
 * steps h and 2h (error O(h⁴)). Independent of the kernels' derivatives and of the descriptor's
 * derivatives.
 */
final class ForceCovariances {
    private final Kernel kernel;
    private final double step;
    private final double[][][] moved; // [x + 2][atom][feature] for a displacement of x·h, x = −2..2

    /**
     * @param step h, Å
     */
    ForceCovariances(Kernel kernel, FeatureCalculator calculator, Structure structure, int j, int c, double step) {
        this.kernel = kernel;
        this.step = step;
        this.moved = new double[5][][];
        for (int x = -2; x <= 2; x++) {
            double[] p = structure.positions();
            p[3 * j + c] += x * step;
            moved[x + 2] = environments(calculator.compute(structure.withPositions(p), false));
        }
    }

    /** {@code Cov(F_jc, Σ_b ε(q_b)) = −∂/∂r_jc Σ_{a,b} k(q_a(r), q_b)}, eV²/Å. */
    double withEnergy(double[][] other) {
        double fine = (sum(moved[3], other) - sum(moved[1], other)) / (2 * step);
        double coarse = (sum(moved[4], other) - sum(moved[0], other)) / (4 * step);
        return -(4 * fine - coarse) / 3;
    }

    /** {@code Var F_jc = ∂²/∂r_jc∂r′_jc Σ_{a,b} k(q_a(r), q_b(r′))} at r = r′, eV²/Å². */
    double variance() {
        double fine = (sum(moved[3], moved[3]) - 2 * sum(moved[3], moved[1]) + sum(moved[1], moved[1])) / (4 * step * step);
        double coarse = (sum(moved[4], moved[4]) - 2 * sum(moved[4], moved[0]) + sum(moved[0], moved[0]))
                / (16 * step * step);
        return (4 * fine - coarse) / 3;
    }

    /** Every atom's features, a new array per atom. */
    static double[][] environments(StructureFeatures features) {
        double[][] q = new double[features.atoms()][];
        for (int i = 0; i < q.length; i++) {
            q[i] = features.values(i);
        }
        return q;
    }

    private double sum(double[][] a, double[][] b) {
        double sum = 0;
        for (double[] x : a) {
            for (double[] z : b) {
                sum += kernel.value(x, z);
            }
        }
        return sum;
    }
}
