/**
 * Cutoff functions and functions with compact support, as n2p2 defines them: the cutoff types 0–8
 * with an inner cutoff ({@link org.mlpot.descriptor.cutoff.CutoffFunction}) and the polynomial and
 * exponential bumps of n2p2's polynomial symmetry functions
 * ({@link org.mlpot.descriptor.cutoff.CompactFunction}). All are immutable.
 */
package org.mlpot.descriptor.cutoff;
