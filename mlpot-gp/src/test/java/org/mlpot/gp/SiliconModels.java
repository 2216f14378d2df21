package org.mlpot.gp;

import java.util.List;
import java.util.Map;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Element;

/** Small silicon GPs fitted to Stillinger–Weber frames, built once per JVM. */
final class SiliconModels {
    /** 1 meV/atom, 50 meV/Å, 1 meV/Å³. */
    static final NoiseSpec NOISE = new NoiseSpec(0.001, 0.05, 0.001, Map.of());
    private static GaussianProcessPotential soap;
    private static GaussianProcessPotential symmetryFunctions;

    private SiliconModels() {
    }

    static SoapDescriptor soapDescriptor() {
        return new SoapDescriptor(SoapSettings.of(List.of(Element.Si), 3.8, 4, 3));
    }

    static Descriptor symmetryFunctionDescriptor() {
        return new SymmetryFunctionGenerator(List.of(Element.Si), 3.8, CutoffShape.of(CutoffType.COS)).standardSet(5, 2);
    }

    static FitSettings settings() {
        return new FitSettings(NOISE, Map.of(Element.Si, SiliconData.E0), 1e-8, 64, 2);
    }

    /** SOAP (n_max 4, l_max 3, 3.8 Å), dot product ζ = 4, δ = 0.5 eV; 4 frames, every second environment sparse. */
    static synchronized GaussianProcessPotential soapDotProduct() {
        if (soap == null) {
            soap = fit(soapDescriptor(), new DotProductKernel(4, 0.5), "gp-soap-si");
        }
        return soap;
    }

    /** 25 symmetry functions, squared exponential θ = 1, δ = 0.5 eV; 4 frames, every second environment sparse. */
    static synchronized GaussianProcessPotential symmetryFunctionsSquaredExponential() {
        if (symmetryFunctions == null) {
            symmetryFunctions = fit(symmetryFunctionDescriptor(), new SquaredExponentialKernel(1.0, 0.5), "gp-acsf-si");
        }
        return symmetryFunctions;
    }

    private static GaussianProcessPotential fit(Descriptor descriptor, Kernel kernel, String name) {
        List<Frame> frames = SiliconData.rattledCells(4, 0.1, 5);
        SparsePoints sparse = SiliconData.environments(descriptor, frames, 2);
        return new SparseGaussianProcessFit(descriptor, kernel, sparse, settings()).fit(name, frames);
    }
}
