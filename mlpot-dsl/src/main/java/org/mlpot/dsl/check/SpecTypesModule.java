package org.mlpot.dsl.check;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.NetworkSpec;
import org.mlpot.spec.SoapSpec;
import org.mlpot.spec.SquaredExponentialKernelSpec;
import org.mlpot.spec.SymmetryFunctionSpec;

/**
 * Registers the block types that ship with mlpot, keyed by their names: descriptors {@code acsf} and
 * {@code soap}, the architecture {@code network}, kernels {@code dot_product} and
 * {@code squared_exponential}. Other modules add types through {@link #descriptors}, {@link #architectures}
 * and {@link #kernels}.
 */
public final class SpecTypesModule extends AbstractModule {

    @Override
    protected void configure() {
        descriptors(binder()).addBinding(SymmetryFunctionSpec.TYPE).to(AcsfType.class);
        descriptors(binder()).addBinding(SoapSpec.TYPE).to(SoapType.class);
        architectures(binder()).addBinding(NetworkSpec.TYPE).to(NetworkType.class);
        kernels(binder()).addBinding(DotProductKernelSpec.TYPE).to(DotProductKernelType.class);
        kernels(binder()).addBinding(SquaredExponentialKernelSpec.TYPE).to(SquaredExponentialKernelType.class);
    }

    /** The map binder of descriptor types. */
    public static MapBinder<String, DescriptorType<?>> descriptors(Binder binder) {
        return MapBinder.newMapBinder(binder, new TypeLiteral<String>() { }, new TypeLiteral<DescriptorType<?>>() { });
    }

    /** The map binder of architecture types. */
    public static MapBinder<String, ArchitectureType<?>> architectures(Binder binder) {
        return MapBinder.newMapBinder(binder, new TypeLiteral<String>() { }, new TypeLiteral<ArchitectureType<?>>() { });
    }

    /** The map binder of kernel types. */
    public static MapBinder<String, KernelType<?>> kernels(Binder binder) {
        return MapBinder.newMapBinder(binder, new TypeLiteral<String>() { }, new TypeLiteral<KernelType<?>>() { });
    }
}
