package org.example.mlpot;

import java.util.List;
import java.util.Random;
import org.mlpot.descriptor.AbstractDescriptorContractTest;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The power descriptor fulfils mlpot's descriptor contract: analytic position and strain derivatives
 * equal central finite differences, features outside a neighbour's sensitivity stay put, invariances,
 * continuity at the cutoff, supercells.
 */
class PowerDescriptorTest extends AbstractDescriptorContractTest {

    @Override
    protected Descriptor descriptor() {
        return new PowerDescriptor(new PowerSpec(List.of(Element.O, Element.Si), 3.2, List.of(1.0, 2.0, 3.5)));
    }

    /** Six O and Si atoms at seeded random places in a triclinic cell. */
    @Override
    protected Structure periodicSample() {
        Random random = new Random(5);
        Cell cell = Cell.fromLengthsAndAngles(3.3, 3.6, 3.9, 82, 97, 104);
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
        return Structure.of(List.of(Element.O, Element.Si, Element.O, Element.Si, Element.O, Element.O), p, cell);
    }
}
