package org.mlpot.gp;

import org.mlpot.potential.AbstractPotentialContractTest;
import org.mlpot.potential.Potential;
import org.mlpot.structure.Structure;

/**
 * The potential contract for a GP on radial symmetry functions + SOAP with one kernel per descriptor
 * (squared exponential + dot product, summed), fitted to Stillinger–Weber silicon.
 */
class GaussianProcessPotentialSumKernelContractTest extends AbstractPotentialContractTest {

    @Override
    protected Potential create() {
        return SiliconSumKernelModel.potential();
    }

    @Override
    protected Structure periodicSample() {
        return SiliconData.contractSample();
    }
}
