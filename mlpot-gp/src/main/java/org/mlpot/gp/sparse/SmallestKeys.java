package org.mlpot.gp.sparse;

/**
 * Keeps the {@code capacity} indices with the smallest keys among those offered (ties: lower index
 * first), in a binary max-heap: O(log capacity) per offer, no allocation after construction.
 */
final class SmallestKeys {

    private final int[] indices;
    private final double[] keys;
    private int size;

    /**
     * @param capacity how many indices to keep, &ge; 1
     */
    SmallestKeys(int capacity) {
        indices = new int[capacity];
        keys = new double[capacity];
    }

    /** Offers an index with its key (not NaN). */
    void offer(int index, double key) {
        if (size < indices.length) {
            int child = size++;
            while (child > 0) {
                int parent = (child - 1) >>> 1;
                if (!after(index, key, indices[parent], keys[parent])) {
                    break;
                }
                indices[child] = indices[parent];
                keys[child] = keys[parent];
                child = parent;
            }
            indices[child] = index;
            keys[child] = key;
        } else if (after(indices[0], keys[0], index, key)) {
            siftDown(index, key, size);
        }
    }

    /**
     * The kept indices by increasing key (ties: lower index first); empties the heap.
     *
     * @return a new array of the kept indices
     */
    int[] drainAscending() {
        int[] sorted = new int[size];
        while (size > 0) {
            sorted[size - 1] = indices[0];
            size--;
            if (size > 0) {
                siftDown(indices[size], keys[size], size);
            }
        }
        return sorted;
    }

    /** Places (index, key) at the root of the heap of the given size and restores the order. */
    private void siftDown(int index, double key, int heapSize) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= heapSize) {
                break;
            }
            int right = child + 1;
            if (right < heapSize && after(indices[right], keys[right], indices[child], keys[child])) {
                child = right;
            }
            if (!after(indices[child], keys[child], index, key)) {
                break;
            }
            indices[parent] = indices[child];
            keys[parent] = keys[child];
            parent = child;
        }
        indices[parent] = index;
        keys[parent] = key;
    }

    /** Whether (i, ki) comes after (j, kj) in the ascending order. */
    private static boolean after(int i, double ki, int j, double kj) {
        return ki > kj || (ki == kj && i > j);
    }
}
