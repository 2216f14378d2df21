package org.mlpot.spec;

/** A checked architecture block (the model that maps descriptors to atomic energies). */
public interface ArchitectureSpec {
    /** The type name as written in a spec, such as {@code network}. */
    String type();
}
