package org.example.mlpot;

import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.check.BlockReader;
import org.mlpot.dsl.check.BlockSchema;
import org.mlpot.dsl.check.BlockValues;
import org.mlpot.dsl.check.CheckContext;
import org.mlpot.dsl.check.KernelType;
import org.mlpot.dsl.check.Range;
import org.mlpot.dsl.check.Setting;
import org.mlpot.dsl.check.SpecWriter;
import org.mlpot.dsl.check.ValueKinds;
import org.mlpot.units.Dimension;
import org.mlpot.units.UnitParser;

/** Checks and prints {@code kernel polynomial { offset 1  degree 3  delta 0.5 eV }}; offset defaults to 1. */
public final class PolynomialKernelType implements KernelType<PolynomialKernelSpec> {
    static final Setting<Double> OFFSET = Setting.withDefault("offset", ValueKinds.real(Range.atLeast(0)), 1.0);
    static final Setting<Integer> DEGREE = Setting.required("degree", ValueKinds.integer(Range.between(1, 20)));
    static final Setting<Double> DELTA = Setting.required("delta",
            ValueKinds.quantity(Dimension.ENERGY, UnitParser.parse("eV"), Range.greaterThan(0)));
    static final BlockSchema SCHEMA = BlockSchema.of(OFFSET, DEGREE, DELTA);

    @Override
    public Class<PolynomialKernelSpec> specType() {
        return PolynomialKernelSpec.class;
    }

    @Override
    public Optional<PolynomialKernelSpec> check(BlockNode block, CheckContext context) {
        BlockValues v = BlockReader.read("kernel " + PolynomialKernelSpec.TYPE, block.key().span(), block.statements(),
                SCHEMA, context);
        return v.complete() ? Optional.of(new PolynomialKernelSpec(v.get(OFFSET), v.get(DEGREE), v.get(DELTA)))
                : Optional.empty();
    }

    @Override
    public void print(PolynomialKernelSpec spec, SpecWriter out) {
        out.open("kernel", PolynomialKernelSpec.TYPE);
        out.setting(OFFSET.name(), SpecWriter.number(spec.offset()));
        out.setting(DEGREE.name(), SpecWriter.integer(spec.degree()));
        out.setting(DELTA.name(), SpecWriter.quantity(spec.delta(), "eV"));
        out.close();
    }
}
