package org.mlpot.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlpot.gp.GaussianProcessModelFile;
import org.mlpot.gp.GaussianProcessPotential;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.Provenance;
import org.mlpot.nn.NeuralNetworkModelFile;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.BuiltinPotentials;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A potential ready to evaluate: a trained neural network or Gaussian process from a model file or
 * from {@link Training}, or a built-in potential. Units: eV, Å; forces are {@code −∂E/∂r}, stress is
 * {@code (1/V) ∂E/∂ε} with ASE's sign.
 *
 * <p><b>Thread safety.</b> A model is immutable and one instance may be shared by any number of
 * threads, which may call {@link #evaluate(Structure)} and {@link #evaluate(List)} at the same time:
 * every {@link Potential} in mlpot is safe for concurrent use and keeps its scratch space per thread.
 * A model loaded with {@link #load(Path)} evaluates each structure in the calling thread, so its
 * results do not depend on how many threads call it, or on the thread count of a batch: the same
 * structure gives the same numbers bit for bit.
 */
public final class Model {
    private final Potential potential;
    private final Provenance provenance; // null for built-in potentials and wrapped ones

    private Model(Potential potential, Provenance provenance) {
        this.potential = potential;
        this.provenance = provenance;
    }

    /**
     * Loads a model file (neural network or Gaussian process) after checking its header, format
     * version and checksum. Each structure is evaluated in the calling thread.
     *
     * @throws InputException when the file does not exist or holds a kind of model this mlpot cannot evaluate
     * @throws FormatException naming the file when it is not a model file, is damaged or of a newer format
     */
    public static Model load(Path file) {
        return load(file, 1);
    }

    /**
     * Loads a model file whose potential computes the descriptors of one structure with
     * {@code atomThreads} threads (for large structures; 1 evaluates in the calling thread). The results
     * are the same bit for bit for any thread count.
     *
     * @throws IllegalArgumentException when atomThreads is less than 1
     * @throws InputException when the file does not exist or holds a kind of model this mlpot cannot evaluate
     * @throws FormatException naming the file when it is not a model file, is damaged or of a newer format
     */
    public static Model load(Path file, int atomThreads) {
        Objects.requireNonNull(file, "file is null");
        if (atomThreads < 1) {
            throw new IllegalArgumentException("atomThreads must be at least 1, got " + atomThreads);
        }
        String kind = ModelFiles.kind(file);
        if (NeuralNetworkModelFile.KIND.equals(kind)) {
            var loaded = NeuralNetworkModelFile.read(file, atomThreads);
            return new Model(loaded.potential(), loaded.provenance());
        }
        if (GaussianProcessModelFile.KIND.equals(kind)) {
            var loaded = GaussianProcessModelFile.read(file, atomThreads);
            return new Model(loaded.potential(), loaded.provenance());
        }
        throw new InputException(file + " holds a model of kind '" + kind
                + "', which this mlpot cannot evaluate; use an mlpot that has that model family");
    }

    /**
     * A built-in potential, such as {@code builtin:sw-si} (Stillinger–Weber silicon) or
     * {@code builtin:lj-ar} (Lennard-Jones argon).
     *
     * @throws InputException naming the available potentials when there is none of that name
     */
    public static Model builtin(String name) {
        Objects.requireNonNull(name, "name is null");
        return BuiltinPotentials.find(name).map(p -> new Model(p, null)).orElseThrow(() -> new InputException(
                "unknown built-in potential '" + name + "'; available: " + String.join(", ", BuiltinPotentials.names())));
    }

    /** A model around any potential, without provenance. */
    public static Model of(Potential potential) {
        return new Model(Objects.requireNonNull(potential, "potential is null"), null);
    }

    /** A model around a potential with where it comes from (written with it by {@link #save}). */
    public static Model of(Potential potential, Provenance provenance) {
        return new Model(Objects.requireNonNull(potential, "potential is null"),
                Objects.requireNonNull(provenance, "provenance is null"));
    }

    /** The model's name, such as the spec's model name or {@code builtin:sw-si}. */
    public String name() {
        return potential.name();
    }

    /** The elements the model can evaluate. */
    public Set<Element> elements() {
        return potential.elements();
    }

    /** The interaction range, Å. */
    public double cutoff() {
        return potential.cutoff();
    }

    /** The underlying potential (thread-safe), for the core's MD, minimisation and metrics. */
    public Potential potential() {
        return potential;
    }

    /** The spec text, data files, seed, mlpot version and time the model was made with, when known. */
    public Optional<Provenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /**
     * Evaluates one structure: energy, forces, per-atom energies, stress when the cell is periodic
     * along all three axes, and the predictive uncertainty for models that have one (Gaussian processes).
     *
     * @throws IllegalArgumentException when the structure holds an element the model does not know
     */
    public Result evaluate(Structure structure) {
        Objects.requireNonNull(structure, "structure is null");
        return potential.evaluate(structure, properties(structure));
    }

    /**
     * Evaluates structures in parallel on as many threads as there are processors; see
     * {@link #evaluate(List, int)}.
     */
    public List<Result> evaluate(List<Structure> structures) {
        return evaluate(structures, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Evaluates structures in parallel over structures, each as {@link #evaluate(Structure)} does;
     * the results are in the order of the structures and equal to evaluating them one by one.
     *
     * @param structures not modified
     * @param threads at most this many threads (1 evaluates in the calling thread)
     * @throws IllegalArgumentException when threads is less than 1, or a structure cannot be evaluated
     *     (the message names its index)
     * @throws CancellationException when the calling thread is interrupted (its interrupt flag is set again)
     */
    public List<Result> evaluate(List<Structure> structures, int threads) {
        Objects.requireNonNull(structures, "structures is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<Structure> batch = List.copyOf(structures);
        Result[] results = new Result[batch.size()];
        int workers = Math.min(threads, batch.size());
        if (workers <= 1) {
            for (int i = 0; i < results.length; i++) {
                results[i] = evaluateInBatch(batch, i);
            }
            return List.of(results);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                        try {
                            results[i] = evaluateInBatch(batch, i);
                        } catch (RuntimeException | Error e) {
                            next.set(results.length); // the other workers stop after their current structure
                            throw e;
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while evaluating " + results.length + " structures");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    private Result evaluateInBatch(List<Structure> batch, int i) {
        try {
            return evaluate(batch.get(i));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("structure " + i + " of the batch: " + e.getMessage(), e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "mlpot-evaluate-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Set<Property> properties(Structure structure) {
        Set<Property> properties = EnumSet.of(Property.ENERGY, Property.FORCES, Property.ATOM_ENERGIES, Property.UNCERTAINTY);
        if (structure.cell().fullyPeriodic()) {
            properties.add(Property.STRESS);
        }
        return properties;
    }

    /**
     * Writes the model to a model file (replacing any file of that name, atomically), with its
     * provenance: a model without one (see {@link #of(Potential)}) is written with an empty spec, no
     * data files and seed 0. The file loads back with {@link #load(Path)} to the same numbers bit for bit.
     *
     * @throws UnsupportedOperationException when the potential is neither a neural network nor a
     *     Gaussian process (built-in potentials have no model file)
     * @throws InputException when the folder does not exist
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file is null");
        Provenance written = provenance != null ? provenance
                : new Provenance("", List.of(), 0, Training.mlpotVersion(), Instant.now());
        if (potential instanceof NeuralNetworkPotential network) {
            NeuralNetworkModelFile.write(file, network, written);
        } else if (potential instanceof GaussianProcessPotential process) {
            GaussianProcessModelFile.write(file, process, written);
        } else {
            throw new UnsupportedOperationException(potential.name() + " is not a neural network or Gaussian process"
                    + " and has no model file");
        }
    }

    @Override
    public String toString() {
        return "Model[" + name() + "]";
    }
}
