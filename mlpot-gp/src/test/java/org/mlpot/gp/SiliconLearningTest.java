package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;

/**
 * A SOAP GP learns Stillinger–Weber silicon: fitted to energies, forces and stresses of 20 rattled
 * 8-atom cells (every environment a sparse point, M = 160), its force RMSE on 10 other cells is
 * below 0.15 eV/Å (measured 0.117 eV/Å against an rms force of 2.19 eV/Å) and its energy RMSE below
 * 10 meV/atom (measured 7.0). The printed force standard deviations (the DTC posterior, 0.0064 eV/Å)
 * are far smaller than the errors: with δ = 0.5 eV the prior's own force standard deviation is only
 * about 0.17 eV/Å against forces of rms 2.2 eV/Å, so the uncalibrated model is overconfident.
 */
class SiliconLearningTest {

    @Test
    void learnsStillingerWeberForces() {
        SoapDescriptor descriptor = SiliconModels.soapDescriptor();
        List<Frame> training = SiliconData.rattledCells(20, 0.1, 101);
        List<Frame> test = SiliconData.rattledCells(10, 0.1, 202);
        SparsePoints sparse = SiliconData.environments(descriptor, training, 1);
        GaussianProcessPotential gp = new SparseGaussianProcessFit(descriptor, new DotProductKernel(4, 0.5), sparse,
                SiliconModels.settings()).fit("gp-si", training);
        double squares = 0;
        double forceScale = 0;
        double predictedVariance = 0;
        double energySquares = 0;
        int components = 0;
        for (Frame frame : test) {
            Result r = gp.evaluate(frame.structure(), EnumSet.of(Property.FORCES, Property.UNCERTAINTY));
            double[] reference = frame.labels().forces().orElseThrow();
            for (int k = 0; k < reference.length; k++) {
                double d = r.forces()[k] - reference[k];
                squares += d * d;
                forceScale += reference[k] * reference[k];
                predictedVariance += r.uncertainty().forces()[k] * r.uncertainty().forces()[k];
                components++;
            }
            double de = (r.energy() - frame.labels().energy().getAsDouble()) / frame.structure().size();
            energySquares += de * de;
        }
        double rmse = Math.sqrt(squares / components);
        double rms = Math.sqrt(forceScale / components);
        double predicted = Math.sqrt(predictedVariance / components);
        double energyRmse = Math.sqrt(energySquares / test.size());
        System.out.printf("GP on SW silicon (M = %d): force RMSE %.4f eV/Å of rms %.3f eV/Å, predicted force std (DTC) %.4f eV/Å, "
                + "energy RMSE %.2f meV/atom%n", gp.sparseCount(), rmse, rms, predicted, 1000 * energyRmse);
        assertTrue(rmse < 0.15, "force RMSE " + rmse + " eV/Å");
        assertTrue(energyRmse < 0.01, "energy RMSE " + energyRmse + " eV/atom");
        assertTrue(gp.weights(Element.Si).length == 160);
    }
}
