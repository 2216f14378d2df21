package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.DataChecks;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.io.FrameFormat;
import org.mlpot.io.FrameReader;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.InputException;
import org.mlpot.potential.CheckedResult;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpot predict}: a potential's energies, forces, stress and per-atom energies for every frame of a file. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Evaluate a potential on every structure of a file and write the results as extended XYZ:",
            "energy, forces, stress (periodic cells) and per-atom energies, as ASE reads them (eV, eV/Å, eV/Å³).",
            "Potentials with a predictive uncertainty add its standard deviations: energy_std (info), and per atom",
            "forces_std and energies_std columns. Labels already in the input are replaced by the predictions.",
            "Frames are evaluated in parallel on --threads threads, one frame per thread, so the numbers do not depend on it."})
final class PredictCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Option(names = {"--in", "--data"}, required = true, paramLabel = "FILE", description = "Structures (extxyz or n2p2).")
    Path input;

    @Option(names = {"-o", "--out", "--output"}, required = true, paramLabel = "FILE.xyz",
            description = "Where to write the predictions (extended XYZ).")
    Path output;

    @Mixin
    JsonOption json;

    @Mixin
    ThreadsOption threads;

    @Mixin
    FileOptions files;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Potential potential = model.potential(1); // one thread per frame: see ParallelFrames
        DataChecks checks = DataChecks.defaults().withAllowedElements(potential.elements());
        ExtrapolationTally extrapolation = new ExtrapolationTally(potential, spec.commandLine().getErr(), "frame");
        long[] counts = {0, 0}; // frames, atoms
        try (FrameReader reader = files.reader(input);
             FrameWriter writer = files.writer(output, FrameFormat.EXTXYZ);
             ParallelFrames workers = new ParallelFrames(threads.count());
             FileProgress progress = FileProgress.start(common, "predict", List.of(input), spec.commandLine().getErr())) {
            workers.forEach(reader, frame -> checks.check(Dataset.of(input + " frame " + counts[0], List.of(frame))),
                    frame -> extrapolation.compute(frame.structure(), properties(frame)),
                    (Frame frame, CheckedResult checked) -> {
                        Result result = extrapolation.record(checked);
                        Labels labels = Labels.of(result.energy(), null, result.forces(),
                                result.stressIfPresent().orElse(null), result.atomEnergies());
                        writer.write(withUncertainty(frame.withLabels(labels), result));
                        counts[1] += frame.structure().size();
                        counts[0]++;
                        progress.frameDone(reader);
                    });
        }
        long frames = counts[0];
        if (frames == 0) {
            throw new InputException(input + ": holds no structures; give a file with at least one frame");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            ObjectNode node = Json.object();
            node.put("model", potential.name());
            Json.put(node, "input", input);
            Json.put(node, "output", output);
            node.put("structures", frames);
            node.put("atoms", counts[1]);
            extrapolation.extrapolating().ifPresent(n -> node.put("extrapolating_frames", n));
            Json.print(out, node);
            return ExitCode.SUCCESS;
        }
        out.printf(Locale.ROOT, "%s: %s predicted, written to %s%n", potential.name(),
                Numbers.count(frames, "structure"), output);
        extrapolation.summary().ifPresent(out::println);
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** Energy, forces, per-atom energies and uncertainty, and the stress of periodic cells. */
    private static Set<Property> properties(Frame frame) {
        Set<Property> properties = EnumSet.of(Property.ENERGY, Property.FORCES, Property.ATOM_ENERGIES, Property.UNCERTAINTY);
        if (frame.structure().cell().fullyPeriodic()) {
            properties.add(Property.STRESS);
        }
        return properties;
    }

    /** The frame with the result's standard deviations as {@code energy_std} and the per-atom columns, if it has any. */
    static Frame withUncertainty(Frame frame, Result result) {
        if (result.uncertaintyIfPresent().isEmpty()) {
            return frame;
        }
        Result.Uncertainty u = result.uncertainty();
        Map<String, InfoValue> info = new LinkedHashMap<>(frame.info());
        u.energyIfPresent().ifPresent(sigma -> info.put("energy_std", new InfoValue.Real(sigma)));
        List<AtomColumn> columns = new ArrayList<>();
        for (AtomColumn c : frame.columns()) {
            if (!c.name().equals("forces_std") && !c.name().equals("energies_std")) {
                columns.add(c);
            }
        }
        if (u.forces() != null) {
            columns.add(new AtomColumn.Reals("forces_std", 3, u.forces().clone()));
        }
        if (u.atomEnergies() != null) {
            columns.add(new AtomColumn.Reals("energies_std", 1, u.atomEnergies().clone()));
        }
        return Frame.of(frame.structure(), frame.labels(), frame.velocities().orElse(null), info, columns, frame.source());
    }
}
