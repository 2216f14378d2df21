package org.mlpot.gp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.StillingerWeber;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Rattled, strained 8-atom silicon cells labelled by Stillinger–Weber, and sparse points taken from them. */
final class SiliconData {
    /** Roughly the Stillinger–Weber energy per atom of diamond silicon, eV: the e0 of the tests. */
    static final double E0 = -4.3;

    private SiliconData() {
    }

    /**
     * {@code count} 8-atom diamond cells (a = 5.43 Å), each strained by up to ±2 % per component and
     * rattled by Gaussian displacements of {@code rattle} Å, with SW energy, forces and stress.
     */
    static List<Frame> rattledCells(int count, double rattle, long seed) {
        Random random = new Random(seed);
        StillingerWeber sw = StillingerWeber.silicon();
        List<Frame> frames = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            Structure s = Crystals.diamond(Element.Si, 5.43);
            double[][] strain = new double[3][3];
            for (int a = 0; a < 3; a++) {
                for (int b = a; b < 3; b++) {
                    strain[a][b] = 0.02 * (2 * random.nextDouble() - 1);
                    strain[b][a] = strain[a][b];
                }
            }
            s = s.strained(strain);
            double[] p = s.positions();
            for (int k = 0; k < p.length; k++) {
                p[k] += rattle * random.nextGaussian();
            }
            s = s.withPositions(p);
            Result r = sw.evaluate(s, EnumSet.of(Property.FORCES, Property.STRESS));
            frames.add(Frame.of(s, Labels.of(r.energy(), null, r.forces(), r.stress(), null)));
        }
        return frames;
    }

    /** The descriptor vectors of every {@code stride}-th atom environment of the frames, as Si sparse points. */
    static SparsePoints environments(Descriptor descriptor, List<Frame> frames, int stride) {
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        List<double[]> points = new ArrayList<>();
        int k = 0;
        for (Frame frame : frames) {
            StructureFeatures features = calculator.compute(frame.structure(), false);
            for (int i = 0; i < features.atoms(); i++, k++) {
                if (k % stride == 0) {
                    points.add(features.values(i));
                }
            }
        }
        return SparsePoints.of(Map.of(Element.Si, points));
    }

    /** A periodic sample for the contract test: a shaken, sheared 8-atom silicon cell. */
    static Structure contractSample() {
        double a = 5.43;
        Structure s = Crystals.diamond(Element.Si, a);
        double[][] cell = {{a, 0.1, -0.2}, {0.15, a * 1.03, 0.05}, {-0.1, 0.2, a * 0.98}};
        double[] p = s.positions();
        Random random = new Random(11);
        double[] q = new double[p.length];
        for (int i = 0; i < s.size(); i++) {
            for (int c = 0; c < 3; c++) {
                double x = 0;
                for (int r = 0; r < 3; r++) {
                    x += p[3 * i + r] / a * cell[r][c];
                }
                q[3 * i + c] = x + 0.15 * (2 * random.nextDouble() - 1);
            }
        }
        return Structure.of(s.speciesList(), q, Cell.periodic(cell));
    }
}
