package org.mlpot.gp;

import org.mlpot.potential.AbstractPotentialContractTest;
import org.mlpot.potential.Potential;
import org.mlpot.structure.Structure;

/** The potential contract for a SOAP + dot-product GP fitted to Stillinger–Weber silicon. */
class GaussianProcessPotentialSoapContractTest extends AbstractPotentialContractTest {

    @Override
    protected Potential create() {
        return SiliconModels.soapDotProduct();
    }

    @Override
    protected Structure periodicSample() {
        return SiliconData.contractSample();
    }
}
