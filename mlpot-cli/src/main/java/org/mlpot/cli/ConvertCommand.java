package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpot.io.FrameFormat;
import org.mlpot.io.FrameReader;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpot convert}: converts structure files between extended XYZ and n2p2, frame by frame. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert structure files between extended XYZ (*.xyz, *.extxyz, optionally .gz) and n2p2 (*.data).",
            "Frames stream through one at a time, so files larger than memory convert too."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced if it exists).")
    Path output;

    @Option(names = "--out-format", paramLabel = "extxyz|n2p2", description = "Format of OUT (default: from its name).")
    FrameFormat outputFormat;

    @Mixin
    JsonOption json;

    @Mixin
    FileOptions files;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new InputException(output + ": is also the input; write to another file");
        }
        long frames = 0;
        long atoms = 0;
        try (FrameReader reader = files.reader(input);
             FrameWriter writer = files.writer(output, outputFormat);
             FileProgress progress = FileProgress.start(common, "convert", java.util.List.of(input), spec.commandLine().getErr())) {
            while (reader.hasNext()) {
                var frame = reader.next();
                writer.write(frame);
                frames++;
                atoms += frame.structure().size();
                progress.frameDone(reader);
            }
        }
        if (json.json) {
            ObjectNode node = Json.object();
            Json.put(node, "input", input);
            Json.put(node, "output", output);
            node.put("format", (outputFormat != null ? outputFormat : FrameFormat.of(output)).name().toLowerCase(java.util.Locale.ROOT));
            node.put("frames", frames);
            node.put("atoms", atoms);
            Json.print(spec.commandLine().getOut(), node);
        } else if (!common.quiet) {
            spec.commandLine().getOut().printf("wrote %s (%s) to %s%n", Numbers.count(frames, "frame"),
                    Numbers.count(atoms, "atom"), output);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.SUCCESS;
    }
}
