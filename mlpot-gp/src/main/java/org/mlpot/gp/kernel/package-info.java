/**
 * Covariance functions of Gaussian-process potentials over descriptor vectors, with gradients for
 * forces and stress.
 */
package org.mlpot.gp.kernel;
