package org.mlpot.gp;

import java.util.List;
import java.util.Random;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Three-atom silicon clusters in vacuum with a smooth made-up energy, and the dense-GP sums the exact tests compare with. */
final class ToyClusters {
    private ToyClusters() {
    }

    /** Three atoms at random distances 1.2–3 Å in vacuum. */
    static Structure random(Random random) {
        double[] p = new double[9];
        for (int k = 3; k < 9; k++) {
            p[k] = p[k - 3] * 0.3 + 1.2 + 1.8 * random.nextDouble() * (k % 3 == 0 ? 1 : 0.5);
        }
        return Structure.of(List.of(Element.Si, Element.Si, Element.Si), p, Cell.none());
    }

    /** A smooth made-up pair energy of a cluster, eV. */
    static double energy(Structure s) {
        double e = 0;
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                double d2 = 0;
                for (int c = 0; c < 3; c++) {
                    double d = s.position(i, c) - s.position(j, c);
                    d2 += d * d;
                }
                e += Math.exp(-d2 / 2) - 0.3 / Math.sqrt(d2);
            }
        }
        return e;
    }

    /** Every atom's feature vector. */
    static double[][] environments(StructureFeatures features) {
        double[][] q = new double[features.atoms()][];
        for (int i = 0; i < q.length; i++) {
            q[i] = features.values(i);
        }
        return q;
    }

    /** {@code Σ_{x∈a} Σ_{z∈b} k(x, z)}: the prior covariance of two total energies. */
    static double sumKernel(Kernel kernel, double[][] a, double[][] b) {
        double sum = 0;
        for (double[] x : a) {
            for (double[] z : b) {
                sum += kernel.value(x, z);
            }
        }
        return sum;
    }
}
