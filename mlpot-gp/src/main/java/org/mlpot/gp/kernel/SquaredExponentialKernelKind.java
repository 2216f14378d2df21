package org.mlpot.gp.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.spec.SquaredExponentialKernelSpec;

/** {@code squared_exponential} ({@link SquaredExponentialKernel}): {@code length_scale} (descriptor units) and {@code delta} (eV). */
final class SquaredExponentialKernelKind implements KernelKind<SquaredExponentialKernelSpec, SquaredExponentialKernel> {

    @Override
    public String type() {
        return SquaredExponentialKernelSpec.TYPE;
    }

    @Override
    public Class<SquaredExponentialKernelSpec> specType() {
        return SquaredExponentialKernelSpec.class;
    }

    @Override
    public Class<SquaredExponentialKernel> kernelClass() {
        return SquaredExponentialKernel.class;
    }

    @Override
    public SquaredExponentialKernel create(SquaredExponentialKernelSpec spec) {
        return new SquaredExponentialKernel(spec);
    }

    @Override
    public void write(SquaredExponentialKernel kernel, ObjectNode node) {
        node.set("length_scale", ModelJson.number(kernel.lengthScale()));
        node.set("delta", ModelJson.number(kernel.delta()));
    }

    @Override
    public SquaredExponentialKernel read(ModelNode node) {
        return new SquaredExponentialKernel(node.field("length_scale").real(), node.field("delta").real());
    }
}
