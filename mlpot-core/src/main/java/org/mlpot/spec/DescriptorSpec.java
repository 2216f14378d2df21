package org.mlpot.spec;

/**
 * A checked descriptor block. Each descriptor type (symmetry functions, SOAP, …) has its own record;
 * the type name ties it to the factory that builds the descriptor.
 */
public interface DescriptorSpec {
    /** The type name as written in a spec, such as {@code acsf} or {@code soap}. */
    String type();

    /** The interaction range, Å. */
    double cutoff();
}
