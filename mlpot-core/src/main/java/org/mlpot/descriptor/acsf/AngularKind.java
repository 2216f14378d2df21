package org.mlpot.descriptor.acsf;

/**
 * Which neighbour pairs an angular symmetry function with a narrow and a wide n2p2 variant sums over,
 * and whether the term carries the third side {@code r_jk} of the triangle.
 */
public enum AngularKind {

    /** Narrow: the term also has the radial factor of {@code r_jk}, so pairs need {@code r_jk} inside the support. */
    NARROW,

    /** Wide: the term depends on {@code r_ij}, {@code r_ik} and the angle only; every pair within rc counts. */
    WIDE
}
