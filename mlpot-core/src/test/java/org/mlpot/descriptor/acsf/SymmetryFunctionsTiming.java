package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.List;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A quick single-thread timing (not a test, not a benchmark): 4096-atom diamond Si, 30 functions
 * (10 radial type 2, 20 narrow angular type 3, COS cutoff, rc = 6 Å), values with and without
 * derivatives, through {@link FeatureCalculator} (neighbour list and folding included). Run with
 * {@code java -cp target/classes:target/test-classes org.mlpot.descriptor.acsf.SymmetryFunctionsTiming [type]},
 * where type 3 (default) or 9 picks the angular type.
 */
public final class SymmetryFunctionsTiming {
    private SymmetryFunctionsTiming() {
    }

    /** Prints atoms per second. */
    public static void main(String[] args) {
        int angularType = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Element si = Element.Si;
        CutoffShape cos = CutoffShape.of(CutoffType.COS);
        double rc = 6.0;
        List<SymmetryFunction> functions = new ArrayList<>();
        for (double eta : new double[] {0.001, 0.01, 0.02, 0.035, 0.06, 0.1, 0.2, 0.4, 0.7, 1.0}) {
            functions.add(new ExpRadial(si, si, eta, 0.0, rc, cos));
        }
        for (double eta : new double[] {0.001, 0.01, 0.03, 0.07, 0.2}) {
            for (double zeta : new double[] {1, 4}) {
                for (double lambda : new double[] {-1, 1}) {
                    functions.add(new ExpAngular(angularType == 9 ? AngularKind.WIDE : AngularKind.NARROW, si, si, si, eta, lambda, zeta,
                            rc, 0.0, cos));
                }
            }
        }
        SymmetryFunctions descriptor = new SymmetryFunctions(List.of(si), functions);
        Structure structure = Crystals.diamond(si, 5.431).supercell(8, 8, 8);
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        for (boolean derivatives : new boolean[] {false, true}) {
            for (int warm = 0; warm < 5; warm++) {
                calculator.compute(structure, derivatives);
            }
            int repeats = 5;
            long start = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                calculator.compute(structure, derivatives);
            }
            double seconds = (System.nanoTime() - start) * 1e-9 / repeats;
            System.out.printf("type 2 + %d, %d functions, %d atoms, derivatives %-5s: %.3f s per structure, %.0f atoms/s%n",
                    angularType, functions.size(), structure.size(), derivatives, seconds, structure.size() / seconds);
        }
    }
}
