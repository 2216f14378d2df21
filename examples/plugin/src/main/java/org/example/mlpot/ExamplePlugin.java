package org.example.mlpot;

import com.google.inject.AbstractModule;
import org.mlpot.dsl.check.SpecTypesModule;
import org.mlpot.dsl.compile.DescriptorTypesModule;
import org.mlpot.dsl.plugin.MlpotPlugin;

/**
 * The example plugin: the {@code power} descriptor and the {@code polynomial} kernel for the language.
 * Only bindings, keyed by the spec records' type names. Listed in
 * {@code META-INF/services/org.mlpot.dsl.plugin.MlpotPlugin}.
 */
public final class ExamplePlugin extends AbstractModule implements MlpotPlugin {

    @Override
    protected void configure() {
        SpecTypesModule.descriptors(binder()).addBinding(PowerSpec.TYPE).to(PowerType.class);
        DescriptorTypesModule.registry(binder()).addBinding(PowerSpec.TYPE).to(PowerFactory.class);
        SpecTypesModule.kernels(binder()).addBinding(PolynomialKernelSpec.TYPE).to(PolynomialKernelType.class);
    }
}
