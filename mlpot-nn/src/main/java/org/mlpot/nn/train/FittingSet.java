package org.mlpot.nn.train;

import java.util.Objects;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.io.InputException;

/**
 * Frames made ready for fitting: their features with derivatives, the scaled network inputs (which
 * stay fixed while the weights change), and the reference energies and forces. Immutable.
 */
final class FittingSet {
    private final String name;
    private final StructureFeatures[] features;
    private final double[][] inputs; // [structure][atom * stride + g], stride = largest input size
    private final double[] energies; // eV, NaN when a frame has none
    private final double[][] forces; // eV/Å, null when a frame has none
    private final int stride;
    private final FeatureScaling scaling;

    private FittingSet(String name, StructureFeatures[] features, double[][] inputs, double[] energies, double[][] forces,
                       int stride, FeatureScaling scaling) {
        this.name = name;
        this.scaling = scaling;
        this.features = features;
        this.inputs = inputs;
        this.energies = energies;
        this.forces = forces;
        this.stride = stride;
    }

    /**
     * The features of every frame of a data set (with derivatives where forces are to be fitted).
     */
    static StructureFeatures[] features(Dataset dataset, FeatureCalculator calculator, boolean derivatives) {
        return features(dataset, calculator, derivatives, () -> { });
    }

    /** As {@link #features(Dataset, FeatureCalculator, boolean)}, running {@code afterEach} after every frame (for progress). */
    static StructureFeatures[] features(Dataset dataset, FeatureCalculator calculator, boolean derivatives, Runnable afterEach) {
        StructureFeatures[] features = new StructureFeatures[dataset.size()];
        for (int m = 0; m < features.length; m++) {
            features[m] = calculator.compute(dataset.get(m).structure(), derivatives);
            afterEach.run();
        }
        return features;
    }

    /**
     * The frames with their features, scaled.
     *
     * @param features the features of every frame, in order (see {@link #features})
     * @throws InputException when a frame has neither an energy nor forces
     */
    static FittingSet of(Dataset dataset, StructureFeatures[] features, FeatureScaling scaling) {
        Objects.requireNonNull(dataset, "dataset is null");
        int count = dataset.size();
        double[][] inputs = new double[count][];
        double[] energies = new double[count];
        double[][] forces = new double[count][];
        int stride = 0;
        for (int s = 0; s < scaling.elements().size(); s++) {
            stride = Math.max(stride, scaling.size(s));
        }
        for (int m = 0; m < count; m++) {
            Frame frame = dataset.get(m);
            Labels labels = frame.labels();
            if (labels.energy().isEmpty() && !labels.hasForces()) {
                throw new InputException("frame " + m + " of " + dataset.name() + " (" + frame.source()
                        + ") has neither an energy nor forces to train on; remove it or add its labels");
            }
            energies[m] = labels.energy().orElse(Double.NaN);
            forces[m] = labels.forces().orElse(null);
            StructureFeatures f = features[m];
            if (forces[m] != null && !f.hasDerivatives()) {
                forces[m] = null; // not fitted: their derivatives were not computed
            }
            double[] x = new double[f.atoms() * stride];
            for (int i = 0; i < f.atoms(); i++) {
                scaling.apply(f, i, x, i * stride);
            }
            inputs[m] = x;
        }
        return new FittingSet(dataset.name(), features, inputs, energies, forces, stride, scaling);
    }

    /** The scaling the inputs were made with. */
    FeatureScaling scaling() {
        return scaling;
    }

    String name() {
        return name;
    }

    int size() {
        return features.length;
    }

    StructureFeatures features(int m) {
        return features[m];
    }

    /** The scaled inputs of structure m, atom i at {@code i * stride()}. */
    double[] inputs(int m) {
        return inputs[m];
    }

    int stride() {
        return stride;
    }

    int atoms(int m) {
        return features[m].atoms();
    }

    boolean hasEnergy(int m) {
        return !Double.isNaN(energies[m]);
    }

    double energy(int m) {
        return energies[m];
    }

    /** The reference forces (3N, do not modify), or null. */
    double[] forces(int m) {
        return forces[m];
    }

    int largestStructure() {
        int largest = 0;
        for (StructureFeatures f : features) {
            largest = Math.max(largest, f.atoms());
        }
        return largest;
    }
}
