package org.mlpot.dsl.check;

import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.spec.SquaredExponentialKernelSpec;
import org.mlpot.units.Dimension;

/** {@code kernel squared_exponential { length_scale ...  delta ... }}; the length scale is in descriptor units. */
public final class SquaredExponentialKernelType implements KernelType<SquaredExponentialKernelSpec> {
    static final Setting<Double> LENGTH_SCALE = Setting.required("length_scale", ValueKinds.real(Range.greaterThan(0)));
    static final Setting<Double> DELTA = Setting.required("delta",
            ValueKinds.quantity(Dimension.ENERGY, Types.EV, Range.greaterThan(0)));
    static final BlockSchema SCHEMA = BlockSchema.of(LENGTH_SCALE, DELTA);

    @Override
    public Class<SquaredExponentialKernelSpec> specType() {
        return SquaredExponentialKernelSpec.class;
    }

    @Override
    public Optional<SquaredExponentialKernelSpec> check(BlockNode block, CheckContext context) {
        BlockValues v = BlockReader.read("kernel " + SquaredExponentialKernelSpec.TYPE, Types.blame(block),
                block.statements(), SCHEMA, context);
        return v.complete() ? Optional.of(new SquaredExponentialKernelSpec(v.get(LENGTH_SCALE), v.get(DELTA)))
                : Optional.empty();
    }

    @Override
    public void print(SquaredExponentialKernelSpec spec, SpecWriter out) {
        out.open("kernel", SquaredExponentialKernelSpec.TYPE);
        out.setting(LENGTH_SCALE.name(), SpecWriter.number(spec.lengthScale()));
        out.setting(DELTA.name(), SpecWriter.quantity(spec.delta(), "eV"));
        out.close();
    }
}
