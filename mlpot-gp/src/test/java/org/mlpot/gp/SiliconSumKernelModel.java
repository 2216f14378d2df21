package org.mlpot.gp;

import java.util.List;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.RadialGrid;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.gp.kernel.SumKernel;
import org.mlpot.structure.Element;

/**
 * A small silicon GP in GAP's style, built once per JVM: radial-only symmetry functions and SOAP
 * concatenated, with a squared-exponential kernel on the radial part and a dot-product kernel on the
 * SOAP part, summed.
 */
final class SiliconSumKernelModel {
    private static GaussianProcessPotential potential;

    private SiliconSumKernelModel() {
    }

    /** Six radial functions (Imbalzano grid, 3.8 Å) followed by SOAP (n_max 4, l_max 3, 3.8 Å). */
    static Descriptor descriptor() {
        SymmetryFunctionGenerator generator = new SymmetryFunctionGenerator(List.of(Element.Si), 3.8,
                CutoffShape.of(CutoffType.COS));
        Descriptor radial = new SymmetryFunctions(List.of(Element.Si),
                generator.radial(RadialGrid.imbalzano(RadialGrid.Mode.SHIFTED, 6, 3.8)));
        return new ConcatenatedDescriptor(List.of(radial, SiliconModels.soapDescriptor()));
    }

    /** Squared exponential θ = 1, δ = 0.3 eV on the radial part; dot product ζ = 4, δ = 0.4 eV on SOAP. */
    static SumKernel kernel(Descriptor descriptor) {
        return SumKernel.over(List.of(new SquaredExponentialKernel(1.0, 0.3), new DotProductKernel(4, 0.4)), descriptor);
    }

    /** Fitted to 4 frames, every second environment sparse. */
    static synchronized GaussianProcessPotential potential() {
        if (potential == null) {
            Descriptor descriptor = descriptor();
            List<Frame> frames = SiliconData.rattledCells(4, 0.1, 5);
            SparsePoints sparse = SiliconData.environments(descriptor, frames, 2);
            potential = new SparseGaussianProcessFit(descriptor, kernel(descriptor), sparse, SiliconModels.settings())
                    .fit("gp-sum-si", frames);
        }
        return potential;
    }
}
