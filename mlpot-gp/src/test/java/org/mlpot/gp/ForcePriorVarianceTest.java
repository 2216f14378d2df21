package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.neighbor.NeighborList;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Without data the posterior is the prior: a GP with one sparse point and no observations
 * ({@code Σ⁻¹ = K_MM + jitter}, so the Nyström and regression terms cancel) reports the prior standard
 * deviation of every force component, here checked against
 * {@code Var F_jc = ∂²/∂r_jc∂r′_jc Σ_{a,b} k(q_a(r), q_b(r′))} from central differences of kernel
 * values in the positions ({@link ForceCovariances}), for SOAP with the dot-product kernel and
 * symmetry functions with the squared-exponential kernel, in a strained, rattled 8-atom cell and in a
 * 2-atom cell where every atom sees its own periodic images. No pair distance lies within a few steps
 * of the cutoff, where the cutoff functions' higher derivatives jump and spoil the differences.
 */
class ForcePriorVarianceTest {
    /** Finite-difference step, Å. */
    private static final double STEP = 1e-3;
    /** Allowed relative difference of the force standard deviations from the finite-difference prior. */
    private static final double RELATIVE_TOLERANCE = 1e-6;

    static Stream<Arguments> models() {
        // 4.15 Å: between the second (3.84 Å) and third (4.50 Å) neighbour shells of the rattled cell
        Descriptor soap = new SoapDescriptor(SoapSettings.of(List.of(Element.Si), 4.15, 4, 3));
        Descriptor symmetryFunctions = new SymmetryFunctionGenerator(List.of(Element.Si), 4.15, CutoffShape.of(CutoffType.COS))
                .standardSet(5, 2);
        return Stream.of(
                Arguments.of(soap, new DotProductKernel(4, 0.5), rattledCell()),
                Arguments.of(SiliconModels.soapDescriptor(), new DotProductKernel(2.5, 0.3), primitiveCell()),
                Arguments.of(symmetryFunctions, new SquaredExponentialKernel(1.0, 0.5), rattledCell()),
                Arguments.of(SiliconModels.symmetryFunctionDescriptor(), new SquaredExponentialKernel(2.0, 0.4),
                        primitiveCell()));
    }

    @ParameterizedTest
    @MethodSource("models")
    void withoutDataTheForceStdIsThePrior(Descriptor descriptor, Kernel kernel, Structure structure) {
        assertClearOfTheCutoff(structure, descriptor.cutoff());
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        double[] point = calculator.compute(SiliconData.rattledCells(1, 0.1, 9).get(0).structure(), false).values(0);
        double jitter = 1e-8;
        DMatrixRMaj lower = new DMatrixRMaj(1, 1, true, Math.sqrt(kernel.value(point, point) + jitter));
        GaussianProcessPotential gp = new GaussianProcessPotential("prior", descriptor, kernel, new double[][][] {{point}},
                new double[] {0.0}, new double[] {SiliconData.E0}, lower, lower, 1);
        Result result = gp.evaluate(structure, EnumSet.of(Property.FORCES, Property.UNCERTAINTY));
        double[] std = result.uncertainty().forces();
        double largest = 0;
        for (int j = 0; j < structure.size(); j++) {
            for (int c = 0; c < 3; c++) {
                double expected = Math.sqrt(new ForceCovariances(kernel, calculator, structure, j, c, STEP).variance());
                assertEquals(expected, std[3 * j + c], RELATIVE_TOLERANCE * expected, "atom " + j + " component " + c);
                largest = Math.max(largest, expected);
            }
        }
        assertTrue(largest > 1e-3, "the prior force std is not negligible: " + largest + " eV/Å");
    }

    /** An 8-atom diamond cell strained by up to 2 % and rattled by 0.05 Å. */
    private static Structure rattledCell() {
        return SiliconData.rattledCells(1, 0.05, 31).get(0).structure();
    }

    private static void assertClearOfTheCutoff(Structure structure, double cutoff) {
        NeighborList list = NeighborList.full(structure, cutoff + 1);
        for (int i = 0; i < structure.size(); i++) {
            for (int k = list.start(i); k < list.end(i); k++) {
                assertTrue(Math.abs(list.distance(k) - cutoff) > 10 * STEP, "atoms " + i + " and " + list.neighbor(k)
                        + " are " + list.distance(k) + " Å apart, too close to the cutoff for the differences: pick another seed");
            }
        }
    }

    /**
     * Two silicon atoms in the primitive diamond cell (a = 5.3 Å, shortest lattice vector 3.75 Å, below
     * the 3.8 Å cutoff, so each atom sees its own images), shaken.
     */
    private static Structure primitiveCell() {
        double h = 5.3 / 2;
        double[][] cell = {{0, h, h}, {h, 0, h}, {h, h, 0}};
        Random random = new Random(23);
        double[] p = {0, 0, 0, h / 2, h / 2, h / 2};
        for (int k = 0; k < p.length; k++) {
            p[k] += 0.1 * (2 * random.nextDouble() - 1);
        }
        return Structure.of(List.of(Element.Si, Element.Si), p, Cell.periodic(cell));
    }
}
