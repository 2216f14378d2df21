/**
 * Choosing the sparse points of a sparse Gaussian process: the few representative atomic
 * environments of one element, picked among the descriptor vectors of all training atoms of that
 * element. {@link org.mlpot.gp.sparse.SparsePointSelector#of} gives one selector per
 * {@link org.mlpot.spec.SparseSpec.Selection}.
 */
package org.mlpot.gp.sparse;
