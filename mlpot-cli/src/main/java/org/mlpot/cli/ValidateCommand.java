package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.Mixin;
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

    @Mixin
    JsonOption json;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelSpec model = SpecLoader.load(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            ObjectNode node = canonical ? Json.object() : json(model, SpecLoader.descriptor(model));
            if (canonical) {
                node.put("canonical", SpecPrinter.print(model));
            }
            Json.print(out, node);
            return ExitCode.SUCCESS;
        }
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

    /** The summary as JSON: the same facts as the text, as numbers and lists. */
    private ObjectNode json(ModelSpec model, Descriptor descriptor) {
        ObjectNode node = Json.object();
        node.put("name", model.name());
        node.put("kind", model.isGaussianProcess() ? "gaussian_process" : "neural_network");
        node.put("committee", model.committee());
        Json.put(node, "file", file);
        ArrayNode elements = node.putArray("elements");
        ObjectNode references = node.putObject("reference_energies");
        ObjectNode features = node.putObject("features");
        for (Element e : model.elements()) {
            elements.add(e.symbol());
            references.put(e.symbol(), describe(model.referenceEnergies().get(e)));
            features.put(e.symbol(), descriptor.size(e));
        }
        ArrayNode descriptors = node.putArray("descriptors");
        for (DescriptorSpec d : model.descriptors()) {
            ObjectNode item = descriptors.addObject();
            item.put("type", d.type());
            Json.put(item, "cutoff", d.cutoff());
        }
        Json.put(node, "cutoff", descriptor.cutoff());
        model.architecture().ifPresent(a -> {
            if (a instanceof NetworkSpec network) {
                ObjectNode net = node.putObject("network");
                ObjectNode layers = net.putObject("layers");
                long total = 0;
                for (Element e : model.elements()) {
                    ArrayNode sizes = layers.putArray(e.symbol());
                    int previous = descriptor.size(e);
                    sizes.add(previous);
                    for (int width : network.hidden(e)) {
                        total += (long) (previous + 1) * width;
                        sizes.add(width);
                        previous = width;
                    }
                    total += previous + 1;
                    sizes.add(1);
                }
                net.put("activation", network.activation().name().toLowerCase(Locale.ROOT));
                net.put("initialization", network.initialization().name().toLowerCase(Locale.ROOT));
                net.put("seed", network.seed());
                net.put("parameters", total);
            } else {
                node.put("architecture", a.toString());
            }
        });
        model.kernel().ifPresent(k -> node.put("kernel", describe(k)));
        model.sparse().ifPresent(sp -> {
            ObjectNode sparse = node.putObject("sparse");
            sparse.put("points", sp.points());
            sparse.put("selection", sp.selection().name().toLowerCase(Locale.ROOT));
        });
        model.noise().ifPresent(n -> {
            ObjectNode noise = node.putObject("noise");
            Json.put(noise, "energy_per_atom", n.energyPerAtom());
            Json.put(noise, "force", n.force());
            Json.put(noise, "stress", n.stress());
            noise.put("optimize", n.optimize());
        });
        model.baseline().ifPresent(b -> node.put("baseline", b));
        model.training().ifPresent(t -> {
            ObjectNode train = node.putObject("training");
            ArrayNode data = train.putArray("data");
            for (Path p : t.data()) {
                data.add(p.toString());
            }
            Json.put(train, "validation_fraction", t.validationFraction());
            Json.put(train, "test_fraction", t.testFraction());
            train.put("seed", t.seed());
            if (!model.isGaussianProcess()) {
                ObjectNode loss = train.putObject("loss");
                Json.put(loss, "energy", t.loss().energy());
                Json.put(loss, "forces", t.loss().forces());
                Json.put(loss, "stress", t.loss().stress());
                train.put("optimizer", t.optimizer().toString());
                train.put("epochs", t.epochs());
                train.put("batch", t.batchSize());
                if (t.earlyStopping().isPresent()) {
                    train.put("early_stopping", t.earlyStopping().getAsInt());
                }
                train.put("checkpoint_every", t.checkpointEvery());
            }
        });
        return node;
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
