package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mlpot.data.DataChecks;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.io.FrameReader;
import org.mlpot.potential.CheckedResult;
import org.mlpot.io.InputException;
import org.mlpot.metrics.Evaluation;
import org.mlpot.metrics.EvaluationMetrics;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpot eval}: errors of a potential against the labels of a data file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Compare a potential's energies, forces and stress with the labels of a data file.",
            "Energy errors are per atom, force errors per Cartesian component, stress errors over the six "
                + "independent components (eV, eV/Å, eV/Å³).",
            "Frames are evaluated in parallel on --threads threads, one frame per thread, so the numbers do not depend on it."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Option(names = {"--data", "--in"}, required = true, paramLabel = "FILE", description = "Labelled structures (extxyz or n2p2).")
    Path data;

    @Option(names = "--plot", paramLabel = "DIR", description = "Also write parity plots and error histograms of the "
            + "energies per atom and the force components as PNG files into DIR (created if needed).")
    Path plotFolder;

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
        Evaluation evaluation = new Evaluation(extrapolation);
        ParityData parity = new ParityData();
        try (FrameReader reader = files.reader(data);
             ParallelFrames workers = new ParallelFrames(threads.count());
             FileProgress progress = FileProgress.start(common, "eval", List.of(data), spec.commandLine().getErr())) {
            workers.forEach(reader, frame -> checks.check(Dataset.of(data.toString(), List.of(frame))),
                    frame -> extrapolation.compute(frame.structure(), properties(frame)),
                    (Frame frame, CheckedResult checked) -> {
                        Result result = extrapolation.record(checked);
                        evaluation.add(frame, result);
                        if (plotFolder != null) {
                            parity.add(frame, result);
                        }
                        progress.frameDone(reader);
                    });
        }
        EvaluationMetrics metrics = evaluation.metrics();
        if (metrics.structures() == 0) {
            throw new InputException(data + ": holds no structures; give a file with at least one frame");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> plots = plotFolder == null ? List.of() : parity.write(plotFolder, potential.name());
        if (json.json) {
            ObjectNode node = toJson(metrics);
            node.put("model", potential.name());
            Json.put(node, "data", data);
            extrapolation.extrapolating().ifPresent(n -> node.put("extrapolating_frames", n));
            if (plotFolder != null) {
                Json.putPaths(node, "plots", plots);
            }
            Json.print(out, node);
            return ExitCode.SUCCESS;
        }
        out.print(table(potential.name(), metrics));
        extrapolation.summary().ifPresent(out::println);
        for (Path plot : plots) {
            out.println("plot: " + plot);
        }
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** What {@link Evaluation#add(Frame)} asks for: forces, stress where labelled and periodic, the uncertainty. */
    private static Set<Property> properties(Frame frame) {
        Set<Property> properties = EnumSet.of(Property.FORCES, Property.UNCERTAINTY);
        if (frame.labels().stress().isPresent() && frame.structure().cell().fullyPeriodic()) {
            properties.add(Property.STRESS);
        }
        return properties;
    }

    /** The errors as JSON: structures, atoms, MAE and RMSE (null without labels), calibration where predicted. */
    static ObjectNode toJson(EvaluationMetrics m) {
        ObjectNode node = Json.object();
        node.put("structures", m.structures());
        node.put("atoms", m.atoms());
        Json.put(node, "energy_mae_per_atom", m.energyMaePerAtom());
        Json.put(node, "energy_rmse_per_atom", m.energyRmsePerAtom());
        Json.put(node, "force_mae", m.forceMae());
        Json.put(node, "force_rmse", m.forceRmse());
        Json.put(node, "stress_rmse", m.stressRmse());
        m.calibration().ifPresent(c -> {
            Json.put(node, "energy_within_1sigma", c.energyWithin1Sigma());
            Json.put(node, "energy_within_2sigma", c.energyWithin2Sigma());
            Json.put(node, "force_within_1sigma", c.forceWithin1Sigma());
            Json.put(node, "force_within_2sigma", c.forceWithin2Sigma());
        });
        return node;
    }

    private String table(String name, EvaluationMetrics m) {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(" on ").append(data).append('\n');
        sb.append(String.format("  %-22s %12d%n", "structures", m.structures()));
        sb.append(String.format("  %-22s %12d%n", "atoms", m.atoms()));
        row(sb, "energy MAE", m.energyMaePerAtom(), "eV/atom");
        row(sb, "energy RMSE", m.energyRmsePerAtom(), "eV/atom");
        row(sb, "force MAE", m.forceMae(), "eV/Å");
        row(sb, "force RMSE", m.forceRmse(), "eV/Å");
        row(sb, "stress RMSE", m.stressRmse(), "eV/Å³");
        m.calibration().ifPresent(c -> {
            fraction(sb, "energy within 1σ", c.energyWithin1Sigma());
            fraction(sb, "energy within 2σ", c.energyWithin2Sigma());
            fraction(sb, "forces within 1σ", c.forceWithin1Sigma());
            fraction(sb, "forces within 2σ", c.forceWithin2Sigma());
        });
        return sb.toString();
    }

    private static void fraction(StringBuilder sb, String label, OptionalDouble value) {
        if (value.isPresent()) {
            sb.append(String.format("  %-22s %11.1f%% of the errors (calibrated: 68%% and 95%%)%n", label, 100 * value.getAsDouble()));
        }
    }

    private static void row(StringBuilder sb, String label, OptionalDouble value, String unit) {
        if (value.isPresent()) {
            sb.append(String.format("  %-22s %12.4e %s%n", label, value.getAsDouble(), unit));
        } else {
            sb.append(String.format("  %-22s %12s (no labels)%n", label, "-"));
        }
    }
}
