package org.mlpot.descriptor.soap;

/**
 * The primitive radial functions {@code φ_k(r)}, {@code k = 0 … n_max−1}, on {@code [0, rc]} from
 * which the SOAP radial basis is made. Either choice is orthonormalised numerically with the weight
 * {@code r²} on {@code [0, rc]}, in Gram–Schmidt order ({@code g_n} is a combination of
 * {@code φ_0 … φ_n}; DScribe and QUIP use the symmetric Löwdin form, which spans the same functions),
 * so only the span of the primitives matters, not their scale.
 */
public enum SoapRadialBasis {
    /**
     * Gaussians {@code φ_k(r) = exp(−α_k r²)} whose widths are spread over the cutoff as in DScribe
     * (Himanen et al., Comput. Phys. Commun. 247, 106949 (2020)): {@code φ_k} falls to 10⁻³ at
     * {@code a_k = rc (k+1)/n_max}, that is {@code α_k = ln(1000)/a_k²}. Unlike DScribe, the primitives
     * carry no {@code r^l} factor: one radial basis serves every {@code l}.
     */
    GTO,
    /**
     * Polynomials {@code φ_k(r) ∝ (rc − r)^(k+3)}, that is Bartók's {@code (rc − r)^(α+2)} with
     * {@code α = 1 … n_max} (Bartók, Kondor, Csányi, Phys. Rev. B 87, 184115 (2013)).
     * The overlap of these primitives is ill-conditioned: {@code n_max} above about 12 is refused.
     */
    POLYNOMIAL
}
