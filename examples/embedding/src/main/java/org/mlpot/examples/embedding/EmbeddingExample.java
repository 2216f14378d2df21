package org.mlpot.examples.embedding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpot.api.Dynamics;
import org.mlpot.api.DynamicsResult;
import org.mlpot.api.EpochErrors;
import org.mlpot.api.ExtXyz;
import org.mlpot.api.Model;
import org.mlpot.api.Spec;
import org.mlpot.api.TrainedModel;
import org.mlpot.api.Training;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.io.FrameWriter;
import org.mlpot.md.ObserverAction;
import org.mlpot.potential.Result;
import org.mlpot.structure.Structure;

/**
 * Uses mlpot from Java through its embedding API only: reads frames, trains a tiny network from a
 * spec with a per-epoch callback, saves and reloads the model, evaluates a batch of structures, runs
 * a short Langevin MD with an observer, and writes extended XYZ files.
 *
 * <p>Usage: {@code EmbeddingExample [EXAMPLE_FOLDER [OUTPUT_FOLDER]]}; the example folder holds
 * {@code tiny-silicon.mlpot} and {@code si-frames.xyz} (default {@code examples/embedding}), the
 * output folder receives {@code tiny-silicon.mlpmodel}, {@code predicted.xyz} and {@code md.xyz}
 * (default {@code embedding-output}).
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Runs the example; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples/embedding");
        Path output = Path.of(args.length > 1 ? args[1] : "embedding-output");
        Files.createDirectories(output);

        // 1. Frames: 12 Stillinger–Weber silicon structures with energies (eV) and forces (eV/Å).
        List<Frame> frames = ExtXyz.read(examples.resolve("si-frames.xyz"));
        System.out.printf(Locale.ROOT, "read %d frames of %d atoms%n", frames.size(), frames.get(0).structure().size());

        // 2. Train the spec on its own data file, printing every epoch's errors; stop if it is already good.
        Spec spec = Spec.load(examples.resolve("tiny-silicon.mlpot"));
        TrainedModel trained = Training.of(spec).withThreads(2).run(errors -> {
            System.out.println(describe(errors));
            double validationForceRmse = errors.validation().map(v -> v.forceRmse().orElse(Double.NaN)).orElse(Double.NaN);
            return validationForceRmse < 0.05 ? ObserverAction.STOP : ObserverAction.CONTINUE; // eV/Å
        });
        System.out.printf(Locale.ROOT, "trained %s: best epoch %d of %d%n", spec.name(), trained.bestEpoch(),
                trained.history().size());

        // 3. Save it (with its provenance) and load it back, checked.
        Path modelFile = output.resolve("tiny-silicon.mlpmodel");
        trained.model().save(modelFile);
        Model model = Model.load(modelFile);
        System.out.println("saved and reloaded " + model.name() + " from " + modelFile);

        // 4. Evaluate the last four frames in one parallel batch and compare with the reference labels.
        List<Frame> tail = frames.subList(frames.size() - 4, frames.size());
        List<Structure> structures = tail.stream().map(Frame::structure).toList();
        List<Result> results = model.evaluate(structures, 2);
        List<Frame> predicted = new ArrayList<>();
        for (int m = 0; m < results.size(); m++) {
            Result result = results.get(m);
            Structure structure = structures.get(m);
            double reference = tail.get(m).labels().energy().getAsDouble();
            System.out.printf(Locale.ROOT, "structure %d: E = %.4f eV/atom (reference %.4f eV/atom)%n", m,
                    result.energy() / structure.size(), reference / structure.size());
            predicted.add(Frame.of(structure, Labels.of(result.energy(), result.forces())));
        }
        Path predictedFile = output.resolve("predicted.xyz");
        ExtXyz.write(predictedFile, predicted);
        System.out.println("wrote " + predictedFile);

        // 5. 50 fs of Langevin MD at 300 K from the first frame, writing every 10th step.
        Path trajectory = output.resolve("md.xyz");
        DynamicsResult md;
        try (FrameWriter writer = ExtXyz.writer(trajectory)) {
            md = Dynamics.langevin(1.0, 300, 0.02).withSeed(7).withObserveEvery(10)
                    .run(model, frames.get(0).structure(), 50, (record, frame) -> {
                        System.out.printf(Locale.ROOT, "md step %3d  t %5.1f fs  Epot %10.4f eV  Etot %10.4f eV  T %6.1f K%n",
                                record.step(), record.time(), record.potentialEnergy(), record.totalEnergy(),
                                record.temperature());
                        writer.write(frame);
                        return ObserverAction.CONTINUE;
                    });
        }
        System.out.printf(Locale.ROOT, "md %s after %d steps; wrote %s%n", md.summary().outcome(), md.summary().steps(),
                trajectory);
    }

    private static String describe(EpochErrors errors) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %2d  train %s", errors.epoch(),
                describe(errors.train())));
        errors.validation().ifPresent(v -> line.append("  validation ").append(describe(v)));
        return line.toString();
    }

    private static String describe(EpochErrors.Errors errors) {
        return String.format(Locale.ROOT, "E %7.2f meV/atom  F %6.1f meV/Å",
                1000 * errors.energyRmsePerAtom().orElse(Double.NaN), 1000 * errors.forceRmse().orElse(Double.NaN));
    }
}
