package org.mlpot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.io.InputException;

class SplitTest {

    private static Dataset dataset(int n) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(DatasetTest.frame(i, 1));
        }
        return Dataset.of("h.xyz", frames);
    }

    private static List<Integer> indices(Dataset part) {
        return part.frames().stream().map(f -> f.source().index()).toList();
    }

    @Test
    void partsAreDisjointCoverEverythingAndKeepTheOrder() {
        Split split = Split.of(dataset(100), 0.1, 0.2, 7);
        assertEquals(70, split.train().size());
        assertEquals(10, split.validation().size());
        assertEquals(20, split.test().size());
        Set<Integer> all = new HashSet<>();
        for (Dataset part : List.of(split.train(), split.validation(), split.test())) {
            List<Integer> indices = indices(part);
            List<Integer> sorted = new ArrayList<>(indices);
            sorted.sort(null);
            assertEquals(sorted, indices, "each part keeps the data set's order");
            all.addAll(indices);
        }
        assertEquals(100, all.size());
        assertEquals("h.xyz (train)", split.train().name());
        assertEquals("h.xyz (validation)", split.validation().name());
        assertEquals("h.xyz (test)", split.test().name());
    }

    @Test
    void isReproducibleFromTheSeed() {
        Split a = Split.of(dataset(50), 0.2, 0.1, 123);
        Split b = Split.of(dataset(50), 0.2, 0.1, 123);
        Split c = Split.of(dataset(50), 0.2, 0.1, 124);
        assertEquals(indices(a.validation()), indices(b.validation()));
        assertEquals(indices(a.test()), indices(b.test()));
        assertEquals(indices(a.train()), indices(b.train()));
        assertNotEquals(indices(a.validation()), indices(c.validation()));
    }

    @Test
    void followsTheDocumentedShuffle() {
        int n = 13;
        SplittableRandom random = new SplittableRandom(99);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        // round(0.2 * 13) = 3 test frames first, then round(0.3 * 13) = 4 validation frames
        int[] test = Arrays.copyOfRange(order, 0, 3);
        int[] validation = Arrays.copyOfRange(order, 3, 7);
        Arrays.sort(test);
        Arrays.sort(validation);
        Split split = Split.of(dataset(n), 0.3, 0.2, 99);
        assertEquals(Arrays.stream(test).boxed().toList(), indices(split.test()));
        assertEquals(Arrays.stream(validation).boxed().toList(), indices(split.validation()));
    }

    @Test
    void aPositiveFractionGetsAtLeastOneFrameAndZeroGetsNone() {
        Split split = Split.of(dataset(5), 0.01, 0.0, 1);
        assertEquals(1, split.validation().size());
        assertTrue(split.test().isEmpty());
        assertEquals(4, split.train().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-0.1 | 0.1 | validation fraction must be at least 0 and less than 1, got -0.1; write 10% as 0.1, and use 0 for no validation set",
        "0.1 | 10 | test fraction must be at least 0 and less than 1, got 10.0; write 10% as 0.1, and use 0 for no test set",
        "NaN | 0.1 | validation fraction must be at least 0 and less than 1, got NaN; write 10% as 0.1, and use 0 for no validation set",
        "0.5 | 0.5 | validation fraction 0.5 plus test fraction 0.5 is 1.0, which leaves nothing for training; the two must sum to less than 1 (for example validation 0.1 and test 0.1)"})
    void refusesBadFractions(double validation, double test, String message) {
        InputException e = assertThrows(InputException.class, () -> Split.of(dataset(10), validation, test, 1));
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesToLeaveTheTrainingSetEmpty() {
        InputException e = assertThrows(InputException.class, () -> Split.of(dataset(2), 0.4, 0.4, 1));
        assertEquals("data set h.xyz has only 2 frames: 1 for validation and 1 for testing leave none for training;"
                + " use smaller fractions (or 0 to skip a part) or more data", e.getMessage());
    }

    @Test
    void refusesAnEmptyDataSet() {
        InputException e = assertThrows(InputException.class, () -> Split.of(dataset(0), 0.1, 0.1, 1));
        assertEquals("data set h.xyz has no frames to split; check the data file", e.getMessage());
    }
}
