package org.mlpot.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mlpot.structure.Element;

/**
 * A checked model description: what a {@code .mlpot} file says, in mlpot's units.
 *
 * <p>A neural-network model has an {@link ArchitectureSpec}; a Gaussian-process model has a
 * {@link KernelSpec} and a {@link SparseSpec}. A composite model adds a physical baseline (a
 * potential name such as {@code builtin:sw-si}) under the learned correction; a committee trains
 * several models that differ only in their seeds.
 *
 * @param name the model name
 * @param elements the elements, in the spec's order
 * @param referenceEnergies how each element's reference energy is obtained
 * @param descriptors one or more descriptors, concatenated in this order
 * @param architecture the network, for neural-network models
 * @param kernel the kernel, for Gaussian-process models
 * @param sparse the sparse points, for Gaussian-process models
 * @param noise expected errors of the data, if given
 * @param training how to train, if given
 * @param baseline a physical potential under the learned correction, if any
 * @param committee how many models (1 for a single model)
 */
public record ModelSpec(String name, List<Element> elements, Map<Element, ReferenceEnergy> referenceEnergies,
                        List<DescriptorSpec> descriptors, Optional<ArchitectureSpec> architecture,
                        Optional<KernelSpec> kernel, Optional<SparseSpec> sparse, Optional<NoiseSpec> noise,
                        Optional<TrainingSpec> training, Optional<String> baseline, int committee) {

    /** Checks that the parts fit together. */
    public ModelSpec {
        Objects.requireNonNull(name, "name is null");
        elements = List.copyOf(elements);
        referenceEnergies = Map.copyOf(referenceEnergies);
        descriptors = List.copyOf(descriptors);
        Objects.requireNonNull(architecture, "architecture is null");
        Objects.requireNonNull(kernel, "kernel is null");
        Objects.requireNonNull(sparse, "sparse is null");
        Objects.requireNonNull(noise, "noise is null");
        Objects.requireNonNull(training, "training is null");
        Objects.requireNonNull(baseline, "baseline is null");
        if (elements.isEmpty() || new TreeSet<>(elements).size() != elements.size()) {
            throw new IllegalArgumentException("a model needs one or more distinct elements, got " + elements);
        }
        Set<Element> known = Set.copyOf(elements);
        if (!known.containsAll(referenceEnergies.keySet())) {
            throw new IllegalArgumentException("reference energies for elements the model does not have: " + referenceEnergies.keySet());
        }
        if (descriptors.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one descriptor");
        }
        if (architecture.isPresent() == kernel.isPresent()) {
            throw new IllegalArgumentException("a model has either an architecture (neural network) or a kernel (Gaussian process)");
        }
        if (kernel.isPresent() && sparse.isEmpty()) {
            throw new IllegalArgumentException("a Gaussian-process model needs sparse points");
        }
        if (committee < 1) {
            throw new IllegalArgumentException("a committee has at least 1 model, got " + committee);
        }
    }

    /** Whether this is a Gaussian-process model. */
    public boolean isGaussianProcess() {
        return kernel.isPresent();
    }

    /** The largest descriptor cutoff, Å. */
    public double cutoff() {
        double rc = 0;
        for (DescriptorSpec d : descriptors) {
            rc = Math.max(rc, d.cutoff());
        }
        return rc;
    }
}
