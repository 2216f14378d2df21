package org.mlpot.dsl.plugin;

import com.google.inject.Module;

/**
 * A plugin of mlpot: a Guice module that only declares bindings, adding block types to the map binders
 * of {@link org.mlpot.dsl.check.SpecTypesModule} (for checking and printing specs) and descriptor
 * factories to {@link org.mlpot.dsl.compile.DescriptorTypesModule#registry} (for building
 * descriptors). {@link org.mlpot.dsl.check.SpecCompiler} installs every plugin that a
 * {@code META-INF/services/org.mlpot.dsl.plugin.MlpotPlugin} file on the class path names (the class
 * needs a public no-argument constructor), beside the shipped types. Model files and kernels have
 * their own plugin interfaces, {@link org.mlpot.io.model.DescriptorFormat} and mlpot-gp's
 * {@code KernelKind}. Usually written as {@code extends AbstractModule implements MlpotPlugin}.
 */
public interface MlpotPlugin extends Module {

    /** The name messages use for this plugin; its class name unless overridden. */
    default String name() {
        return getClass().getName();
    }
}
