package org.mlpot.potential.builtin;

/** Turns gradients with respect to interatomic displacements into forces and the strain derivative. */
final class DisplacementGradient {

    private DisplacementGradient() {
    }

    /**
     * Applies the gradient g = ∂E/∂d of the energy with respect to the displacement d = r_j − r_i:
     * F_j −= g, F_i += g, and the strain derivative Σ g ⊗ d.
     */
    static void apply(int j, int i, double gx, double gy, double gz, double dx, double dy, double dz,
                      double[] forces, double[] strainDerivative) {
        forces[3 * j] -= gx;
        forces[3 * j + 1] -= gy;
        forces[3 * j + 2] -= gz;
        forces[3 * i] += gx;
        forces[3 * i + 1] += gy;
        forces[3 * i + 2] += gz;
        strainDerivative[0] += gx * dx;
        strainDerivative[1] += gx * dy;
        strainDerivative[2] += gx * dz;
        strainDerivative[3] += gy * dx;
        strainDerivative[4] += gy * dy;
        strainDerivative[5] += gy * dz;
        strainDerivative[6] += gz * dx;
        strainDerivative[7] += gz * dy;
        strainDerivative[8] += gz * dz;
    }
}
