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
import org.mlpot.io.InputException;
import org.mlpot.io.N2p2Units;
import org.mlpot.nn.N2p2PotentialReader;
import org.mlpot.nn.N2p2PotentialWriter;
import org.mlpot.nn.NeuralNetworkModelFile;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.structure.Element;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpot n2p2 import|export}: converts between n2p2 potential folders and mlpot model files. */
@Command(name = "n2p2", mixinStandardHelpOptions = true,
        description = "Convert n2p2 potentials (input.nn, scaling.data, weights.ZZZ.data) to and from mlpot model files.",
        subcommands = {N2p2Command.Import.class, N2p2Command.Export.class})
final class N2p2Command implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: import or export");
    }

    /** {@code mlpot n2p2 import DIR -o MODEL}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read an n2p2 potential folder and write it as an mlpot model file.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "The n2p2 folder (input.nn, scaling.data, weights.ZZZ.data).")
        Path folder;

        @Option(names = {"-o", "--out", "--output"}, required = true, paramLabel = "MODEL", description = "The model file to write.")
        Path output;

        @Mixin
        UnitsOption units;

        @Mixin
        JsonOption json;

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder)) {
                throw new InputException(folder + " is not a folder; give the folder that holds input.nn");
            }
            NeuralNetworkPotential potential = N2p2PotentialReader.read(folder, units.units);
            ModelStore.writeConverted(output, potential);
            PrintWriter out = spec.commandLine().getOut();
            if (json.json) {
                Json.print(out, summary(potential, folder, output, List.of(output)));
            } else {
                out.println("imported " + potential + " from " + folder + " into " + output);
                out.flush();
            }
            return ExitCode.SUCCESS;
        }
    }

    /** {@code mlpot n2p2 export MODEL DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a neural-network model file as an n2p2 potential folder, for n2p2's tools and "
                + "LAMMPS' pair_style nnp (input.nn says how to call it)."})
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "MODEL", description = "The mlpot model file.")
        Path model;

        @Parameters(index = "1", paramLabel = "DIR", description = "The folder to write (made if missing; files of the same names are replaced).")
        Path folder;

        @Mixin
        UnitsOption units;

        @Mixin
        JsonOption json;

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NeuralNetworkPotential potential = NeuralNetworkModelFile.read(model, 1).potential();
            N2p2PotentialWriter.write(potential, folder, units.units);
            PrintWriter out = spec.commandLine().getOut();
            if (json.json) {
                List<Path> written = new ArrayList<>(List.of(folder.resolve("input.nn"), folder.resolve("scaling.data")));
                for (Element e : potential.descriptor().elements()) {
                    written.add(folder.resolve(String.format(Locale.ROOT, "weights.%03d.data", e.atomicNumber())));
                }
                Json.print(out, summary(potential, model, folder, written));
            } else {
                out.println("exported " + potential + " from " + model + " to " + folder);
                out.flush();
            }
            return ExitCode.SUCCESS;
        }
    }

    /** What a conversion wrote, as JSON: the model's name, elements and cutoff, input, output and the files. */
    static ObjectNode summary(NeuralNetworkPotential potential, Path input, Path output, List<Path> files) {
        ObjectNode node = Json.object();
        node.put("model", potential.name());
        ArrayNode elements = node.putArray("elements");
        for (Element e : potential.descriptor().elements()) {
            elements.add(e.symbol());
        }
        Json.put(node, "cutoff", potential.cutoff());
        Json.put(node, "input", input);
        Json.put(node, "output", output);
        Json.putPaths(node, "files", files);
        return node;
    }

    /** The units of the n2p2 files, read or written. */
    static final class UnitsOption {
        @Option(names = "--n2p2-units", paramLabel = "angstrom-ev|bohr-hartree", defaultValue = "angstrom-ev",
                converter = FileOptions.N2p2UnitsConverter.class,
                description = "The units of the n2p2 files: those the potential was trained in (default: ${DEFAULT-VALUE}).")
        N2p2Units units;
    }
}
