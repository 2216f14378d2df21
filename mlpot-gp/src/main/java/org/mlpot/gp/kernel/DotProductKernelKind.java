package org.mlpot.gp.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.spec.DotProductKernelSpec;

/** {@code dot_product} ({@link DotProductKernel}): {@code zeta} and {@code delta} (eV). */
final class DotProductKernelKind implements KernelKind<DotProductKernelSpec, DotProductKernel> {

    @Override
    public String type() {
        return DotProductKernelSpec.TYPE;
    }

    @Override
    public Class<DotProductKernelSpec> specType() {
        return DotProductKernelSpec.class;
    }

    @Override
    public Class<DotProductKernel> kernelClass() {
        return DotProductKernel.class;
    }

    @Override
    public DotProductKernel create(DotProductKernelSpec spec) {
        return new DotProductKernel(spec);
    }

    @Override
    public void write(DotProductKernel kernel, ObjectNode node) {
        node.set("zeta", ModelJson.number(kernel.zeta()));
        node.set("delta", ModelJson.number(kernel.delta()));
    }

    @Override
    public DotProductKernel read(ModelNode node) {
        return new DotProductKernel(node.field("zeta").real(), node.field("delta").real());
    }
}
