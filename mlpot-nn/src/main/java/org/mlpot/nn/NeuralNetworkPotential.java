package org.mlpot.nn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A Behler–Parrinello (second-generation, short-range) neural-network potential, evaluated as n2p2
 * does: every atom's descriptor is scaled ({@link FeatureScaling}), fed to its element's network,
 * and the output turned into an atomic energy ({@link EnergyNormalization}); the total energy is
 * their sum. Forces and stress come from {@code ∂E/∂G = outputToEv · slope · ∂y/∂Gs} contracted with
 * the descriptor derivatives ({@link StructureFeatures#addForces}, {@link StructureFeatures#addStrainDerivative}).
 * Units: eV and Å. Immutable and thread-safe.
 */
public final class NeuralNetworkPotential implements Potential {
    private final String name;
    private final FeatureCalculator calculator;
    private final FeatureScaling scaling;
    private final DenseNetwork[] networks;
    private final EnergyNormalization normalization;
    private final double outputToEv;
    private final double[] constants;
    private final Set<Element> elements;
    private final int largestInput;
    private final ThreadLocal<DenseNetwork.Workspace[]> workspaces;

    /**
     * A potential.
     *
     * @param name a short name, such as {@code n2p2:H2O_RPBE-D3}
     * @param descriptor the descriptor, in Å
     * @param scaling the scaling of the descriptor's features, for the descriptor's elements in its order
     * @param networks one network per element of the descriptor, in its order, each taking that element's features
     * @param normalization how outputs become energies
     * @param threads threads for the descriptor (1 evaluates in the calling thread)
     * @throws IllegalArgumentException when elements, feature counts or network inputs do not match
     */
    public NeuralNetworkPotential(String name, Descriptor descriptor, FeatureScaling scaling, List<DenseNetwork> networks,
                                  EnergyNormalization normalization, int threads) {
        this.name = Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(descriptor, "descriptor is null");
        this.scaling = Objects.requireNonNull(scaling, "scaling is null");
        Objects.requireNonNull(networks, "networks is null");
        this.normalization = Objects.requireNonNull(normalization, "normalization is null");
        List<Element> order = descriptor.elements();
        if (!scaling.elements().equals(order)) {
            throw new IllegalArgumentException("the scaling is for " + scaling.elements() + " but the descriptor for " + order);
        }
        if (networks.size() != order.size()) {
            throw new IllegalArgumentException(order.size() + " elements need as many networks, got " + networks.size());
        }
        this.networks = new DenseNetwork[order.size()];
        this.constants = new double[order.size()];
        int largest = 0;
        for (int s = 0; s < order.size(); s++) {
            Element e = order.get(s);
            DenseNetwork network = Objects.requireNonNull(networks.get(s), "network of " + e.symbol() + " is null");
            int features = descriptor.size(e);
            if (network.inputSize() != features || scaling.size(s) != features) {
                throw new IllegalArgumentException(e.symbol() + " has " + features + " features, but its network takes "
                        + network.inputSize() + " and its scaling covers " + scaling.size(s));
            }
            this.networks[s] = network;
            this.constants[s] = normalization.constantEv(e);
            largest = Math.max(largest, features);
        }
        this.largestInput = largest;
        this.outputToEv = normalization.outputToEv();
        this.elements = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(order));
        this.calculator = new FeatureCalculator(descriptor, threads);
        DenseNetwork[] nets = this.networks;
        this.workspaces = ThreadLocal.withInitial(() -> {
            DenseNetwork.Workspace[] w = new DenseNetwork.Workspace[nets.length];
            for (int s = 0; s < nets.length; s++) {
                w[s] = nets[s].newWorkspace();
            }
            return w;
        });
    }

    /** The descriptor. */
    public Descriptor descriptor() {
        return calculator.descriptor();
    }

    /** The feature scaling. */
    public FeatureScaling scaling() {
        return scaling;
    }

    /** The network of the descriptor's element {@code species}. */
    public DenseNetwork network(int species) {
        return networks[species];
    }

    /** How outputs become energies. */
    public EnergyNormalization normalization() {
        return normalization;
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        Potential.checkInput(this, structure, properties);
        boolean derivatives = properties.contains(Property.FORCES) || properties.contains(Property.STRESS);
        StructureFeatures features = calculator.compute(structure, derivatives);
        int n = structure.size();
        double[] atomEnergies = new double[n];
        double[] forces = derivatives ? new double[3 * n] : null;
        double[] strain = derivatives ? new double[9] : null;
        double[] input = new double[largestInput];
        double[] gradient = derivatives ? new double[largestInput] : null;
        DenseNetwork.Workspace[] work = workspaces.get();
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            scaling.apply(features, i, input, 0);
            if (!derivatives) {
                atomEnergies[i] = outputToEv * networks[s].evaluate(input, 0, work[s]) + constants[s];
                continue;
            }
            double y = networks[s].evaluateWithGradient(input, 0, gradient, 0, work[s]);
            atomEnergies[i] = outputToEv * y + constants[s];
            int g = features.size(i);
            for (int f = 0; f < g; f++) {
                gradient[f] *= outputToEv;
            }
            scaling.toRawDerivatives(s, gradient, 0);
            features.addForces(i, gradient, 0, forces);
            features.addStrainDerivative(i, gradient, 0, strain);
        }
        return Result.assemble(structure, properties, atomEnergies, forces, strain);
    }

    @Override
    public double cutoff() {
        return calculator.descriptor().cutoff();
    }

    @Override
    public Set<Element> elements() {
        return elements;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (" + calculator.descriptor().elements().size() + " elements, cutoff " + cutoff() + " Å)";
    }
}
