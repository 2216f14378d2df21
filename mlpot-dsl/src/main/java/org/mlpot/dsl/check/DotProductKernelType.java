package org.mlpot.dsl.check;

import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.units.Dimension;

/** {@code kernel dot_product { zeta ...  delta ... }}: the SOAP-style dot-product kernel. */
public final class DotProductKernelType implements KernelType<DotProductKernelSpec> {
    static final Setting<Double> ZETA = Setting.required("zeta", ValueKinds.real(Range.greaterThan(0)));
    static final Setting<Double> DELTA = Setting.required("delta",
            ValueKinds.quantity(Dimension.ENERGY, Types.EV, Range.greaterThan(0)));
    static final BlockSchema SCHEMA = BlockSchema.of(ZETA, DELTA);

    @Override
    public Class<DotProductKernelSpec> specType() {
        return DotProductKernelSpec.class;
    }

    @Override
    public Optional<DotProductKernelSpec> check(BlockNode block, CheckContext context) {
        BlockValues v = BlockReader.read("kernel " + DotProductKernelSpec.TYPE, Types.blame(block), block.statements(),
                SCHEMA, context);
        return v.complete() ? Optional.of(new DotProductKernelSpec(v.get(ZETA), v.get(DELTA))) : Optional.empty();
    }

    @Override
    public void print(DotProductKernelSpec spec, SpecWriter out) {
        out.open("kernel", DotProductKernelSpec.TYPE);
        out.setting(ZETA.name(), SpecWriter.number(spec.zeta()));
        out.setting(DELTA.name(), SpecWriter.quantity(spec.delta(), "eV"));
        out.close();
    }
}
