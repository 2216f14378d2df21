package org.mlpot.spec;

/** How an element's reference (isolated-atom) energy is obtained. */
public sealed interface ReferenceEnergy {

    /** A given energy, eV. */
    record Given(double energy) implements ReferenceEnergy {
        /** Checks the energy. */
        public Given {
            if (!Double.isFinite(energy)) {
                throw new IllegalArgumentException("a reference energy must be finite, got " + energy);
            }
        }
    }

    /** Fitted by least squares to the training energies (the per-element offsets that best explain them). */
    record Fitted() implements ReferenceEnergy {
    }

    /** Taken from the training frames that hold a single isolated atom of the element. */
    record IsolatedAtoms() implements ReferenceEnergy {
    }
}
