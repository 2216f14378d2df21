package org.mlpot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.check.SpecPrinter;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NetworkSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.ReferenceEnergy;
import org.mlpot.spec.SquaredExponentialKernelSpec;
import org.mlpot.spec.SumKernelSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpot validate}: checks a spec file and summarises the model it describes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a .mlpot spec and print what it describes: elements, descriptor length per element, "
            + "parameter count, kernel and sparse settings, training settings with resolved data paths.",
            "Errors are printed as file:line:col with the source line and a caret, all at once; exit code 2."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The .mlpot file.")
    Path file;

    @Option(names = "--canonical", description = "Print the spec in canonical form instead of the summary.")
    boolean canonical;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelSpec model = SpecLoader.load(file);
        PrintWriter out = spec.commandLine().getOut();
        if (canonical) {
            out.print(SpecPrinter.print(model));
        } else {
            out.print(summary(model, SpecLoader.descriptor(model)));
        }
        out.flush();
        return ExitCode.SUCCESS;
    }

    private String summary(ModelSpec model, Descriptor descriptor) {
        StringBuilder sb = new StringBuilder();
        sb.append("model ").append(model.name()).append(" (")
                .append(model.isGaussianProcess() ? "sparse Gaussian process" : "neural network")
                .append(model.committee() > 1 ? ", committee of " + model.committee() : "").append(") from ").append(file).append('\n');
        row(sb, "elements", join(model.elements().stream().map(Element::symbol).toList()));
        List<String> references = new ArrayList<>();
        for (Element e : model.elements()) {
            ReferenceEnergy r = model.referenceEnergies().get(e);
            references.add(e.symbol() + " " + describe(r));
        }
        row(sb, "reference energy", join(references));
        List<String> descriptors = new ArrayList<>();
        for (DescriptorSpec d : model.descriptors()) {
            descriptors.add(d.type() + " (cutoff " + d.cutoff() + " Å)");
        }
        row(sb, "descriptors", join(descriptors));
        List<String> lengths = new ArrayList<>();
        for (Element e : model.elements()) {
            lengths.add(e.symbol() + " " + descriptor.size(e));
        }
        row(sb, "features", join(lengths));
        model.architecture().ifPresent(a -> {
            if (a instanceof NetworkSpec network) {
                List<String> shapes = new ArrayList<>();
                long total = 0;
                for (Element e : model.elements()) {
                    List<Integer> layers = new ArrayList<>();
                    layers.add(descriptor.size(e));
                    layers.addAll(network.hidden(e));
                    layers.add(1);
                    long parameters = 0;
                    for (int l = 1; l < layers.size(); l++) {
                        parameters += (long) (layers.get(l - 1) + 1) * layers.get(l);
                    }
                    total += parameters;
                    shapes.add(e.symbol() + " " + String.join("-", layers.stream().map(String::valueOf).toList())
                            + " (" + parameters + ")");
                }
                row(sb, "network", join(shapes) + "; " + network.activation().name().toLowerCase() + ", "
                        + network.initialization().name().toLowerCase() + ", seed " + network.seed());
                row(sb, "parameters", total + (model.committee() > 1 ? " per model" : ""));
            } else {
                row(sb, "architecture", a.toString());
            }
        });
        model.kernel().ifPresent(k -> row(sb, "kernel", describe(k)));
        model.sparse().ifPresent(s -> {
            row(sb, "sparse points", s.points() + ", " + s.selection().name().toLowerCase());
            row(sb, "parameters", s.points() + " weights" + (model.committee() > 1 ? " per model" : ""));
        });
        model.noise().ifPresent(n -> row(sb, "noise", String.format("energy %s eV/atom, forces %s eV/Å, stress %s eV/Å³%s",
                number(n.energyPerAtom()), number(n.force()), number(n.stress()),
                n.perConfigType().isEmpty() ? "" : " (+ " + n.perConfigType().size() + " config types)")
                + (n.optimize() ? "; these and δ then by maximum marginal likelihood" : "")));
        model.baseline().ifPresent(b -> row(sb, "baseline", b));
        model.training().ifPresent(t -> training(sb, t, model.isGaussianProcess()));
        return sb.toString();
    }

    private static void training(StringBuilder sb, TrainingSpec t, boolean gaussianProcess) {
        List<String> files = new ArrayList<>();
        for (Path p : t.data()) {
            files.add(p + (Files.isRegularFile(p) ? "" : " (missing)"));
        }
        row(sb, "training data", join(files));
        row(sb, "split", String.format("validation %.1f%%, test %.1f%%, seed %d",
                100 * t.validationFraction(), 100 * t.testFraction(), t.seed()));
        if (gaussianProcess) {
            return; // one linear solve: no loss weights, optimiser or epochs
        }
        row(sb, "loss", "energy " + number(t.loss().energy()) + ", forces " + number(t.loss().forces()) + ", stress "
                + number(t.loss().stress()));
        row(sb, "optimizer", t.optimizer() + (t.optimizer() instanceof Optimizer.Adam ? ", " + t.schedule() : ""));
        row(sb, "epochs", t.epochs() + (t.optimizer() instanceof Optimizer.Adam ? ", batch " + t.batchSize() : "")
                + (t.earlyStopping().isPresent() ? ", early stopping after " + t.earlyStopping().getAsInt() : "")
                + ", checkpoint every " + t.checkpointEvery());
    }

    private static String describe(KernelSpec kernel) {
        if (kernel instanceof DotProductKernelSpec d) {
            return "dot_product, ζ " + number(d.zeta()) + ", δ " + number(d.delta()) + " eV";
        }
        if (kernel instanceof SquaredExponentialKernelSpec e) {
            return "squared_exponential, length scale " + number(e.lengthScale()) + ", δ " + number(e.delta()) + " eV";
        }
        if (kernel instanceof SumKernelSpec sum) {
            List<String> terms = new ArrayList<>();
            for (KernelSpec term : sum.terms()) {
                terms.add(describe(term));
            }
            return String.join(" + ", terms) + " (one per descriptor)";
        }
        return kernel.toString();
    }

    private static String describe(ReferenceEnergy r) {
        if (r instanceof ReferenceEnergy.Given given) {
            return given.energy() + " eV";
        }
        if (r instanceof ReferenceEnergy.Fitted) {
            return "fitted";
        }
        return r instanceof ReferenceEnergy.IsolatedAtoms ? "from isolated atoms" : "none";
    }

    /** A number without trailing zeros: 0.1, 1, 6.2415e-05. */
    private static String number(double v) {
        return Numbers.compact(v);
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format("  %-18s %s%n", label, value));
    }

    private static String join(List<String> items) {
        return String.join(", ", items);
    }
}
