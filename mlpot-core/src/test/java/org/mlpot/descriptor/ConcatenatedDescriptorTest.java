package org.mlpot.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Two toy descriptors with different cutoffs, side by side. */
class ConcatenatedDescriptorTest extends AbstractDescriptorContractTest {
    private static final List<Element> ELEMENTS = List.of(Element.H, Element.O);

    @Override
    protected Descriptor descriptor() {
        return new ConcatenatedDescriptor(List.of(new ToyDescriptor(ELEMENTS, 3.5), new ToyDescriptor(ELEMENTS, 2.2)));
    }

    @Override
    protected Structure periodicSample() {
        return ToyDescriptorTest.sample(new Random(2));
    }

    @Test
    void featuresAreThePartsSideBySide() {
        Structure s = periodicSample();
        StructureFeatures both = new FeatureCalculator(descriptor(), 1).compute(s, false);
        StructureFeatures first = new FeatureCalculator(new ToyDescriptor(ELEMENTS, 3.5), 1).compute(s, false);
        StructureFeatures second = new FeatureCalculator(new ToyDescriptor(ELEMENTS, 2.2), 1).compute(s, false);
        for (int i = 0; i < s.size(); i++) {
            double[] expected = new double[6];
            first.copyValues(i, expected, 0);
            second.copyValues(i, expected, 3);
            assertArrayEquals(expected, both.values(i), 1e-14, "the same sums, possibly in another order");
        }
        assertEquals("[0, 2, 3, 5]", Arrays.toString(descriptor().sensitivity(Element.O, Element.H)));
    }

    @Test
    void refusesDifferentElementLists() {
        assertThrows(IllegalArgumentException.class, () -> new ConcatenatedDescriptor(List.of(
                new ToyDescriptor(ELEMENTS, 3.0), new ToyDescriptor(List.of(Element.O, Element.H), 3.0))));
    }
}
