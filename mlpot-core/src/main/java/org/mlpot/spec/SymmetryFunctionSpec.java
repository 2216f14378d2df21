package org.mlpot.spec;

import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.scaling.ScalingType;

/**
 * Atom-centred symmetry functions, fully expanded (generated grids already turned into functions),
 * with the scaling n2p2 would apply.
 *
 * @param functions the functions, any order (the descriptor sorts them as n2p2 does)
 * @param scaling the scaling type
 * @param scaledMin Smin of the scaled range
 * @param scaledMax Smax of the scaled range
 */
public record SymmetryFunctionSpec(List<SymmetryFunction> functions, ScalingType scaling, double scaledMin, double scaledMax)
        implements DescriptorSpec {
    /** The type name. */
    public static final String TYPE = "acsf";

    /** Checks the arguments. */
    public SymmetryFunctionSpec {
        functions = List.copyOf(functions);
        Objects.requireNonNull(scaling, "scaling is null");
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("a symmetry-function descriptor needs at least one function");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public double cutoff() {
        double rc = 0;
        for (SymmetryFunction f : functions) {
            rc = Math.max(rc, f.rc());
        }
        return rc;
    }
}
