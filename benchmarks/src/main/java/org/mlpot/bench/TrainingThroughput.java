package org.mlpot.bench;

import com.google.inject.Guice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlpot.data.Dataset;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.nn.train.EpochMetrics;
import org.mlpot.nn.train.NeuralNetworkTrainer;
import org.mlpot.nn.train.TrainingListener;
import org.mlpot.nn.train.TrainingOptions;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.TrainingSpec;

/**
 * Training throughput with force training: trains the bundled silicon example
 * ({@code examples/silicon-hdnnp/silicon.mlpot}, 431 SW frames of 63–64 atoms) for a few epochs with
 * each optimiser on 1 and 2 threads and prints training structures per second of epoch wall time.
 * An epoch's time includes the error evaluation on the training and validation frames that follows
 * it, not the one-off descriptor computation. Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar org.mlpot.bench.TrainingThroughput [epochs]}.
 */
public final class TrainingThroughput {
    private TrainingThroughput() {
    }

    /** Prints the table. */
    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path specFile = Path.of("examples/silicon-hdnnp/silicon.mlpot");
        CompileResult compiled = SpecCompiler.compile(specFile);
        if (compiled.hasErrors()) {
            throw new IllegalStateException(compiled.printDiagnostics());
        }
        ModelSpec example = compiled.spec().orElseThrow();
        Descriptor descriptor = Guice.createInjector(SpecCompiler.modules(example)).getInstance(Descriptor.class);
        TrainingSpec t = example.training().orElseThrow();
        Dataset data;
        try (ExtXyzReader reader = ExtXyzReader.open(t.data().get(0))) {
            data = Dataset.read(reader);
        }
        List<Optimizer> optimizers = List.of(new Optimizer.Kalman(0.02), Optimizer.Adam.withLearningRate(0.001),
                new Optimizer.Lbfgs(10));
        System.out.printf(Locale.ROOT, "%-28s %7s %12s %16s%n", "optimizer", "threads", "s/epoch", "structures/s");
        for (Optimizer optimizer : optimizers) {
            for (int threads : new int[] {1, 2}) {
                TrainingSpec training = new TrainingSpec(t.data(), t.validationFraction(), t.testFraction(), t.seed(),
                        t.loss(), optimizer, t.schedule(), epochs, 8, java.util.OptionalInt.empty(), 1000);
                ModelSpec spec = new ModelSpec(example.name(), example.elements(), example.referenceEnergies(),
                        example.descriptors(), example.architecture(), example.kernel(), example.sparse(), example.noise(),
                        Optional.of(training), example.baseline(), example.committee());
                List<EpochMetrics> epochsDone = new ArrayList<>();
                int[] frames = new NeuralNetworkTrainer(spec, descriptor, new TrainingOptions(threads, Optional.empty(), false,
                        Optional.empty(), OptionalLong.empty())).train(data, new TrainingListener() {
                            @Override
                            public void epochFinished(EpochMetrics metrics) {
                                epochsDone.add(metrics);
                            }
                        }).frames();
                double seconds = epochsDone.stream().mapToDouble(EpochMetrics::seconds).sum() / epochsDone.size();
                System.out.printf(Locale.ROOT, "%-28s %7d %12.2f %16.1f%n", describe(optimizer), threads, seconds,
                        frames[0] / seconds);
            }
        }
    }

    private static String describe(Optimizer optimizer) {
        if (optimizer instanceof Optimizer.Kalman k) {
            return "kalman, force_fraction " + k.forceFraction();
        }
        return optimizer instanceof Optimizer.Adam ? "adam, batch 8" : "lbfgs (full batch)";
    }
}
