package org.mlpot.descriptor;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.mlpot.structure.Element;

/**
 * Several descriptors at once: an atom's features are the features of each part in turn. The parts
 * must be defined for the same elements in the same order; each sees only the neighbours within its
 * own cutoff. Immutable and thread-safe.
 */
public final class ConcatenatedDescriptor implements Descriptor {
    private final List<Descriptor> parts;
    private final List<Element> elements;
    private final double cutoff;
    /** [part][species]: where the part's features start. */
    private final int[][] offsets;
    private final int[] sizes;
    /** [centre][neighbour]: the union sensitivity. */
    private final int[][][] sensitivity;
    /** [part][centre][neighbour][s]: position of the part's s-th sensitive feature in the union list. */
    private final int[][][][] positions;
    private final ThreadLocal<Scratch> scratch;

    /**
     * @param parts two or more descriptors with the same element list
     * @throws IllegalArgumentException when the element lists differ
     */
    public ConcatenatedDescriptor(List<Descriptor> parts) {
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("concatenate at least one descriptor");
        }
        this.elements = this.parts.get(0).elements();
        double rc = 0;
        for (Descriptor part : this.parts) {
            if (!part.elements().equals(elements)) {
                throw new IllegalArgumentException("descriptors to combine must list the same elements in the same order, got "
                        + elements + " and " + part.elements());
            }
            rc = Math.max(rc, part.cutoff());
        }
        this.cutoff = rc;
        int species = elements.size();
        this.offsets = new int[this.parts.size()][species];
        this.sizes = new int[species];
        for (int a = 0; a < species; a++) {
            for (int p = 0; p < this.parts.size(); p++) {
                offsets[p][a] = sizes[a];
                sizes[a] += this.parts.get(p).size(elements.get(a));
            }
        }
        this.sensitivity = new int[species][species][];
        this.positions = new int[this.parts.size()][species][species][];
        for (int a = 0; a < species; a++) {
            for (int b = 0; b < species; b++) {
                TreeSet<Integer> union = new TreeSet<>();
                for (int p = 0; p < this.parts.size(); p++) {
                    for (int f : this.parts.get(p).sensitivity(elements.get(a), elements.get(b))) {
                        union.add(offsets[p][a] + f);
                    }
                }
                sensitivity[a][b] = union.stream().mapToInt(Integer::intValue).toArray();
                for (int p = 0; p < this.parts.size(); p++) {
                    int[] own = this.parts.get(p).sensitivity(elements.get(a), elements.get(b));
                    positions[p][a][b] = new int[own.length];
                    for (int s = 0; s < own.length; s++) {
                        positions[p][a][b][s] = Arrays.binarySearch(sensitivity[a][b], offsets[p][a] + own[s]);
                    }
                }
            }
        }
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /** The parts, in the order their features follow each other. */
    public List<Descriptor> parts() {
        return parts;
    }

    @Override
    public List<Element> elements() {
        return elements;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public int size(Element centre) {
        return sizes[elements.indexOf(centre)];
    }

    @Override
    public int[] sensitivity(Element centre, Element neighbor) {
        return sensitivity[elements.indexOf(centre)][elements.indexOf(neighbor)];
    }

    @Override
    public void evaluate(AtomEnvironment environment, double[] values, double[] gradients) {
        Scratch s = scratch.get();
        int centre = environment.centreSpecies();
        for (int p = 0; p < parts.size(); p++) {
            Descriptor part = parts.get(p);
            AtomEnvironment sub = s.environment(p, part);
            sub.reset(environment.centre(), centre);
            double rc = part.cutoff();
            int count = 0;
            int[] entries = s.entries(environment.size());
            for (int k = 0; k < environment.size(); k++) {
                if (environment.distance(k) < rc) {
                    int nb = environment.species(k);
                    sub.add(environment.neighbor(k), nb, environment.dx(k), environment.dy(k), environment.dz(k),
                            environment.distance(k), gradients == null ? 0 : 3 * positions[p][centre][nb].length);
                    entries[count++] = k;
                }
            }
            int g = sizes[centre];
            double[] partValues = s.values(g);
            Arrays.fill(partValues, 0, part.size(elements.get(centre)), 0.0);
            double[] partGradients = null;
            if (gradients != null) {
                partGradients = s.gradients(sub.gradientLength());
                Arrays.fill(partGradients, 0, sub.gradientLength(), 0.0);
            }
            part.evaluate(sub, partValues, partGradients);
            System.arraycopy(partValues, 0, values, offsets[p][centre], part.size(elements.get(centre)));
            if (gradients != null) {
                for (int e = 0; e < count; e++) {
                    int k = entries[e];
                    int nb = environment.species(k);
                    int[] where = positions[p][centre][nb];
                    int m = where.length;
                    int mm = sensitivity[centre][nb].length;
                    int from = sub.gradientOffset(e);
                    int to = environment.gradientOffset(k);
                    for (int c = 0; c < 3; c++) {
                        for (int t = 0; t < m; t++) {
                            gradients[to + c * mm + where[t]] += partGradients[from + c * m + t];
                        }
                    }
                }
            }
        }
    }

    /** Per-thread buffers: one environment per part, values, gradients and entry indices. */
    private final class Scratch {
        private final AtomEnvironment[] environments = new AtomEnvironment[parts.size()];
        private double[] values = new double[64];
        private double[] gradients = new double[1024];
        private int[] entries = new int[256];

        AtomEnvironment environment(int p, Descriptor part) {
            if (environments[p] == null) {
                environments[p] = new AtomEnvironment(part);
            }
            return environments[p];
        }

        double[] values(int length) {
            if (values.length < length) {
                values = new double[length];
            }
            return values;
        }

        int[] entries(int length) {
            if (entries.length < length) {
                entries = new int[Math.max(length, 2 * entries.length)];
            }
            return entries;
        }

        double[] gradients(int length) {
            if (gradients.length < length) {
                gradients = new double[Math.max(length, 2 * gradients.length)];
            }
            return gradients;
        }
    }
}
