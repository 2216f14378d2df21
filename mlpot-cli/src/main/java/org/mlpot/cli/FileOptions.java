package org.mlpot.cli;

import java.nio.file.Path;
import org.mlpot.io.FrameFormat;
import org.mlpot.io.FrameReader;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.N2p2Units;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** How structure files are read and written: format and n2p2 units. */
final class FileOptions {
    @Option(names = "--format", paramLabel = "extxyz|n2p2",
            description = "Format of the input file (default: from its name: *.xyz, *.extxyz[.gz] or *.data).")
    FrameFormat format;

    @Option(names = "--n2p2-units", paramLabel = "angstrom-ev|bohr-hartree", defaultValue = "angstrom-ev",
            converter = N2p2UnitsConverter.class,
            description = "Units of n2p2 input.data files (default: ${DEFAULT-VALUE}).")
    N2p2Units n2p2Units;

    /** Opens a reader for the file, in the format given or implied by its name. */
    FrameReader reader(Path file) {
        return (format != null ? format : FrameFormat.of(file)).openReader(file, n2p2Units);
    }

    /** Opens a writer for the file, in the format its name implies. */
    FrameWriter writer(Path file, FrameFormat outputFormat) {
        return (outputFormat != null ? outputFormat : FrameFormat.of(file)).openWriter(file, n2p2Units);
    }

    /** Parses {@code angstrom-ev} and {@code bohr-hartree}. */
    static final class N2p2UnitsConverter implements ITypeConverter<N2p2Units> {
        @Override
        public N2p2Units convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "angstrom-ev" -> N2p2Units.ANGSTROM_EV;
                case "bohr-hartree" -> N2p2Units.BOHR_HARTREE;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected angstrom-ev or bohr-hartree, got '" + value + "'");
            };
        }
    }
}
