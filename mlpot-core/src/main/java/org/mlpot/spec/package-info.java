/**
 * The checked, immutable description of a model that a {@code .mlpot} spec file produces and the
 * model families consume: {@link org.mlpot.spec.ModelSpec} and its parts. Every value is in mlpot's
 * units (eV, Å, fs, K); nothing here knows the text it came from.
 */
package org.mlpot.spec;
