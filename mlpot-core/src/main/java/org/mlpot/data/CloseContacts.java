package org.mlpot.data;

import java.util.HashSet;
import java.util.Set;
import org.mlpot.neighbor.NeighborList;
import org.mlpot.structure.Structure;

/**
 * Finds atoms closer than a threshold, periodic images included (an atom can meet its own image in
 * a cell thinner than the threshold), with an O(N) half {@link NeighborList} at the threshold.
 */
final class CloseContacts {

    /**
     * The closest contact found and how many atom pairs are closer than the threshold.
     *
     * @param first the lower atom index of the closest pair
     * @param second the higher atom index (equal to {@code first} for an atom and its own image)
     * @param distance their distance in Å
     * @param pairs the number of pairs {@code i ≤ j} with some image closer than the threshold
     */
    record Contact(int first, int second, double distance, int pairs) {
    }

    private CloseContacts() {
    }

    /**
     * The closest pair of atoms (over all periodic images) closer than {@code threshold}, or null
     * when there is none.
     *
     * @param threshold distance in Å, positive
     */
    static Contact find(Structure structure, double threshold) {
        NeighborList list = NeighborList.half(structure, threshold);
        if (list.size() == 0) {
            return null;
        }
        int bestI = -1;
        int bestJ = -1;
        double best = Double.POSITIVE_INFINITY;
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < list.atoms(); i++) {
            for (int k = list.start(i); k < list.end(i); k++) {
                int j = list.neighbor(k);
                pairs.add((long) i * list.atoms() + j);
                if (list.distance(k) < best) {
                    best = list.distance(k);
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        return new Contact(bestI, bestJ, best, pairs.size());
    }
}
