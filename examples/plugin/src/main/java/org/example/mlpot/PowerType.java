package org.example.mlpot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.check.BlockReader;
import org.mlpot.dsl.check.BlockSchema;
import org.mlpot.dsl.check.BlockValues;
import org.mlpot.dsl.check.CheckContext;
import org.mlpot.dsl.check.DescriptorType;
import org.mlpot.dsl.check.Range;
import org.mlpot.dsl.check.Setting;
import org.mlpot.dsl.check.SpecWriter;
import org.mlpot.dsl.check.ValueKinds;
import org.mlpot.units.Dimension;
import org.mlpot.units.UnitParser;

/** Checks and prints {@code descriptor power { cutoff 4.5 Å  powers [1, 2, 3] }}; the elements are the model's. */
public final class PowerType implements DescriptorType<PowerSpec> {
    static final Setting<Double> CUTOFF = Setting.required("cutoff",
            ValueKinds.quantity(Dimension.LENGTH, UnitParser.parse("Å"), Range.greaterThan(0)));
    static final Setting<List<Double>> POWERS = Setting.required("powers",
            ValueKinds.list(ValueKinds.real(Range.greaterThan(0)), 1, 32));
    static final BlockSchema SCHEMA = BlockSchema.of(CUTOFF, POWERS);

    @Override
    public Class<PowerSpec> specType() {
        return PowerSpec.class;
    }

    @Override
    public Optional<PowerSpec> check(BlockNode block, CheckContext context) {
        BlockValues v = BlockReader.read("descriptor " + PowerSpec.TYPE, block.key().span(), block.statements(), SCHEMA,
                context);
        if (!v.complete() || context.elements().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PowerSpec(context.elements().get(), v.get(CUTOFF), v.get(POWERS)));
    }

    @Override
    public void print(PowerSpec spec, SpecWriter out) {
        List<String> powers = new ArrayList<>();
        spec.powers().forEach(p -> powers.add(SpecWriter.number(p)));
        out.open("descriptor", PowerSpec.TYPE);
        out.setting(CUTOFF.name(), SpecWriter.quantity(spec.cutoff(), "Å"));
        out.setting(POWERS.name(), SpecWriter.list(powers));
        out.close();
    }
}
