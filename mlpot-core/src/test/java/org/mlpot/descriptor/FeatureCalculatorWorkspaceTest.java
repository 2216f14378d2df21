package org.mlpot.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * One calculator serves {@code compute} and then {@code computeWithForces} in the same thread with a
 * descriptor of more features than the workspace starts with: the weights handed to the energy
 * must be as long as the features (they were not when {@code compute} had grown only the values).
 */
class FeatureCalculatorWorkspaceTest {

    @Test
    void weightsGrowWithTheFeaturesAfterAPlainCompute() {
        SoapDescriptor soap = new SoapDescriptor(SoapSettings.of(List.of(Element.Si), 3.5, 6, 4)); // 21·5 = 105 features
        int size = soap.size(Element.Si);
        Structure dimer = Structure.of(List.of(Element.Si, Element.Si), new double[] {0, 0, 0, 1.2, 1.4, 0.9}, Cell.none());
        FeatureCalculator calculator = new FeatureCalculator(soap, 1);
        calculator.compute(dimer, false);
        int[] lengths = new int[2];
        calculator.computeWithForces(dimer, (atom, species, features, gradient) -> {
            lengths[atom] = gradient.length;
            java.util.Arrays.fill(gradient, 0, size, 1.0);
        }, new double[6], new double[9]);
        assertEquals(true, size > 64, "the descriptor is larger than the initial workspace");
        assertEquals(true, lengths[0] >= size && lengths[1] >= size, "weights of " + lengths[0] + " for " + size + " features");
    }
}
