package org.mlpot.dsl.compile;

import java.util.LinkedHashSet;
import java.util.Set;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.spec.SymmetryFunctionSpec;
import org.mlpot.structure.Element;

/** Builds n2p2-style symmetry functions from their spec. */
final class SymmetryFunctionFactory implements DescriptorFactory<SymmetryFunctionSpec> {

    @Override
    public Class<SymmetryFunctionSpec> specType() {
        return SymmetryFunctionSpec.class;
    }

    @Override
    public Descriptor create(SymmetryFunctionSpec spec) {
        Set<Element> elements = new LinkedHashSet<>();
        for (SymmetryFunction f : spec.functions()) {
            elements.add(f.centre());
        }
        return new SymmetryFunctions(elements, spec.functions());
    }
}
