package org.mlpot.dsl.compile;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import org.mlpot.spec.SoapSpec;
import org.mlpot.spec.SymmetryFunctionSpec;

/** Registers the descriptor types that ship with mlpot, keyed by their type names. */
public final class DescriptorTypesModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, DescriptorFactory<?>> types = registry(binder());
        types.addBinding(SymmetryFunctionSpec.TYPE).to(SymmetryFunctionFactory.class);
        types.addBinding(SoapSpec.TYPE).to(SoapFactory.class);
    }

    /** The map binder other modules add descriptor types to. */
    public static MapBinder<String, DescriptorFactory<?>> registry(com.google.inject.Binder binder) {
        return MapBinder.newMapBinder(binder, new TypeLiteral<String>() { }, new TypeLiteral<DescriptorFactory<?>>() { });
    }
}
