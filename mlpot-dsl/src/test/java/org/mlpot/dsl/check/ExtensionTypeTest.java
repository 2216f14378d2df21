package org.mlpot.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.parser.SpecParser;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.ModelSpec;

/** A new block type is a spec record, a type and one map binding; the checker itself does not change. */
class ExtensionTypeTest {

    /** A made-up kernel with one setting. */
    record LinearKernelSpec(double scale) implements KernelSpec {
        @Override
        public String type() {
            return "linear";
        }
    }

    /** Its block type, written with the schema vocabulary. */
    static final class LinearKernelType implements KernelType<LinearKernelSpec> {
        static final Setting<Double> SCALE = Setting.withDefault("scale", ValueKinds.real(Range.greaterThan(0)), 1.0);

        @Override
        public Class<LinearKernelSpec> specType() {
            return LinearKernelSpec.class;
        }

        @Override
        public Optional<LinearKernelSpec> check(BlockNode block, CheckContext context) {
            BlockValues v = BlockReader.read("kernel linear", block.key().span(), block.statements(), BlockSchema.of(SCALE),
                    context);
            return v.complete() ? Optional.of(new LinearKernelSpec(v.get(SCALE))) : Optional.empty();
        }

        @Override
        public void print(LinearKernelSpec spec, SpecWriter out) {
            out.open("kernel", "linear").setting(SCALE.name(), SpecWriter.number(spec.scale())).close();
        }
    }

    private static final String SPEC = "model m {\n  elements Si\n  descriptor soap { cutoff 4  n_max 2  l_max 2 }\n"
            + "  kernel linear { scale 3 }\n  sparse { points 5 }\n}\n";

    @Test
    void aRegisteredKernelTypeIsCheckedAndPrinted() {
        var injector = Guice.createInjector(new SpecTypesModule(), new AbstractModule() {
            @Override
            protected void configure() {
                SpecTypesModule.kernels(binder()).addBinding("linear").to(LinearKernelType.class);
            }
        });
        SpecChecker checker = injector.getInstance(SpecChecker.class);
        CheckResult result = checker.check(SpecParser.parse(SPEC, "m.mlpot").spec().orElseThrow());
        assertEquals(List.of(), result.diagnostics());
        ModelSpec spec = result.spec().orElseThrow();
        assertEquals(Optional.of(new LinearKernelSpec(3.0)), spec.kernel());
        String printed = injector.getInstance(SpecPrinter.class).write(spec);
        assertTrue(printed.contains("  kernel linear {\n    scale 3.0\n  }\n"), printed);
        assertEquals(spec, checker.check(SpecParser.parse(printed, "m.mlpot").spec().orElseThrow()).spec().orElseThrow());
    }

    @Test
    void withoutTheBindingTheTypeIsUnknown() {
        CompileResult result = SpecCompiler.compile(SPEC, "m.mlpot");
        assertEquals("m.mlpot:4:10: error[SPEC-101]: unknown kernel type 'linear'; expected one of: dot_product, "
                + "squared_exponential", result.diagnostics().get(0).header());
    }
}
