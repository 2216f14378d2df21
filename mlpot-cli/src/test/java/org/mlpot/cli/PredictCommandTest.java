package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** {@code predict} writes a potential's standard deviations next to its predictions, and nothing when it has none. */
class PredictCommandTest {

    @Test
    void standardDeviationsBecomeAnInfoKeyAndTwoColumnsThatSurviveTheFile() {
        Structure two = Structure.of(List.of(Element.H, Element.O), new double[] {0, 0, 0, 0.9, 0, 0}, Cell.none());
        Frame frame = Frame.of(two, Labels.of(-1.0, new double[6]));
        double[] forceSigma = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] atomSigma = {0.01, 0.02};
        Result result = new Result(-1.0, new double[6], null, new double[] {-0.4, -0.6},
                new Result.Uncertainty(0.05, forceSigma, atomSigma));

        Frame written = PredictCommand.withUncertainty(frame, result);
        StringWriter text = new StringWriter();
        try (ExtXyzWriter writer = ExtXyzWriter.of(text)) {
            writer.write(written);
        }
        Frame back;
        try (ExtXyzReader reader = ExtXyzReader.of(new StringReader(text.toString()), "predicted.xyz")) {
            back = reader.next();
        }
        assertEquals(new InfoValue.Real(0.05), back.info().get("energy_std"), text.toString());
        AtomColumn.Reals forces = (AtomColumn.Reals) column(back, "forces_std");
        AtomColumn.Reals energies = (AtomColumn.Reals) column(back, "energies_std");
        assertArrayEquals(forceSigma, forces.values(), 0.0);
        assertArrayEquals(atomSigma, energies.values(), 0.0);

        Result plain = new Result(-1.0, new double[6], null, null, null);
        assertSame(frame, PredictCommand.withUncertainty(frame, plain), "no uncertainty, nothing added");
    }

    private static AtomColumn column(Frame frame, String name) {
        for (AtomColumn c : frame.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return fail("no column " + name + " in " + frame.columns());
    }
}
