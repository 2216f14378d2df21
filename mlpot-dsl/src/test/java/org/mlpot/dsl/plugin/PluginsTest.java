package org.mlpot.dsl.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.check.BlockReader;
import org.mlpot.dsl.check.BlockSchema;
import org.mlpot.dsl.check.BlockValues;
import org.mlpot.dsl.check.CheckContext;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.KernelType;
import org.mlpot.dsl.check.Range;
import org.mlpot.dsl.check.Setting;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.dsl.check.SpecPrinter;
import org.mlpot.dsl.check.SpecTypesModule;
import org.mlpot.dsl.check.SpecWriter;
import org.mlpot.dsl.check.ValueKinds;
import org.mlpot.dsl.compile.DescriptorFactory;
import org.mlpot.dsl.compile.DescriptorTypesModule;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.spec.SoapSpec;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.ModelSpec;

/** Plugins given explicitly join the shipped types; two that register one name are refused, naming both. */
class PluginsTest {

    /** A made-up kernel with one setting. */
    record LinearKernelSpec(double scale) implements KernelSpec {
        @Override
        public String type() {
            return "linear";
        }
    }

    /** Its block type. */
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

    /** Registers the linear kernel under a given name. */
    static final class LinearPlugin extends AbstractModule implements MlpotPlugin {
        private final String typeName;

        LinearPlugin(String typeName) {
            this.typeName = typeName;
        }

        @Override
        protected void configure() {
            SpecTypesModule.kernels(binder()).addBinding(typeName).to(LinearKernelType.class);
        }
    }

    /** The same registration from another plugin class. */
    static final class OtherLinearPlugin extends AbstractModule implements MlpotPlugin {
        @Override
        protected void configure() {
            SpecTypesModule.kernels(binder()).addBinding("linear").to(LinearKernelType.class);
        }

        @Override
        public String name() {
            return "other-linear";
        }
    }

    /** A descriptor factory to register twice. */
    static final class SoapAgain implements DescriptorFactory<SoapSpec> {
        @Override
        public Class<SoapSpec> specType() {
            return SoapSpec.class;
        }

        @Override
        public Descriptor create(SoapSpec spec) {
            return new SoapDescriptor(spec.settings());
        }
    }

    private static final String SPEC = "model m {\n  elements Si\n  descriptor soap { cutoff 4  n_max 2  l_max 2 }\n"
            + "  kernel linear { scale 3 }\n  sparse { points 5 }\n}\n";

    @Test
    void explicitPluginsJoinTheShippedTypesForCheckingPrintingAndBuilding() {
        List<MlpotPlugin> plugins = List.of(new LinearPlugin("linear"));
        CompileResult result = SpecCompiler.compile(SPEC, "m.mlpot", plugins);
        assertEquals(List.of(), result.diagnostics());
        ModelSpec spec = result.spec().orElseThrow();
        assertEquals(Optional.of(new LinearKernelSpec(3.0)), spec.kernel());
        String printed = SpecPrinter.print(spec, plugins);
        assertEquals(spec, SpecCompiler.compile(printed, "m.mlpot", plugins).spec().orElseThrow());
        assertEquals(4.0, Guice.createInjector(SpecCompiler.modules(spec, plugins)).getInstance(Descriptor.class).cutoff());
    }

    @Test
    void theUnknownTypeDiagnosticListsPluginTypes() {
        CompileResult result = SpecCompiler.compile(SPEC.replace("kernel linear", "kernel liner"), "m.mlpot",
                List.of(new LinearPlugin("linear")));
        assertEquals("m.mlpot:4:10: error[SPEC-101]: unknown kernel type 'liner'; expected one of: dot_product, linear, "
                + "squared_exponential (did you mean 'linear'?)", result.diagnostics().get(0).header());
    }

    @Test
    void twoPluginsRegisteringOneNameAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecCompiler.compile(SPEC, "m.mlpot", List.of(new LinearPlugin("linear"), new OtherLinearPlugin())));
        assertEquals("the plugins " + LinearPlugin.class.getName() + " and other-linear both register the kernel type "
                + "'linear'; put only one of them on the class path (MLPOT_PLUGINS)", e.getMessage());
    }

    @Test
    void aPluginTakingAShippedNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecCompiler.checker(List.of(new LinearPlugin("dot_product"))));
        assertEquals("the plugin " + LinearPlugin.class.getName() + " registers the kernel type 'dot_product', which "
                + "mlpot ships; give it another name", e.getMessage());
    }

    @Test
    void descriptorFactoriesAreCheckedToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plugins.checkDistinct(
                List.of(new DescriptorTypesModule()), List.of(new AbstractModule() {
                    @Override
                    protected void configure() {
                        DescriptorTypesModule.registry(binder()).addBinding("acsf").to(SoapAgain.class);
                    }

                    @Override
                    public String toString() {
                        return "anonymous";
                    }
                })));
        assertEquals(true, e.getMessage().endsWith(" registers the descriptor factory 'acsf', which mlpot ships; give it "
                + "another name"), e.getMessage());
    }

    @Test
    void noPluginsAreOnThisModulesClassPath() {
        assertEquals(List.of(), Plugins.discovered());
    }
}
