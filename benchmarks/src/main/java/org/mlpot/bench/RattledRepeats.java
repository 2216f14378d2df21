package org.mlpot.bench;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.structure.Structure;

/**
 * A long stream of frames made from a few: frame k is base frame {@code k mod B}, as it is in the
 * first pass through the base and, from the second pass on, with every coordinate displaced by a
 * Gaussian of standard deviation {@link #RATTLE} Å (seeded by k, so every iteration gives the same
 * frames). Labels are the base frame's energy and forces, unchanged: the frames serve to measure
 * memory and time, not accuracy. Stresses are dropped. Frames are made as they are iterated, so the
 * stream holds no more than its base in memory.
 */
final class RattledRepeats implements Iterable<Frame> {
    /** Standard deviation of each displacement, Å. */
    static final double RATTLE = 0.01;

    private final List<Frame> base;
    private final int count;
    private final long seed;

    /**
     * The first {@code count} frames of the stream over {@code base}.
     *
     * @param base frames with energies and forces; kept, not modified
     * @throws IllegalArgumentException when the base is empty, a base frame lacks an energy or forces,
     *     or count is negative
     */
    RattledRepeats(List<Frame> base, int count, long seed) {
        this.base = List.copyOf(Objects.requireNonNull(base, "base is null"));
        if (this.base.isEmpty()) {
            throw new IllegalArgumentException("no frames to repeat");
        }
        for (Frame frame : this.base) {
            if (frame.labels().energy().isEmpty() || !frame.labels().hasForces()) {
                throw new IllegalArgumentException("every frame to repeat needs an energy and forces: " + frame);
            }
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        this.count = count;
        this.seed = seed;
    }

    /**
     * The stream over {@code base} long enough for at least {@code observations} energy and force
     * observations (1 + 3N per frame of N atoms).
     */
    static RattledRepeats withObservations(List<Frame> base, long observations, long seed) {
        long sum = 0;
        int frames = 0;
        while (sum < observations) {
            sum += 1 + 3L * base.get(frames % base.size()).structure().size();
            frames++;
        }
        return new RattledRepeats(base, frames, seed);
    }

    /** The number of frames. */
    int size() {
        return count;
    }

    /** The number of energy and force observations over all frames. */
    long observations() {
        long sum = 0;
        for (int k = 0; k < count; k++) {
            sum += 1 + 3L * base.get(k % base.size()).structure().size();
        }
        return sum;
    }

    @Override
    public Iterator<Frame> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Frame next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return frame(next++);
            }
        };
    }

    private Frame frame(int k) {
        Frame original = base.get(k % base.size());
        Labels labels = original.labels().withStress(null);
        if (k < base.size()) {
            return Frame.of(original.structure(), labels);
        }
        Structure structure = original.structure();
        double[] positions = structure.positions();
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + k);
        for (int c = 0; c < positions.length; c++) {
            positions[c] += RATTLE * random.nextGaussian();
        }
        return Frame.of(structure.withPositions(positions), labels);
    }
}
