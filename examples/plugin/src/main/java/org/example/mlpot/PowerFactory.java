package org.example.mlpot;

import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.compile.DescriptorFactory;

/** Builds the power descriptor from its spec. */
public final class PowerFactory implements DescriptorFactory<PowerSpec> {

    @Override
    public Class<PowerSpec> specType() {
        return PowerSpec.class;
    }

    @Override
    public Descriptor create(PowerSpec spec) {
        return new PowerDescriptor(spec);
    }
}
