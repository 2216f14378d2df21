package org.mlpot.gp;

import org.mlpot.potential.AbstractPotentialContractTest;
import org.mlpot.potential.Potential;
import org.mlpot.structure.Structure;

/** The potential contract for a symmetry-function + squared-exponential GP fitted to Stillinger–Weber silicon. */
class GaussianProcessPotentialSymmetryFunctionContractTest extends AbstractPotentialContractTest {

    @Override
    protected Potential create() {
        return SiliconModels.symmetryFunctionsSquaredExponential();
    }

    @Override
    protected Structure periodicSample() {
        return SiliconData.contractSample();
    }
}
