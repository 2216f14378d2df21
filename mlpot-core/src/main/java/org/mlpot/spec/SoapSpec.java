package org.mlpot.spec;

import java.util.Objects;
import org.mlpot.descriptor.soap.SoapSettings;

/**
 * The SOAP power spectrum.
 *
 * @param settings the descriptor settings
 */
public record SoapSpec(SoapSettings settings) implements DescriptorSpec {
    /** The type name. */
    public static final String TYPE = "soap";

    /** Checks the arguments. */
    public SoapSpec {
        Objects.requireNonNull(settings, "settings is null");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public double cutoff() {
        return settings.cutoff();
    }
}
