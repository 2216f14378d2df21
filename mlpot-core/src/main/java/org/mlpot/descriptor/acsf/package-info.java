/**
 * Atom-centred symmetry functions exactly as n2p2 defines them: the records of the eleven types
 * (2, 3, 9, 12, 13, 20–25) behind {@link org.mlpot.descriptor.acsf.SymmetryFunction} (each narrow/wide
 * pair of types, 3/9, 21/22 and 24/25, is one record with an {@link org.mlpot.descriptor.acsf.AngularKind}),
 * the descriptor {@link org.mlpot.descriptor.acsf.SymmetryFunctions} (n2p2's sorted order, analytic
 * gradients) and {@link org.mlpot.descriptor.acsf.N2p2SymmetryFunctionReader} for n2p2's
 * {@code input.nn}.
 *
 * <p>How the evaluation is organised, per centre element: every neighbour entry evaluates each
 * distinct cutoff function and each distinct radial kernel (Gaussian times cutoff, or compact
 * function) once; radial functions then cost one multiply-add each. The angular functions of all
 * types run in one loop over unordered pairs of the entries within the largest angular cutoff,
 * skipping pairs whose element combination has no function; per pair, the angle, {@code r_jk}, the
 * kernels at {@code r_jk} and each distinct angular term are computed once. The Gaussian of an
 * angular term is the product of the per-entry Gaussians, {@code exp(−η(a² + b²)) = exp(−ηa²)exp(−ηb²)},
 * equal to n2p2's single exponential up to rounding. Integer ζ uses an integer power, as in n2p2.
 *
 * <p>Wide angular functions (type 9) with integer ζ ≤ 6 and |λ| ≤ 1 leave the pair loop: the
 * binomial expansion of {@code (1 + λ cos θ)^ζ} turns their pair sums into contractions of
 * symmetric moment tensors {@code Σ_j R(r_j) u_j^{⊗n}}, exact up to rounding and linear in the
 * number of neighbours (see {@code WideAngularMoments}).
 */
package org.mlpot.descriptor.acsf;
