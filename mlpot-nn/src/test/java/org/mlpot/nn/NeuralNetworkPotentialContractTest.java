package org.mlpot.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mlpot.potential.AbstractPotentialContractTest;
import org.mlpot.potential.Potential;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The potential contract (finite-difference forces and stress, invariances, supercells,
 * fragments, cutoff continuity, concurrency) for a synthetic two-element potential: generated
 * symmetry functions, seeded random weights, tanh (O) and softplus (Si) networks.
 */
class NeuralNetworkPotentialContractTest extends AbstractPotentialContractTest {

    @Override
    protected Potential create() {
        return SyntheticPotentials.twoElements(2);
    }

    @Override
    protected Structure periodicSample() {
        // a shaken, strained 8-atom diamond-like cell of alternating O and Si, 5.2 Å edge
        double a = 5.2;
        double[][] basis = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}, {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75},
                {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}};
        double[][] cell = {{a, 0.1, -0.2}, {0.15, a * 1.03, 0.05}, {-0.1, 0.2, a * 0.98}};
        Random random = new Random(11);
        List<Element> species = new ArrayList<>();
        double[] p = new double[3 * basis.length];
        for (int i = 0; i < basis.length; i++) {
            species.add(i % 2 == 0 ? Element.O : Element.Si);
            for (int c = 0; c < 3; c++) {
                double x = 0;
                for (int r = 0; r < 3; r++) {
                    x += basis[i][r] * cell[r][c];
                }
                p[3 * i + c] = x + 0.2 * (2 * random.nextDouble() - 1);
            }
        }
        return Structure.of(species, p, Cell.periodic(cell));
    }
}
