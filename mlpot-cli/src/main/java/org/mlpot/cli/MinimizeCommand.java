package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpot.data.Frame;
import org.mlpot.io.FrameFormat;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.InputException;
import org.mlpot.md.Fire;
import org.mlpot.md.MinimizationResult;
import org.mlpot.md.ObserverAction;
import org.mlpot.potential.Potential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpot minimize}: relaxes atomic positions (fixed cell) with FIRE. */
@Command(name = "minimize", aliases = "minimise", mixinStandardHelpOptions = true,
        description = {"Relax atomic positions at fixed cell with FIRE (Bitzek et al. 2006, ASE's parameters) until the "
            + "largest per-atom force is below --fmax.", "Exit code 1 when it does not converge within --max-steps "
                + "(the last structure is still written)."})
final class MinimizeCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Mixin
    StartOptions start;

    @Option(names = "--fmax", defaultValue = "0.05", paramLabel = "EV_PER_A",
            description = "Force threshold in eV/Å (default: ${DEFAULT-VALUE}).")
    double fmax;

    @Option(names = "--max-steps", defaultValue = "10000", paramLabel = "N", description = "Step limit (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = {"-o", "--out", "--output"}, defaultValue = "relaxed.xyz", paramLabel = "FILE",
            description = "The relaxed structure with energy and forces (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--log-every", defaultValue = "50", paramLabel = "N",
            description = "Print a log line every N steps (default: ${DEFAULT-VALUE}).")
    int logEvery;

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
        if (!(fmax > 0) || maxSteps < 0 || logEvery < 1) {
            throw new InputException("--fmax must be positive, --max-steps at least 0 and --log-every at least 1");
        }
        Potential potential = model.potential(threads.count());
        Frame startFrame = start.read(files, potential);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter notes = json.notes(spec);
        if (!common.quiet) {
            notes.printf("# FIRE with %s, %d atoms, fmax %.3g eV/Å%n# %8s %18s %14s%n", potential.name(),
                    startFrame.structure().size(), fmax, "step", "energy/eV", "fmax/(eV/Å)");
            notes.flush();
        }
        MinimizationResult result = new Fire().minimize(potential, startFrame.structure(), fmax, maxSteps, record -> {
            if (!common.quiet && record.step() % logEvery == 0) {
                notes.printf("  %8d %18.8f %14.6e%n", record.step(), record.energy(), record.maxForce());
                notes.flush();
            }
            return ObserverAction.CONTINUE;
        });
        try (FrameWriter writer = files.writer(output, FrameFormat.of(output))) {
            writer.write(result.frame());
        }
        if (json.json) {
            ObjectNode node = Json.object();
            node.put("model", potential.name());
            Json.put(node, "input", start.input);
            node.put("atoms", startFrame.structure().size());
            node.put("converged", result.converged());
            node.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            node.put("steps", result.steps());
            Json.put(node, "energy", result.energy());
            Json.put(node, "max_force", result.maxForce());
            Json.put(node, "fmax", fmax);
            Json.put(node, "output", output);
            Json.print(out, node);
        } else {
            out.printf("# %s after %d steps: energy %.8f eV, max force %.3e eV/Å; written to %s%n",
                    result.converged() ? "converged" : "NOT converged (" + result.outcome() + ")",
                    result.steps(), result.energy(), result.maxForce(), output);
            out.flush();
        }
        return result.converged() ? ExitCode.SUCCESS : ExitCode.FAILURE;
    }
}
