package org.mlpot.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** The calculator's bookkeeping, through a hand-written descriptor. */
class ToyDescriptorTest extends AbstractDescriptorContractTest {

    @Override
    protected Descriptor descriptor() {
        return new ToyDescriptor(List.of(Element.H, Element.O), 3.5);
    }

    @Override
    protected Structure periodicSample() {
        return sample(new Random(1));
    }

    static Structure sample(Random random) {
        Cell cell = Cell.fromLengthsAndAngles(3.1, 3.4, 3.7, 80, 95, 105);
        int n = 6;
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double sa = random.nextDouble();
            double sb = random.nextDouble();
            double sc = random.nextDouble();
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = cell.cartesian(c, sa, sb, sc);
            }
        }
        return Structure.of(List.of(Element.O, Element.H, Element.H, Element.O, Element.H, Element.H), p, cell);
    }

    @Test
    void refusesUnknownElements() {
        Structure carbon = Structure.of(List.of(Element.C), new double[3], Cell.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureCalculator(descriptor(), 1).compute(carbon, false));
        assertTrue(e.getMessage().contains("C") && e.getMessage().contains("[H, O]"), e.getMessage());
    }

    @Test
    void selfImagesInATinyCellCountTowardsStrainButNotPosition() {
        Structure one = Structure.of(List.of(Element.H), new double[] {0.1, 0.2, 0.3},
                Cell.fromLengthsAndAngles(2.0, 2.2, 2.4, 85, 95, 100));
        StructureFeatures f = new FeatureCalculator(descriptor(), 1).compute(one, true);
        assertEquals(0, f.neighborCount(0));
        for (int g = 0; g < f.size(0); g++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(0.0, f.selfDerivative(0, c, g), 1e-15);
            }
        }
        assertTrue(Math.abs(f.strainDerivative(0, 0, 0)) > 1e-6);
    }
}
