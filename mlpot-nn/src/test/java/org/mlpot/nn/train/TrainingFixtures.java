package org.mlpot.nn.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.StillingerWeber;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Small seeded data for training tests: rattled diamond-silicon cells labelled by Stillinger–Weber. */
final class TrainingFixtures {
    private TrainingFixtures() {
    }

    /** Symmetry functions for Si: 4 radial and 2 angular per the standard generator, 4.5 Å. */
    static SymmetryFunctions silicon() {
        return new SymmetryFunctionGenerator(List.of(Element.Si), 4.5, CutoffShape.of(CutoffType.COS)).standardSet(4, 2);
    }

    /**
     * {@code count} 8-atom diamond cells, lattice constant 5.3–5.6 Å, atoms shaken by up to
     * {@code rattle} Å, with SW energies and forces.
     */
    static Dataset swFrames(int count, double rattle, long seed) {
        Random random = new Random(seed);
        Potential sw = StillingerWeber.silicon();
        List<Frame> frames = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            Structure s = Crystals.diamond(Element.Si, 5.3 + 0.3 * random.nextDouble());
            double[] p = s.positions();
            for (int k = 0; k < p.length; k++) {
                p[k] += rattle * (2 * random.nextDouble() - 1);
            }
            s = s.withPositions(p);
            Result r = sw.evaluate(s, java.util.EnumSet.of(Property.ENERGY, Property.FORCES));
            frames.add(Frame.of(s, Labels.of(r.energy(), r.forces())));
        }
        return Dataset.of("sw-test", frames);
    }

    /** The frames as a fitting set with scaling from their own statistics. */
    static FittingSet fittingSet(Dataset data, SymmetryFunctions descriptor, ScalingType type) {
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        StructureFeatures[] features = FittingSet.features(data, calculator, true);
        FeatureStatisticsAccumulator statistics = new FeatureStatisticsAccumulator(descriptor);
        for (StructureFeatures f : features) {
            statistics.add(f);
        }
        return FittingSet.of(data, features, FeatureScaling.of(type, statistics.statistics(), -1, 1));
    }
}
