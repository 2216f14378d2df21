/**
 * Finding plugins: {@link org.mlpot.plugin.ServiceProviders} loads the implementations of a service
 * interface that jars on the class path list in {@code META-INF/services}. Descriptor formats of
 * model files ({@link org.mlpot.io.model.DescriptorFormat}) are found this way; see
 * {@code docs/plugins.md} for the whole plugin story.
 */
package org.mlpot.plugin;
