package org.mlpot.descriptor.soap;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.mlpot.structure.Element;

/**
 * The settings of a {@link SoapDescriptor}; immutable. Names follow QUIP's {@code soap} descriptor
 * where it has one.
 *
 * @param cutoff the cutoff radius {@code rc}, Å; neighbours at {@code r ≥ rc} are ignored
 * @param cutoffTransitionWidth QUIP's {@code cutoff_transition_width}, Å: the neighbour weight
 *     {@code fc(r)} falls smoothly from 1 at {@code rc − width} to 0 at {@code rc}; in {@code (0, rc]}
 * @param atomSigma QUIP's {@code atom_sigma} σ, Å: the width of the Gaussian put on every atom; positive
 * @param nMax the number of radial basis functions, 1 to 20
 * @param lMax the largest angular momentum, 0 to 20
 * @param radialBasis the primitive radial functions
 * @param centralWeight QUIP's {@code central_weight}: the weight of the Gaussian on the centre atom
 *     itself in the density of its own species (0 leaves it out); finite
 * @param species the elements, as centres and as neighbours, in the order that orders the features;
 *     not empty, no duplicates
 * @param normalize whether the power spectrum is divided by its Euclidean norm
 */
public record SoapSettings(double cutoff, double cutoffTransitionWidth, double atomSigma, int nMax, int lMax,
                           SoapRadialBasis radialBasis, double centralWeight, List<Element> species, boolean normalize) {
    /** The default cutoff transition width, Å (QUIP's default). */
    public static final double DEFAULT_CUTOFF_TRANSITION_WIDTH = 0.5;
    /** The default atom Gaussian width σ, Å (QUIP's default). */
    public static final double DEFAULT_ATOM_SIGMA = 0.5;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException when a value is out of range, with the accepted range
     */
    public SoapSettings {
        Objects.requireNonNull(radialBasis, "radialBasis is null");
        Objects.requireNonNull(species, "species is null");
        species = List.copyOf(species);
        if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("the SOAP cutoff must be a positive number of Å, got " + cutoff);
        }
        if (!(cutoffTransitionWidth > 0) || cutoffTransitionWidth > cutoff) {
            throw new IllegalArgumentException("the SOAP cutoff transition width must be in (0, cutoff = " + cutoff
                    + "] Å, got " + cutoffTransitionWidth);
        }
        if (!(atomSigma > 0) || !Double.isFinite(atomSigma)) {
            throw new IllegalArgumentException("the SOAP atom sigma must be a positive number of Å, got " + atomSigma);
        }
        if (nMax < 1 || nMax > 20) {
            throw new IllegalArgumentException("the SOAP n_max must be from 1 to 20, got " + nMax);
        }
        if (lMax < 0 || lMax > 20) {
            throw new IllegalArgumentException("the SOAP l_max must be from 0 to 20, got " + lMax);
        }
        if (!Double.isFinite(centralWeight)) {
            throw new IllegalArgumentException("the SOAP central weight must be finite, got " + centralWeight);
        }
        if (species.isEmpty()) {
            throw new IllegalArgumentException("the SOAP descriptor needs at least one species");
        }
        if (new HashSet<>(species).size() != species.size()) {
            throw new IllegalArgumentException("the SOAP species list repeats an element: " + species);
        }
    }

    /**
     * Settings with QUIP's defaults for the rest: transition width 0.5 Å, σ 0.5 Å, GTO radial basis,
     * central weight 1, normalised.
     */
    public static SoapSettings of(List<Element> species, double cutoff, int nMax, int lMax) {
        return new SoapSettings(cutoff, DEFAULT_CUTOFF_TRANSITION_WIDTH, DEFAULT_ATOM_SIGMA, nMax, lMax,
                SoapRadialBasis.GTO, 1.0, species, true);
    }

    /** These settings with another cutoff transition width, Å. */
    public SoapSettings withCutoffTransitionWidth(double width) {
        return new SoapSettings(cutoff, width, atomSigma, nMax, lMax, radialBasis, centralWeight, species, normalize);
    }

    /** These settings with another atom Gaussian width σ, Å. */
    public SoapSettings withAtomSigma(double sigma) {
        return new SoapSettings(cutoff, cutoffTransitionWidth, sigma, nMax, lMax, radialBasis, centralWeight, species,
                normalize);
    }

    /** These settings with another radial basis. */
    public SoapSettings withRadialBasis(SoapRadialBasis basis) {
        return new SoapSettings(cutoff, cutoffTransitionWidth, atomSigma, nMax, lMax, basis, centralWeight, species,
                normalize);
    }

    /** These settings with another central-atom weight. */
    public SoapSettings withCentralWeight(double weight) {
        return new SoapSettings(cutoff, cutoffTransitionWidth, atomSigma, nMax, lMax, radialBasis, weight, species,
                normalize);
    }

    /** These settings with normalisation switched on or off. */
    public SoapSettings withNormalize(boolean normalized) {
        return new SoapSettings(cutoff, cutoffTransitionWidth, atomSigma, nMax, lMax, radialBasis, centralWeight, species,
                normalized);
    }
}
