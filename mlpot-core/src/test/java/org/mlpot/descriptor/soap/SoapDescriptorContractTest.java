package org.mlpot.descriptor.soap;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.mlpot.descriptor.AbstractDescriptorContractTest;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The descriptor contract for SOAP in four settings that together cover one and two species, both
 * radial bases, with and without normalisation and with and without the central Gaussian. Small
 * n_max and l_max keep it fast; the descriptors are built once.
 */
class SoapDescriptorContractTest {
    private static final List<Element> SILICON = List.of(Element.Si);
    private static final List<Element> WATER = List.of(Element.H, Element.O);

    private static final SoapDescriptor ONE_SPECIES_GTO = new SoapDescriptor(
            SoapSettings.of(SILICON, 3.5, 4, 4).withCutoffTransitionWidth(0.8));
    private static final SoapDescriptor ONE_SPECIES_POLYNOMIAL = new SoapDescriptor(SoapSettings.of(SILICON, 3.5, 4, 3)
            .withRadialBasis(SoapRadialBasis.POLYNOMIAL).withNormalize(false).withAtomSigma(0.4));
    private static final SoapDescriptor TWO_SPECIES_GTO = new SoapDescriptor(
            SoapSettings.of(WATER, 3.2, 3, 3).withCentralWeight(0.7));
    private static final SoapDescriptor TWO_SPECIES_POLYNOMIAL = new SoapDescriptor(SoapSettings.of(WATER, 3.2, 3, 3)
            .withRadialBasis(SoapRadialBasis.POLYNOMIAL).withNormalize(false).withCentralWeight(0));

    /** Six atoms at random in a small triclinic cell. */
    static Structure sample(List<Element> species, long seed) {
        Random random = new Random(seed);
        Cell cell = Cell.fromLengthsAndAngles(3.1, 3.4, 3.7, 80, 95, 105);
        int n = species.size();
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            double sa = random.nextDouble();
            double sb = random.nextDouble();
            double sc = random.nextDouble();
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = cell.cartesian(c, sa, sb, sc);
            }
        }
        return Structure.of(species, p, cell);
    }

    @Nested
    class OneSpeciesGtoNormalised extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return ONE_SPECIES_GTO;
        }

        @Override
        protected Structure periodicSample() {
            return sample(List.of(Element.Si, Element.Si, Element.Si, Element.Si, Element.Si), 11);
        }
    }

    @Nested
    class OneSpeciesPolynomialUnnormalised extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return ONE_SPECIES_POLYNOMIAL;
        }

        @Override
        protected Structure periodicSample() {
            return sample(List.of(Element.Si, Element.Si, Element.Si, Element.Si), 12);
        }
    }

    @Nested
    class TwoSpeciesGtoNormalisedWithCentralWeight extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return TWO_SPECIES_GTO;
        }

        @Override
        protected Structure periodicSample() {
            return sample(List.of(Element.O, Element.H, Element.H, Element.O, Element.H, Element.H), 13);
        }
    }

    @Nested
    class TwoSpeciesPolynomialUnnormalisedWithoutCentre extends AbstractDescriptorContractTest {
        @Override
        protected Descriptor descriptor() {
            return TWO_SPECIES_POLYNOMIAL;
        }

        @Override
        protected Structure periodicSample() {
            return sample(List.of(Element.O, Element.H, Element.H, Element.O, Element.H), 14);
        }
    }
}
