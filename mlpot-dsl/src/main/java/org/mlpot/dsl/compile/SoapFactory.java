package org.mlpot.dsl.compile;

import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.spec.SoapSpec;

/** Builds the SOAP power spectrum from its spec. */
final class SoapFactory implements DescriptorFactory<SoapSpec> {

    @Override
    public Class<SoapSpec> specType() {
        return SoapSpec.class;
    }

    @Override
    public Descriptor create(SoapSpec spec) {
        return new SoapDescriptor(spec.settings());
    }
}
