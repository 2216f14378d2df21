package org.example.mlpot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.dsl.check.SpecPrinter;
import org.mlpot.dsl.plugin.MlpotPlugin;
import org.mlpot.dsl.plugin.Plugins;
import org.mlpot.gp.GaussianProcessModelFile;
import org.mlpot.gp.GaussianProcessPotential;
import org.mlpot.gp.kernel.KernelKind;
import org.mlpot.gp.kernel.KernelKinds;
import org.mlpot.gp.train.GaussianProcessResult;
import org.mlpot.gp.train.GaussianProcessTrainer;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;
import org.mlpot.io.model.DescriptorFormat;
import org.mlpot.io.model.DescriptorFormats;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.ModelNode;
import org.mlpot.io.model.Provenance;
import org.mlpot.nn.NeuralNetworkModelFile;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.nn.train.NeuralNetworkTrainer;
import org.mlpot.nn.train.TrainingListener;
import org.mlpot.nn.train.TrainingOptions;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.StillingerWeber;
import org.mlpot.spec.ModelSpec;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The example plugin end to end, found through {@code META-INF/services} only: a spec using the
 * {@code power} descriptor and the {@code polynomial} kernel compiles, trains a small GP and a small
 * network on Stillinger–Weber silicon, and the model files written and read back predict exactly as
 * the trained models do.
 */
class ExamplePluginTest {
    private static final String GP_SPEC = """
            model si_power_gp {
              elements Si
              reference_energy { Si fit }
              descriptor power { cutoff 4.2 Å  powers 1, 2, 3, 4, 6 }
              kernel polynomial { offset 1  degree 3  delta 1 eV }
              sparse { points 24  selection cur }
              noise { energy 2 meV/atom  forces 100 meV/Å  stress 10 MPa }
              train {
                data "si-sw.xyz"
                validation 20%  seed 3
              }
            }
            """;
    private static final String NN_SPEC = """
            model si_power_nn {
              elements Si
              reference_energy { Si fit }
              descriptor power { cutoff 4.2 Å  powers 1, 2, 3, 4, 6 }
              network { hidden 6  activation tanh  init nguyen_widrow  seed 7 }
              train {
                data "si-sw.xyz"
                validation 20%  seed 3
                loss { energy 1.0  forces 0.1 }
                optimizer adam  learning_rate 1e-3
                epochs 3  batch 4
              }
            }
            """;
    private static final Set<Property> ALL = EnumSet.of(Property.ENERGY, Property.FORCES, Property.STRESS);

    @TempDir
    Path folder;

