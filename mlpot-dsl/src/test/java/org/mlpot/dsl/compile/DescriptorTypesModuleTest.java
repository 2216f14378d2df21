package org.mlpot.dsl.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.SoapSpec;
import org.mlpot.spec.SymmetryFunctionSpec;
import org.mlpot.structure.Element;

class DescriptorTypesModuleTest {

    @Test
    void buildsTheShippedDescriptorTypesFromSpecs() {
        DescriptorBuilder builder = Guice.createInjector(new DescriptorTypesModule()).getInstance(DescriptorBuilder.class);
        SymmetryFunctions acsf = new SymmetryFunctionGenerator(List.of(Element.Si), 6.0, CutoffShape.of(CutoffType.COS))
                .standardSet(4, 2);
        Descriptor built = builder.build(new SymmetryFunctionSpec(acsf.functions(Element.Si), ScalingType.SCALE_CENTER, 0, 1));
        assertInstanceOf(SymmetryFunctions.class, built);
        assertEquals(acsf.size(Element.Si), built.size(Element.Si));
        assertInstanceOf(SoapDescriptor.class, builder.build(new SoapSpec(SoapSettings.of(List.of(Element.Si), 4.0, 3, 2))));
    }

    /** A descriptor type from outside: a spec record, a factory and one binding. */
    record ConstantSpec(double cutoff) implements DescriptorSpec {
        @Override
        public String type() {
            return "constant";
        }
    }

    @Test
    void aNewTypeIsASpecAFactoryAndABinding() {
        DescriptorFactory<ConstantSpec> factory = new DescriptorFactory<>() {
            @Override
            public Class<ConstantSpec> specType() {
                return ConstantSpec.class;
            }

            @Override
            public Descriptor create(ConstantSpec spec) {
                return new Descriptor() {
                    @Override
                    public List<Element> elements() {
                        return List.of(Element.H);
                    }

                    @Override
                    public double cutoff() {
                        return spec.cutoff();
                    }

                    @Override
                    public int size(Element centre) {
                        return 1;
                    }

                    @Override
                    public int[] sensitivity(Element centre, Element neighbor) {
                        return new int[0];
                    }

                    @Override
                    public void evaluate(AtomEnvironment environment, double[] values, double[] gradients) {
                        values[0] = 1;
                    }
                };
            }
        };
        Injector injector = Guice.createInjector(new DescriptorTypesModule(), new AbstractModule() {
            @Override
            protected void configure() {
                DescriptorTypesModule.registry(binder()).addBinding("constant").toInstance(factory);
            }
        });
        assertEquals(3.0, injector.getInstance(DescriptorBuilder.class).build(new ConstantSpec(3.0)).cutoff());
    }

    @Test
    void unknownTypesAreNamed() {
        DescriptorBuilder builder = Guice.createInjector(new DescriptorTypesModule()).getInstance(DescriptorBuilder.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.build(new ConstantSpec(1)));
        assertTrue(e.getMessage().contains("'constant'") && e.getMessage().contains("acsf"), e.getMessage());
    }
}
