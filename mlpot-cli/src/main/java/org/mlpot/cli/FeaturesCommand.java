package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.io.FrameReader;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpot features}: per-atom descriptor vectors as CSV, for inspection and plots. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Write every atom's descriptor vector as CSV: one row per atom, columns frame,atom,element and "
            + "then that element's features in the model's order (n2p2's sorted order for symmetry functions), raw "
            + "unless --scaled. Elements with fewer features leave the last cells empty."})
final class FeaturesCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the descriptor comes from: a spec file or a model. */
    static final class Source {
        @Option(names = "--spec", paramLabel = "SPEC", description = "A .mlpot spec: its descriptors, raw.")
        Path spec;

        @Option(names = "--model", paramLabel = "MODEL",
                description = "A model: an mlpot .mlpmodel (network or Gaussian process), or an n2p2 potential's folder or "
                        + "input.nn (scaling.data beside it for --scaled).")
        Path model;
    }

    @Option(names = {"--data", "--in"}, required = true, paramLabel = "FILE", description = "Structures (extxyz or n2p2).")
    Path data;

    @Option(names = {"-o", "--out", "--output"}, required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path output;

    @Option(names = "--scaled", description = "Write features scaled as the model scales them.")
    boolean scaled;

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
        DescriptorModel descriptorModel = source.spec != null
                ? new DescriptorModel(SpecLoader.descriptor(SpecLoader.load(source.spec)), Optional.empty())
                : DescriptorModel.read(source.model, files.n2p2Units);
        Descriptor descriptor = descriptorModel.descriptor();
        FeatureScaling scaling = scaled ? descriptorModel.scaling().orElseThrow(() -> new InputException(source.spec != null
                ? source.spec + ": a spec has no scaling statistics (they come from training); drop --scaled or give a model"
                : source.model + ": --scaled needs a network's scaling (a Gaussian process has none; for n2p2, scaling.data"
                        + " beside input.nn)")) : null;
        FeatureCalculator calculator = new FeatureCalculator(descriptor, threads.count());
        int widest = 0;
        for (Element e : descriptor.elements()) {
            widest = Math.max(widest, descriptor.size(e));
        }
        long frames = 0;
        long atoms = 0;
        try (FrameReader reader = files.reader(data);
             BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             FileProgress progress = FileProgress.start(common, "features", List.of(data), spec.commandLine().getErr())) {
            writeHeader(out, widest);
            double[] row = new double[widest];
            StringBuilder line = new StringBuilder();
            while (reader.hasNext()) {
                Frame frame = reader.next();
                StructureFeatures features = compute(calculator, frame);
                for (int i = 0; i < features.atoms(); i++) {
                    int g = features.size(i);
                    if (scaling != null) {
                        scaling.apply(features, i, row, 0);
                    } else {
                        features.copyValues(i, row, 0);
                    }
                    line.setLength(0);
                    line.append(frames).append(',').append(i).append(',').append(features.element(i).symbol());
                    for (int f = 0; f < widest; f++) {
                        line.append(',');
                        if (f < g) {
                            line.append(row[f]);
                        }
                    }
                    out.append(line).append('\n');
                }
                frames++;
                atoms += features.atoms();
                progress.frameDone(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": " + e.getMessage(), e);
        }
        if (frames == 0) {
            throw new InputException(data + ": holds no structures; give a file with at least one frame");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            ObjectNode node = Json.object();
            Json.put(node, "data", data);
            Json.put(node, "output", output);
            node.put("frames", frames);
            node.put("rows", atoms);
            node.put("columns", 3 + widest);
            node.put("features", widest);
            node.put("scaled", scaled);
            Json.print(out, node);
        } else if (!common.quiet) {
            out.printf("wrote %s features of %s in %s to %s%n", scaled ? "scaled" : "raw", Numbers.count(atoms, "atom"),
                    Numbers.count(frames, "frame"), output);
            out.flush();
        }
        return ExitCode.SUCCESS;
    }

    private StructureFeatures compute(FeatureCalculator calculator, Frame frame) {
        try {
            return calculator.compute(frame.structure(), false);
        } catch (IllegalArgumentException e) {
            throw new InputException(frame.source() + ": " + e.getMessage());
        }
    }

    private static void writeHeader(BufferedWriter out, int widest) throws IOException {
        out.append("frame,atom,element");
        for (int f = 1; f <= widest; f++) {
            out.append(",G").append(Integer.toString(f));
        }
        out.append('\n');
    }
}
