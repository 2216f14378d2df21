package org.mlpot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class EvaluationTest {

    /** Predicts energy 1 eV per atom and force +0.5 eV/Å on every component, stress 0.01 on xx. */
    private static final Potential CONSTANT = new Potential() {
        @Override
        public Result evaluate(Structure structure, Set<Property> properties) {
            double[] f = new double[3 * structure.size()];
            java.util.Arrays.fill(f, 0.5);
            Stress s = properties.contains(Property.STRESS) ? new Stress(0.01, 0, 0, 0, 0, 0) : null;
            return new Result(structure.size(), f, s, null, null);
        }

        @Override
        public double cutoff() {
            return 1;
        }

        @Override
        public Set<Element> elements() {
            return Set.of(Element.H);
        }

        @Override
        public String name() {
            return "constant";
        }
    };

    @Test
    void errorsArePerAtomAndPerComponent() {
        Structure two = Structure.of(List.of(Element.H, Element.H), new double[] {0, 0, 0, 1, 0, 0},
                Cell.periodic(new double[][] {{5, 0, 0}, {0, 5, 0}, {0, 0, 5}}));
        Structure one = Structure.of(List.of(Element.H), new double[3], Cell.none());
        Evaluation evaluation = new Evaluation(CONSTANT);
        // frame 1: E_ref = 0 → error 2 eV / 2 atoms = 1 eV/atom; forces ref 0 → error 0.5
        evaluation.add(Frame.of(two, Labels.of(0.0, null, new double[6], new Stress(0, 0, 0, 0, 0, 0), null)));
        // frame 2: E_ref = 4 → error −3 eV/atom; forces −0.5 → error 1.0; no stress
        evaluation.add(Frame.of(one, Labels.of(4.0, new double[] {-0.5, -0.5, -0.5})));
        EvaluationMetrics m = evaluation.metrics();
        assertEquals(2, m.structures());
        assertEquals(3, m.atoms());
        assertEquals(2.0, m.energyMaePerAtom().getAsDouble(), 1e-15);
        assertEquals(Math.sqrt(5.0), m.energyRmsePerAtom().getAsDouble(), 1e-15);
        assertEquals((6 * 0.5 + 3 * 1.0) / 9, m.forceMae().getAsDouble(), 1e-15);
        assertEquals(Math.sqrt((6 * 0.25 + 3 * 1.0) / 9), m.forceRmse().getAsDouble(), 1e-15);
        assertEquals(Math.sqrt(0.01 * 0.01 / 6), m.stressRmse().getAsDouble(), 1e-15);
    }

    @Test
    void absentLabelsGiveEmptyMetrics() {
        Structure one = Structure.of(List.of(Element.H), new double[3], Cell.none());
        Evaluation evaluation = new Evaluation(CONSTANT);
        evaluation.add(Frame.of(one, Labels.none()));
        EvaluationMetrics m = evaluation.metrics();
        assertEquals(1, m.structures());
        assertTrue(m.energyRmsePerAtom().isEmpty());
        assertTrue(m.forceRmse().isEmpty());
        assertTrue(m.stressRmse().isEmpty());
        assertTrue(m.calibration().isEmpty(), "no uncertainty, no calibration");
    }

    @Test
    void predictedUncertaintyIsCheckedAgainstTheErrors() {
        // the same constant predictions, with σ_E = 1.5 eV and σ_F = 0.6 eV/Å
        Potential withSigma = new Potential() {
            @Override
            public Result evaluate(Structure structure, Set<Property> properties) {
                Result r = CONSTANT.evaluate(structure, properties);
                double[] sigma = new double[3 * structure.size()];
                java.util.Arrays.fill(sigma, 0.6);
                return new Result(r.energy(), r.forces(), r.stress(), null,
                        properties.contains(Property.UNCERTAINTY) ? new Result.Uncertainty(1.5, sigma, null) : null);
            }

            @Override
            public double cutoff() {
                return 1;
            }

            @Override
            public Set<Element> elements() {
                return Set.of(Element.H);
            }

            @Override
            public String name() {
                return "constant with uncertainty";
            }
        };
        Structure one = Structure.of(List.of(Element.H), new double[3], Cell.none());
        Evaluation evaluation = new Evaluation(withSigma);
        evaluation.add(Frame.of(one, Labels.of(0.0, new double[] {0, 0, 0})));     // ΔE 1 (≤ 1σ), ΔF 0.5 (≤ 1σ)
        evaluation.add(Frame.of(one, Labels.of(-1.0, new double[] {-0.5, 0, 0}))); // ΔE 2 (≤ 2σ), ΔF 1.0 (≤ 2σ), 0.5, 0.5
        evaluation.add(Frame.of(one, Labels.of(-3.0, new double[] {-1, -1, -1})));  // ΔE 4, ΔF 1.5 (outside)
        Calibration c = evaluation.metrics().calibration().orElseThrow();
        assertEquals(1.0 / 3, c.energyWithin1Sigma().getAsDouble(), 1e-15);
        assertEquals(2.0 / 3, c.energyWithin2Sigma().getAsDouble(), 1e-15);
        assertEquals(5.0 / 9, c.forceWithin1Sigma().getAsDouble(), 1e-15);
        assertEquals(6.0 / 9, c.forceWithin2Sigma().getAsDouble(), 1e-15);

        Evaluation withoutUncertainty = new Evaluation(withSigma, false);
        withoutUncertainty.add(Frame.of(one, Labels.of(0.0, new double[] {0, 0, 0})));
        assertTrue(withoutUncertainty.metrics().calibration().isEmpty(), "not asked for, not checked");
    }
}
