package org.mlpot.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

class DatasetFeaturesTest {

    @Test
    void computesEveryFrameAndEstimatesItsMemory() {
        List<Frame> frames = new ArrayList<>();
        Random random = new Random(4);
        for (int f = 0; f < 20; f++) {
            frames.add(Frame.of(ToyDescriptorTest.sample(random), Labels.none()));
        }
        Dataset dataset = Dataset.of("toy", frames);
        FeatureCalculator calculator = new FeatureCalculator(new ToyDescriptor(List.of(Element.H, Element.O), 3.5), 2);
        DatasetFeatures features = DatasetFeatures.compute(dataset, calculator, true);
        assertEquals(20, features.size());
        for (int f = 0; f < 20; f++) {
            StructureFeatures expected = calculator.compute(dataset.get(f).structure(), true);
            for (int i = 0; i < expected.atoms(); i++) {
                assertArrayEquals(expected.values(i), features.get(f).values(i), 0.0);
            }
        }
        long estimate = DatasetFeatures.estimateBytes(dataset, calculator, true);
        double ratio = (double) estimate / features.bytes();
        assertTrue(ratio > 0.7 && ratio < 1.3, "estimate " + estimate + " vs actual " + features.bytes());
        assertTrue(DatasetFeatures.estimateBytes(dataset, calculator, false) < estimate / 5,
                "values alone are far smaller than values with derivatives");
    }

    @Test
    void refusesASetThatWouldNotFitWithTheEstimateAndAFix() {
        Dataset dataset = Dataset.of("big.xyz", List.of(Frame.of(ToyDescriptorTest.sample(new Random(1)), Labels.none())));
        InputException e = assertThrows(InputException.class,
                () -> DatasetFeatures.requireFits(dataset, true, 30_000_000_000L, 8_000_000_000L));
        assertTrue(e.getMessage().contains("big.xyz") && e.getMessage().contains("30.00 GB")
                && e.getMessage().contains("-Xmx"), e.getMessage());
        DatasetFeatures.requireFits(dataset, true, 1_000_000L, 8_000_000_000L);
    }
}
