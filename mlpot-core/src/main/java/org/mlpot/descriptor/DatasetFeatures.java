package org.mlpot.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.data.Dataset;
import org.mlpot.io.InputException;

/**
 * The features of every frame of a data set, computed once and kept for reuse across training
 * epochs. Before computing, the memory they will take is estimated from a sample of frames and a
 * setting that would not fit is refused with the estimate and what to change. Immutable.
 */
public final class DatasetFeatures {
    /** Frames computed to estimate the memory of the whole set. */
    private static final int SAMPLE = 8;
    /** Part of the free heap the features may take; the rest is left for models and training. */
    private static final double HEAP_SHARE = 0.8;

    private final List<StructureFeatures> frames;

    private DatasetFeatures(List<StructureFeatures> frames) {
        this.frames = List.copyOf(frames);
    }

    /**
     * Computes the features of every frame.
     *
     * @param derivatives whether to keep position and strain derivatives (needed to train on forces and stress)
     * @throws InputException when the estimate exceeds the memory this JVM can give
     */
    public static DatasetFeatures compute(Dataset dataset, FeatureCalculator calculator, boolean derivatives) {
        Objects.requireNonNull(dataset, "dataset is null");
        long estimate = estimateBytes(dataset, calculator, derivatives);
        Runtime runtime = Runtime.getRuntime();
        requireFits(dataset, derivatives, estimate, runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
        List<StructureFeatures> frames = new ArrayList<>(dataset.size());
        for (int f = 0; f < dataset.size(); f++) {
            frames.add(calculator.compute(dataset.get(f).structure(), derivatives));
        }
        return new DatasetFeatures(frames);
    }

    /** Refuses an estimate above the share of the free heap that features may take. */
    static void requireFits(Dataset dataset, boolean derivatives, long estimate, long free) {
        if (estimate > HEAP_SHARE * free) {
            throw new InputException(String.format(
                    "the descriptors of %s (%d frames, %d atoms)%s need about %.2f GB, more than the %.2f GB this JVM can "
                            + "spare; give Java more memory (MLPOT_JAVA_OPTS=-Xmx...), use fewer or shorter-ranged "
                            + "features, or train on fewer frames",
                    dataset.name(), dataset.size(), dataset.atoms(), derivatives ? " with derivatives" : "",
                    estimate / 1e9, HEAP_SHARE * free / 1e9));
        }
    }

    /**
     * The memory the features of the whole data set will take, in bytes, extrapolated per atom from
     * up to eight evenly spaced frames.
     */
    public static long estimateBytes(Dataset dataset, FeatureCalculator calculator, boolean derivatives) {
        if (dataset.isEmpty()) {
            return 0;
        }
        int sample = Math.min(SAMPLE, dataset.size());
        long bytes = 0;
        long atoms = 0;
        for (int s = 0; s < sample; s++) {
            int f = (int) ((long) s * dataset.size() / sample);
            StructureFeatures features = calculator.compute(dataset.get(f).structure(), derivatives);
            bytes += features.bytes();
            atoms += features.atoms();
        }
        return atoms == 0 ? 0 : (long) ((double) bytes / atoms * dataset.atoms());
    }

    /** The number of frames. */
    public int size() {
        return frames.size();
    }

    /** The features of frame {@code i}. */
    public StructureFeatures get(int i) {
        return frames.get(i);
    }

    /** The memory all frames' features take, in bytes. */
    public long bytes() {
        long total = 0;
        for (StructureFeatures f : frames) {
            total += f.bytes();
        }
        return total;
    }
}
