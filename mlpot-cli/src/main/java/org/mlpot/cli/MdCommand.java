package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpot.cli.plot.MdTraces;
import org.mlpot.data.Frame;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.InputException;
import org.mlpot.md.Integrator;
import org.mlpot.md.Langevin;
import org.mlpot.md.MaxwellBoltzmann;
import org.mlpot.md.MdRecord;
import org.mlpot.md.MdRunResult;
import org.mlpot.md.MdState;
import org.mlpot.md.MolecularDynamics;
import org.mlpot.md.ObserverAction;
import org.mlpot.md.VelocityVerlet;
import org.mlpot.potential.Potential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpot md}: molecular dynamics with velocity Verlet (NVE) or a Langevin thermostat (NVT). */
@Command(name = "md", mixinStandardHelpOptions = true,
        description = {"Run molecular dynamics: velocity Verlet (NVE, --thermostat none) or Langevin (NVT, BAOAB).",
            "Velocities start from a Maxwell-Boltzmann distribution at --temperature (or the file's, with "
                + "--keep-velocities); the trajectory is written as extended XYZ with energies, forces and momenta.",
            "Exit code 1 when the simulation becomes unstable (positions or energies stop being finite)."})
final class MdCommand implements Callable<Integer> {
    /** Thermostats. */
    enum Thermostat { langevin, none }

    @Mixin
    ModelOption model;

    @Mixin
    StartOptions start;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of time steps.")
    long steps;

    @Option(names = "--dt", defaultValue = "1.0", paramLabel = "FS", description = "Time step in fs (default: ${DEFAULT-VALUE}).")
    double dt;

    @Option(names = "--temperature", defaultValue = "300", paramLabel = "K",
            description = "Target (Langevin) and initial temperature in K (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--thermostat", defaultValue = "langevin", paramLabel = "langevin|none",
            description = "langevin (NVT) or none (NVE) (default: ${DEFAULT-VALUE}).")
    Thermostat thermostat;

    @Option(names = "--friction", defaultValue = "0.01", paramLabel = "1/FS",
            description = "Langevin friction in 1/fs (default: ${DEFAULT-VALUE}, a 100 fs damping time).")
    double friction;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed for initial velocities and Langevin noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep-velocities", description = "Start from the input frame's velocities (momenta) instead of drawing new ones.")
    boolean keepVelocities;

    @Option(names = {"-o", "--out", "--output"}, defaultValue = "traj.xyz", paramLabel = "FILE",
            description = "Trajectory file, extended XYZ (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--every", defaultValue = "10", paramLabel = "N",
            description = "Write a frame every N steps (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--plot", paramLabel = "DIR", description = "Also write energy.png and temperature.png, the traces "
            + "against time (every --every steps, as the trajectory), into DIR (created if needed).")
    Path plotFolder;

    @Option(names = "--log-every", defaultValue = "100", paramLabel = "N",
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
        requireSettings();
        ExtrapolationTally potential = new ExtrapolationTally(model.potential(threads.count()), spec.commandLine().getErr(),
                "evaluation");
        Frame startFrame = start.read(files, potential);
        double[] velocities = keepVelocities
                ? startFrame.velocities().orElseThrow(() -> new InputException(start.input + ": frame " + start.frame
                        + " has no velocities (momenta column); drop --keep-velocities to draw them at --temperature"))
                : MaxwellBoltzmann.velocities(startFrame.structure(), temperature, seed);
        MdState state = MdState.create(potential, startFrame.structure(), velocities);
        Integrator integrator = thermostat == Thermostat.langevin
                ? new Langevin(dt, temperature, friction, seed)
                : new VelocityVerlet(dt);
        MolecularDynamics md = new MolecularDynamics(integrator, gcd(every, logEvery));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter notes = json.notes(spec);
        MdLog log = new MdLog(notes, common.quiet, startFrame.structure().size(), thermostat == Thermostat.none);

        MdRunResult result;
        List<MdRecord> traces = new ArrayList<>();
        long began = System.nanoTime();
        try (FrameWriter trajectory = files.writer(output, org.mlpot.io.FrameFormat.EXTXYZ);
             Progress progress = common.progress("md", steps, "steps", spec.commandLine().getErr())) {
            log.header(potential.name(), integrator, state);
            result = md.run(state, steps, (MdRecord record, MdState live) -> {
                if (record.step() % every == 0) {
                    trajectory.write(live.snapshot());
                    if (plotFolder != null) {
                        traces.add(record);
                    }
                }
                if (record.step() % logEvery == 0) {
                    log.line(record);
                }
                double seconds = (System.nanoTime() - began) * 1e-9;
                progress.stepTo(record.step(), String.format(java.util.Locale.ROOT, ", T %.0f K, %.3f ns/day", record.temperature(),
                        nsPerDay(record.time(), seconds)));
                return ObserverAction.CONTINUE;
            });
        }
        double seconds = (System.nanoTime() - began) * 1e-9;
        double speed = nsPerDay(result.last().time(), seconds);
        List<Path> plots = plotFolder == null ? List.of() : MdTraces.write(plotFolder, potential.name(), traces);
        int code = result.completed() ? ExitCode.SUCCESS : ExitCode.FAILURE;
        if (json.json) {
            Json.print(out, toJson(potential, startFrame.structure().size(), result, log, seconds, speed, plots));
            return code;
        }
        log.summary(result, seconds, speed, output);
        potential.summary().ifPresent(line -> {
            out.println(line);
            out.flush();
        });
        for (Path plot : plots) {
            out.println("plot: " + plot);
        }
        out.flush();
        return code;
    }

    private ObjectNode toJson(ExtrapolationTally potential, int atoms, MdRunResult result, MdLog log, double seconds,
                              double speed, List<Path> plots) {
        MdRecord last = result.last();
        ObjectNode node = Json.object();
        node.put("model", potential.name());
        Json.put(node, "input", start.input);
        node.put("atoms", atoms);
        node.put("ensemble", thermostat == Thermostat.none ? "NVE" : "NVT");
        node.put("steps", result.steps());
        node.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        Json.put(node, "time_fs", last.time());
        Json.put(node, "potential_energy", last.potentialEnergy());
        Json.put(node, "kinetic_energy", last.kineticEnergy());
        Json.put(node, "total_energy", last.totalEnergy());
        Json.put(node, "temperature", last.temperature());
        if (thermostat == Thermostat.none) {
            Json.put(node, "total_energy_change_per_atom", log.energyChangePerAtom(last));
        }
        Json.put(node, "seconds", seconds);
        Json.put(node, "ns_per_day", speed);
        Json.put(node, "output", output);
        potential.extrapolating().ifPresent(n -> node.put("extrapolating_steps", n));
        if (plotFolder != null) {
            Json.putPaths(node, "plots", plots);
        }
        return node;
    }

    private void requireSettings() {
        if (steps < 0) {
            throw new InputException("--steps must be 0 or more, got " + steps);
        }
        if (!(dt > 0) || dt > 20) {
            throw new InputException("--dt must be a time step in fs between 0 and 20, got " + dt + " (1-2 fs is usual)");
        }
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new InputException("--temperature must be 0 K or more, got " + temperature);
        }
        if (!(friction > 0) || !Double.isFinite(friction)) {
            throw new InputException("--friction must be positive (1/fs), got " + friction);
        }
        if (every < 1 || logEvery < 1) {
            throw new InputException("--every and --log-every must be at least 1 step");
        }
    }

    private static double nsPerDay(double simulatedFs, double seconds) {
        return seconds > 0 ? simulatedFs * 1e-6 / seconds * 86400 : 0;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
