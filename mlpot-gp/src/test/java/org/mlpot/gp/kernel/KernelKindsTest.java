package org.mlpot.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.io.FormatException;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.io.model.Provenance;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.SumKernelSpec;

/** A plugin's kernel kind builds and stores its kernels beside the shipped kinds; clashes are refused, naming both. */
class KernelKindsTest {

    @TempDir
    Path folder;

    /** {@code k = δ² q·q′}, the plain linear kernel. */
    record LinearKernel(double delta) implements Kernel {
        @Override
        public double value(double[] q, double[] qPrime) {
            Kernel.checkLengths(q, qPrime, null);
            double dot = 0;
            for (int g = 0; g < q.length; g++) {
                dot += q[g] * qPrime[g];
            }
            return delta * delta * dot;
        }

        @Override
        public double valueAndGradient(double[] q, double[] qPrime, double[] gradient) {
            Kernel.checkLengths(q, qPrime, gradient);
            for (int g = 0; g < q.length; g++) {
                gradient[g] = delta * delta * qPrime[g];
            }
            return value(q, qPrime);
        }

        @Override
        public LinearKernel withDelta(double newDelta) {
            return new LinearKernel(newDelta);
        }

        @Override
        public double mixedSecondDerivative(double[] q, double[] qPrime, double[] u, double[] v) {
            Kernel.checkLengths(q, qPrime, u, v);
            double uv = 0;
            for (int g = 0; g < q.length; g++) {
                uv += u[g] * v[g];
            }
            return delta * delta * uv;
        }
    }

    /** Its spec. */
    record LinearKernelSpec(double delta) implements KernelSpec {
        @Override
        public String type() {
            return "linear";
        }
    }

    /** Its kind, under a given type name. */
    static final class LinearKind implements KernelKind<LinearKernelSpec, LinearKernel> {
        private final String type;

        LinearKind(String type) {
            this.type = type;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public Class<LinearKernelSpec> specType() {
            return LinearKernelSpec.class;
        }

        @Override
        public Class<LinearKernel> kernelClass() {
            return LinearKernel.class;
        }

        @Override
        public LinearKernel create(LinearKernelSpec spec) {
            return new LinearKernel(spec.delta());
        }

        @Override
        public void write(LinearKernel kernel, ObjectNode node) {
            node.set("delta", ModelJson.number(kernel.delta()));
        }

        @Override
        public LinearKernel read(ModelNode node) {
            return new LinearKernel(node.field("delta").real());
        }
    }

    private static final KernelKinds WITH_LINEAR = KernelKinds.withPlugins(List.of(new LinearKind("linear")));

    private ModelNode roundTrip(ObjectNode value) {
        ObjectNode model = ModelJson.object();
        model.set("value", value);
        Path file = folder.resolve("kernel.model");
        ModelFiles.write(file, "test", new Provenance("", List.of(), 1, "test", Instant.EPOCH), model);
        return ModelFiles.read(file, "test").model().field("value");
    }

    @Test
    void aPluginKernelIsBuiltFromItsSpecAndRoundTripsAlsoInASum() {
        Kernel kernel = WITH_LINEAR.create(new LinearKernelSpec(0.3));
        assertEquals(new LinearKernel(0.3), kernel);
        SumKernel sum = new SumKernel(List.of(kernel, new DotProductKernel(2, 0.5)), List.<int[]>of(new int[] {2, 3}));
        ObjectNode json = KernelCodec.write(sum, WITH_LINEAR);
        assertEquals("linear", json.get("terms").get(0).get("type").asText());
        SumKernel back = assertInstanceOf(SumKernel.class, KernelCodec.read(roundTrip(json), WITH_LINEAR));
        assertEquals(new LinearKernel(0.3), back.terms().get(0));
        assertEquals(2.0, ((DotProductKernel) back.terms().get(1)).zeta());
    }

    @Test
    void shippedKernelsComeFromTheirKinds() {
        assertInstanceOf(DotProductKernel.class, KernelKinds.shipped().create(new DotProductKernelSpec(4, 0.2)));
        assertEquals(List.of("dot_product", "squared_exponential"),
                KernelKinds.installed().kinds().stream().map(KernelKind::type).toList());
    }

    @Test
    void unknownKernelsAreNamedWithTheKnownOnes() {
        IllegalArgumentException build = assertThrows(IllegalArgumentException.class,
                () -> KernelKinds.shipped().create(new LinearKernelSpec(1)));
        assertEquals("no Gaussian-process kernel for spec type 'linear'; known are dot_product, squared_exponential "
                + "(a plugin's kernel needs its KernelKind on the class path)", build.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WITH_LINEAR.create(new SumKernelSpec(List.of(
                new DotProductKernelSpec(1, 1), new DotProductKernelSpec(2, 1)))));
        IllegalArgumentException write = assertThrows(IllegalArgumentException.class,
                () -> KernelCodec.write(new LinearKernel(1), KernelKinds.shipped()));
        assertEquals("a model file cannot store a kernel of class " + LinearKernel.class.getName() + "; it stores "
                + "DotProductKernel, SquaredExponentialKernel and SumKernel (a plugin's kernel needs its KernelKind on the "
                + "class path)", write.getMessage());
        ModelNode stored = roundTrip(KernelCodec.write(new LinearKernel(1), WITH_LINEAR));
        FormatException read = assertThrows(FormatException.class, () -> KernelCodec.read(stored));
        assertEquals(true, read.getMessage().endsWith("model.value.type: unknown kernel type 'linear'; known are dot_product, "
                + "squared_exponential and sum (a plugin's type needs the plugin's jar on the class path: MLPOT_PLUGINS for the command line)"), read.getMessage());
    }

    @Test
    void clashesAreRefusedNamingBothKinds() {
        IllegalArgumentException shipped = assertThrows(IllegalArgumentException.class,
                () -> KernelKinds.withPlugins(List.of(new LinearKind("dot_product"))));
        assertEquals("two kernel kinds of type 'dot_product': org.mlpot.gp.kernel.DotProductKernelKind (shipped with mlpot) and "
                + LinearKind.class.getName() + "; put only one plugin providing it on the class path", shipped.getMessage());
        IllegalArgumentException sameClass = assertThrows(IllegalArgumentException.class,
                () -> KernelKinds.withPlugins(List.of(new LinearKind("linear"), new LinearKind("also_linear"))));
        assertEquals("two kernel kinds store " + LinearKernel.class.getName() + ": " + LinearKind.class.getName() + " and "
                + LinearKind.class.getName() + "; put only one plugin providing it on the class path", sameClass.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KernelKinds.withPlugins(List.of(new LinearKind("sum"))));
    }
}
