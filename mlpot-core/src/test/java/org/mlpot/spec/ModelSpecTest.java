package org.mlpot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.structure.Element;

class ModelSpecTest {
    private static final DescriptorSpec SOAP = new SoapSpec(SoapSettings.of(List.of(Element.Si), 5.0, 4, 3));
    private static final NetworkSpec NETWORK = new NetworkSpec(List.of(25, 25), Map.of(Element.Si, List.of(30)),
            NetworkSpec.Activation.TANH, Map.of(Element.O, NetworkSpec.Activation.SHIFTED_SOFTPLUS),
            NetworkSpec.Initialization.NGUYEN_WIDROW, 7, NetworkSpec.Compute.AUTO);

    private static ModelSpec model(Optional<ArchitectureSpec> architecture, Optional<KernelSpec> kernel,
                                   Optional<SparseSpec> sparse) {
        return new ModelSpec("si", List.of(Element.Si), Map.of(Element.Si, new ReferenceEnergy.Fitted()), List.of(SOAP),
                architecture, kernel, sparse, Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    @Test
    void aModelIsEitherANetworkOrAGaussianProcess() {
        assertEquals(5.0, model(Optional.of(NETWORK), Optional.empty(), Optional.empty()).cutoff());
        ModelSpec gp = model(Optional.empty(), Optional.of(new DotProductKernelSpec(4, 0.2)),
                Optional.of(new SparseSpec(500, SparseSpec.Selection.CUR)));
        assertTrue(gp.isGaussianProcess());
        assertThrows(IllegalArgumentException.class, () -> model(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> model(Optional.of(NETWORK), Optional.of(new DotProductKernelSpec(4, 0.2)), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> model(Optional.empty(), Optional.of(new DotProductKernelSpec(4, 0.2)), Optional.empty()));
    }

    @Test
    void elementsAndReferenceEnergiesMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec("x", List.of(Element.Si), Map.of(Element.O,
                new ReferenceEnergy.Given(-1)), List.of(SOAP), Optional.of(NETWORK), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1));
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec("x", List.of(Element.Si, Element.Si), Map.of(),
                List.of(SOAP), Optional.of(NETWORK), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1));
    }

    @Test
    void perElementLayersOverrideTheShared() {
        assertEquals(List.of(30), NETWORK.hidden(Element.Si));
        assertEquals(List.of(25, 25), NETWORK.hidden(Element.O));
        assertEquals(NetworkSpec.Activation.TANH, NETWORK.activation(Element.Si));
        assertEquals(NetworkSpec.Activation.SHIFTED_SOFTPLUS, NETWORK.activation(Element.O));
        assertThrows(IllegalArgumentException.class, () -> new NetworkSpec(List.of(0), Map.of(), NetworkSpec.Activation.TANH,
                Map.of(), NetworkSpec.Initialization.GLOROT, 1, NetworkSpec.Compute.JAVA));
        assertEquals(NetworkSpec.Compute.AUTO, new NetworkSpec(List.of(3), Map.of(), NetworkSpec.Activation.TANH,
                NetworkSpec.Initialization.GLOROT, 1).compute());
    }

    @Test
    void schedulesAndTraining() {
        assertEquals(1e-3 * 0.98 * 0.98, new Schedule.Exponential(0.98).rate(1e-3, 2), 1e-18);
        assertEquals(0.25, new Schedule.Step(0.5, 10).rate(1.0, 25), 0.0);
        assertEquals(0.1, new Schedule.Constant().rate(0.1, 99), 0.0);
        TrainingSpec training = new TrainingSpec(List.of(Path.of("a.xyz")), 0.1, 0.05, 7, new LossWeights(1, 0.1, 0),
                Optimizer.Adam.withLearningRate(1e-3), new Schedule.Constant(), 300, 8, OptionalInt.of(30), 10);
        assertEquals(300, training.epochs());
        assertThrows(IllegalArgumentException.class, () -> new TrainingSpec(List.of(Path.of("a.xyz")), 0.6, 0.5, 7,
                new LossWeights(1, 0, 0), Optimizer.Adam.withLearningRate(1e-3), new Schedule.Constant(), 1, 1,
                OptionalInt.empty(), 1));
        assertThrows(IllegalArgumentException.class, () -> new LossWeights(0, 0, 0));
    }

    @Test
    void noiseOverridesPerConfigType() {
        NoiseSpec liquid = new NoiseSpec(0.005, 0.2, 0.01, Map.of());
        NoiseSpec noise = new NoiseSpec(0.001, 0.05, 0.005, Map.of("liquid", liquid));
        assertEquals(liquid, noise.forConfigType("liquid"));
        assertEquals(noise, noise.forConfigType("crystal"));
        assertThrows(IllegalArgumentException.class, () -> new NoiseSpec(0, 0.05, 0.005, Map.of()));
    }
}
