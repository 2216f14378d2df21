/**
 * Plugins of the language: {@link org.mlpot.dsl.plugin.MlpotPlugin}s are Guice modules that register
 * descriptor, architecture and kernel types (and descriptor factories) in the map binders of
 * {@link org.mlpot.dsl.check.SpecTypesModule} and {@link org.mlpot.dsl.compile.DescriptorTypesModule};
 * {@link org.mlpot.dsl.plugin.Plugins} finds them on the class path and refuses two that register
 * the same name. See {@code docs/plugins.md}.
 */
package org.mlpot.dsl.plugin;
