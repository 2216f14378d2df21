package org.mlpot.gp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.gp.UncertaintyScales;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Scales from held-out errors: errors drawn with a known spread relative to the predicted σ give that spread back, and 68 %/95 % coverage after scaling. */
class UncertaintyCalibrationTest {

    @Test
    void recoversTheFactorBetweenErrorsAndPredictedSigma() {
        Random random = new Random(2);
        List<Frame> frames = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        double energyFactor = 0.3;
        double forceFactor = 2.5;
        for (int f = 0; f < 2000; f++) {
            Structure dimer = Structure.of(List.of(Element.Si, Element.Si), new double[] {0, 0, 0, 2.3, 0, 0}, Cell.none());
            double sigmaE = 0.01 + 0.1 * random.nextDouble(); // heteroscedastic: the σ knows where errors are large
            double[] sigmaF = new double[6];
            double[] forces = new double[6];
            double[] reference = new double[6];
            for (int k = 0; k < 6; k++) {
                sigmaF[k] = 0.02 + random.nextDouble();
                reference[k] = random.nextGaussian();
                forces[k] = reference[k] + forceFactor * sigmaF[k] * random.nextGaussian();
            }
            double energy = -8 + energyFactor * sigmaE * random.nextGaussian();
            frames.add(Frame.of(dimer, Labels.of(-8.0, reference)));
            results.add(new Result(energy, forces, null, null, new Result.Uncertainty(sigmaE, sigmaF, null)));
        }
        UncertaintyScales scales = UncertaintyCalibration.fit(frames, results, UncertaintyScales.NONE);
        assertEquals(energyFactor, scales.energy(), 0.05 * energyFactor, "energy factor");
        assertEquals(forceFactor, scales.force(), 0.03 * forceFactor, "force factor");
        int within1 = 0;
        int within2 = 0;
        int count = 0;
        for (int f = 0; f < frames.size(); f++) {
            Result scaled = UncertaintyCalibration.rescaled(results.get(f), scales);
            for (int k = 0; k < 6; k++) {
                double ratio = Math.abs(scaled.forces()[k] - frames.get(f).labels().force(k)) / scaled.uncertainty().forces()[k];
                within1 += ratio <= 1 ? 1 : 0;
                within2 += ratio <= 2 ? 1 : 0;
                count++;
            }
        }
        assertEquals(UncertaintyCalibration.ONE_SIGMA, (double) within1 / count, 0.005, "1σ coverage after scaling");
        assertEquals(0.9545, (double) within2 / count, 0.01, "2σ coverage of normal errors");
    }

    @Test
    void withoutUncertaintiesTheScalesStayOne() {
        Structure atom = Structure.of(List.of(Element.Si), new double[] {0, 0, 0}, Cell.none());
        UncertaintyScales scales = UncertaintyCalibration.fit(List.of(Frame.of(atom, Labels.of(-1.0, null, null, null, null))),
                List.of(new Result(-1.1, null, null, null, null)), UncertaintyScales.NONE);
        assertEquals(UncertaintyScales.NONE, scales);
    }
}