    /** {@code count} rattled, differently sized 8-atom diamond cells with SW energies and forces. */
    private static List<Frame> frames(int count, long seed) {
        Random random = new Random(seed);
        Potential sw = StillingerWeber.silicon();
        List<Frame> frames = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            Structure s = Crystals.diamond(Element.Si, 5.3 + 0.3 * random.nextDouble());
            double[] p = s.positions();
            for (int k = 0; k < p.length; k++) {
                p[k] += 0.15 * (2 * random.nextDouble() - 1);
            }
            s = s.withPositions(p);
            Result r = sw.evaluate(s, EnumSet.of(Property.ENERGY, Property.FORCES));
            frames.add(Frame.of(s, Labels.of(r.energy(), r.forces())));
        }
        return frames;
    }

    /** Writes the spec and its data into the temporary folder and compiles it as the command line does. */
    private ModelSpec compile(String specText, String fileName) throws IOException {
        try (ExtXyzWriter writer = ExtXyzWriter.open(folder.resolve("si-sw.xyz"))) {
            for (Frame frame : frames(15, 41)) {
                writer.write(frame);
            }
        }
        Path specFile = Files.writeString(folder.resolve(fileName), specText);
        CompileResult result = SpecCompiler.compile(specFile);
        assertEquals(List.of(), result.diagnostics());
        return result.spec().orElseThrow();
    }

    /** The data file back, as the command line reads it. */
    private Dataset data() {
        List<Frame> frames = new ArrayList<>();
        try (ExtXyzReader reader = ExtXyzReader.open(folder.resolve("si-sw.xyz"))) {
            while (reader.hasNext()) {
                frames.add(reader.next());
            }
        }
        return Dataset.of("si-sw.xyz", frames);
    }

    private static Descriptor descriptor(ModelSpec spec) {
        return Guice.createInjector(SpecCompiler.modules(spec)).getInstance(Descriptor.class);
    }

    private static void assertSamePredictions(Potential expected, Potential actual, Set<Property> properties) {
        for (Frame frame : frames(4, 97)) {
            Result e = expected.evaluate(frame.structure(), properties);
            Result a = actual.evaluate(frame.structure(), properties);
            assertEquals(e.energy(), a.energy(), 0.0);
            assertArrayEquals(e.forces(), a.forces(), 0.0);
            assertArrayEquals(e.stress().toVoigt(), a.stress().toVoigt(), 0.0);
            if (properties.contains(Property.UNCERTAINTY)) {
                assertEquals(e.uncertainty().energy(), a.uncertainty().energy(), 0.0);
                assertArrayEquals(e.uncertainty().forces(), a.uncertainty().forces(), 0.0);
            }
        }
    }

    /** The root mean square of the force components of the data, eV/Å. */
    private static double forceRms(Dataset data) {
        double sum = 0;
        int n = 0;
        for (Frame frame : data.frames()) {
            for (double f : frame.labels().forces().orElseThrow()) {
                sum += f * f;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    private static ModelNode storedModel(Path file, String kind) {
        return ModelFiles.read(file, kind).model();
    }

    @Test
    void thePluginIsFoundOnTheClassPath() {
        assertEquals(List.of(ExamplePlugin.class), Plugins.discovered().stream().map(Object::getClass).toList());
        assertEquals(List.of("acsf", "soap", "power"),
                DescriptorFormats.installed().formats().stream().map(DescriptorFormat::type).toList());
        assertEquals(List.of("dot_product", "squared_exponential", "polynomial"),
                KernelKinds.installed().kinds().stream().map(KernelKind::type).toList());
    }

    @Test
    void aGaussianProcessOnThePluginTypesTrainsAndSurvivesItsModelFile() throws IOException {
        ModelSpec spec = compile(GP_SPEC, "si-power-gp.mlpot");
        assertEquals(new PolynomialKernelSpec(1, 3, 1), spec.kernel().orElseThrow());
        Descriptor descriptor = descriptor(spec);
        assertInstanceOf(PowerDescriptor.class, descriptor);
        GaussianProcessResult result = new GaussianProcessTrainer(spec, descriptor, 1).train(data(), note -> { });
        GaussianProcessPotential trained = result.potential();
        assertInstanceOf(PolynomialKernel.class, trained.kernel());
        double forceRmse = result.validation().orElseThrow().forceRmse().orElseThrow();
        assertTrue(forceRmse < 0.9 * forceRms(data()), "a radial descriptor misses SW's angular forces, but the fit should beat"
                + " zero forces: RMSE " + forceRmse + " eV/Å");

        Path file = folder.resolve("si-power.gap");
        GaussianProcessModelFile.write(file, trained, new Provenance(GP_SPEC, List.of(), 3, "test", Instant.EPOCH));
        ModelNode stored = storedModel(file, GaussianProcessModelFile.KIND);
        assertEquals("power", stored.field("descriptor").field("type").text());
        assertEquals("polynomial", stored.field("kernel").field("type").text());
        GaussianProcessPotential loaded = GaussianProcessModelFile.read(file, 1).potential();
        assertEquals(trained.kernel().delta(), loaded.kernel().delta(), 0.0);
        assertSamePredictions(trained, loaded, EnumSet.of(Property.ENERGY, Property.FORCES, Property.STRESS,
                Property.UNCERTAINTY));
    }

    @Test
    void aNetworkOnThePluginDescriptorTrainsAndSurvivesItsModelFile() throws IOException {
        ModelSpec spec = compile(NN_SPEC, "si-power-nn.mlpot");
        Descriptor descriptor = descriptor(spec);
        NeuralNetworkPotential trained = new NeuralNetworkTrainer(spec, descriptor, TrainingOptions.inMemory(1))
                .train(data(), TrainingListener.silent()).potential();

        Path file = folder.resolve("si-power.hdnnp");
        NeuralNetworkModelFile.write(file, trained, new Provenance(NN_SPEC, List.of(), 3, "test", Instant.EPOCH));
        assertEquals("power", storedModel(file, NeuralNetworkModelFile.KIND).field("descriptor").field("type").text());
        NeuralNetworkPotential loaded = NeuralNetworkModelFile.read(file, 1).potential();
        assertInstanceOf(PowerDescriptor.class, loaded.descriptor());
        assertSamePredictions(trained, loaded, ALL);
    }

    @Test
    void theCanonicalPrintOfAPluginSpecChecksBackToTheSameSpec() throws IOException {
        ModelSpec spec = compile(GP_SPEC, "si-power-gp.mlpot");
        String printed = SpecPrinter.print(spec);
        assertTrue(printed.contains("  descriptor power {\n    cutoff 4.2 Å\n    powers 1.0, 2.0, 3.0, 4.0, 6.0\n  }\n"),
                printed);
        assertEquals(spec, SpecCompiler.compile(printed, folder.resolve("printed.mlpot").toString()).spec().orElseThrow());
    }

    @Test
    void pluginsCanBeGivenExplicitly() throws IOException {
        compile(GP_SPEC, "si-power-gp.mlpot");
        Path specFile = folder.resolve("si-power-gp.mlpot");
        List<MlpotPlugin> plugins = List.of(new ExamplePlugin());
        CompileResult result = SpecCompiler.compile(specFile, plugins);
        ModelSpec spec = result.spec().orElseThrow();
        Descriptor descriptor = Guice.createInjector(SpecCompiler.modules(spec, plugins)).getInstance(Descriptor.class);
        String canonical = SpecPrinter.print(spec, plugins);
        assertInstanceOf(PowerDescriptor.class, descriptor);
        assertEquals(spec, SpecCompiler.compile(canonical, specFile.toString(), plugins).spec().orElseThrow());
    }

    @Test
    void unknownTypesAreReportedWithThePluginTypesAmongTheKnownOnes() throws IOException {
        compile(GP_SPEC, "si-power-gp.mlpot");
        String misspelt = GP_SPEC.replace("descriptor power", "descriptor powr").replace("kernel polynomial", "kernel polynomal");
        CompileResult result = SpecCompiler.compile(Files.writeString(folder.resolve("typo.mlpot"), misspelt));
        String file = folder.resolve("typo.mlpot").toString();
        assertEquals(List.of(
                file + ":4:14: error[SPEC-101]: unknown descriptor type 'powr'; expected one of: acsf, power, soap (did you mean 'power'?)",
                file + ":5:10: error[SPEC-101]: unknown kernel type 'polynomal'; expected one of: dot_product, polynomial, "
                        + "squared_exponential (did you mean 'polynomial'?)"),
                result.diagnostics().stream().map(d -> d.header()).toList());
    }
}
