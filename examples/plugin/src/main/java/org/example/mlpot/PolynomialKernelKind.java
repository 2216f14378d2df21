package org.example.mlpot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlpot.gp.kernel.KernelKind;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;

/** Builds the polynomial kernel for the GP trainer and stores it in model files: {@code offset}, {@code degree}, {@code delta} (eV). */
public final class PolynomialKernelKind implements KernelKind<PolynomialKernelSpec, PolynomialKernel> {

    @Override
    public String type() {
        return PolynomialKernelSpec.TYPE;
    }

    @Override
    public Class<PolynomialKernelSpec> specType() {
        return PolynomialKernelSpec.class;
    }

    @Override
    public Class<PolynomialKernel> kernelClass() {
        return PolynomialKernel.class;
    }

    @Override
    public PolynomialKernel create(PolynomialKernelSpec spec) {
        return new PolynomialKernel(spec);
    }

    @Override
    public void write(PolynomialKernel kernel, ObjectNode node) {
        node.set("offset", ModelJson.number(kernel.spec().offset()));
        node.put("degree", kernel.spec().degree());
        node.set("delta", ModelJson.number(kernel.delta()));
    }

    @Override
    public PolynomialKernel read(ModelNode node) {
        return new PolynomialKernel(new PolynomialKernelSpec(node.field("offset").real(), node.field("degree").integer(),
                node.field("delta").real()));
    }
}
