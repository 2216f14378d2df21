/**
 * Feature scaling as n2p2 does it: {@link org.mlpot.descriptor.scaling.FeatureStatistics} (per element
 * and feature: min, max, mean, sigma, atom count) accumulated over a data set by
 * {@link org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator} (mergeable, so parallel or
 * streamed), read and written as n2p2's {@code scaling.data} by
 * {@link org.mlpot.descriptor.scaling.ScalingDataFile}; the linear maps
 * {@link org.mlpot.descriptor.scaling.FeatureScaling} of the five
 * {@link org.mlpot.descriptor.scaling.ScalingType}s; and the extrapolation check
 * ({@link org.mlpot.descriptor.scaling.FeatureStatistics#extrapolation},
 * {@link org.mlpot.descriptor.scaling.ExtrapolationReport}).
 *
 * <p>Features keep the units their descriptor gives them; a scaled feature is dimensionless when its
 * type divides by a spread ({@code SCALE}, {@code SCALE_CENTER}, {@code SIGMA}).
 */
package org.mlpot.descriptor.scaling;
