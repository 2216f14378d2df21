package org.mlpot.spec;

/** A checked kernel block of a Gaussian-process model. */
public interface KernelSpec {
    /** The type name as written in a spec, such as {@code dot_product}. */
    String type();
}
