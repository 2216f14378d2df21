package org.mlpot.nn;

import java.util.EnumSet;
import org.mlpot.potential.Property;
import org.mlpot.structure.Structure;

/**
 * Run in a JVM of its own by {@link NeuralNetworkPotentialComputePathTest}: evaluates a 64-atom
 * structure on {@link ComputePath#AUTO}, prints {@link #SMALL_DONE}, evaluates it on
 * {@link ComputePath#ND4J}, prints {@link #ND4J_DONE}.
 */
final class LazyNd4jProbe {
    static final String SMALL_DONE = "probe: 64 atoms on AUTO done";
    static final String ND4J_DONE = "probe: 64 atoms on ND4J done";

    private LazyNd4jProbe() {
    }

    public static void main(String[] args) {
        Structure structure = NeuralNetworkPotentialComputePathTest.rattledOxideSilicon(2, 2, 2, 3, 1);
        NeuralNetworkPotential potential = SyntheticPotentials.twoElements(1);
        potential.evaluate(structure, EnumSet.of(Property.FORCES));
        System.out.println(SMALL_DONE);
        System.out.flush();
        potential.withComputePath(ComputePath.ND4J).evaluate(structure, EnumSet.of(Property.FORCES));
        System.out.println(ND4J_DONE);
    }
}
