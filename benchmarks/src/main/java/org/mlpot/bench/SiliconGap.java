package org.mlpot.bench;

import com.google.inject.Guice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.gp.FitSettings;
import org.mlpot.gp.SparsePoints;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.sparse.SparsePointSelector;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.spec.SparseSpec;
import org.mlpot.structure.Element;

/**
 * The bundled silicon GAP example ({@code examples/silicon-gap/silicon.mlpot}) as the Gaussian-process
 * benchmarks use it: its SOAP descriptor (optionally with another n_max and l_max), the dot-product
 * kernel ζ 2, δ 7.8 eV, noise 4 meV/atom, 35 meV/Å and 65 MPa (the example's starting values, close
 * to what its marginal likelihood chooses), e0 = 0, and CUR sparse points. Paths
 * are relative to the repository root, where the programs must be started.
 */
final class SiliconGap {
    /** The example's spec. */
    static final Path SPEC = Path.of("examples/silicon-gap/silicon.mlpot");
    /** Its data: 431 Stillinger–Weber frames of 63–64 Si atoms with energies, forces and stresses. */
    static final Path DATA = Path.of("examples/data/si-sw.xyz.gz");
    /** Silicon. */
    static final Element SILICON = Element.of("Si");
    /** 4 meV/atom, 35 meV/Å, 65 MPa (4.057e-4 eV/Å³). */
    static final NoiseSpec NOISE = new NoiseSpec(0.004, 0.035, 4.057e-4, Map.of());

    private static final Pattern SOAP_SIZE = Pattern.compile("n_max\\s+\\d+\\s+l_max\\s+\\d+");

    private SiliconGap() {
    }

    /** Dot product, ζ 2, δ 7.8 eV. */
    static Kernel kernel() {
        return new DotProductKernel(2, 7.8);
    }

    /** The descriptor and the data a benchmark runs on. */
    record Setup(Descriptor descriptor, List<Frame> frames) {
    }

    /**
     * The descriptor (with {@code soapSize} when given) and the frames shuffled from {@code seed}; when
     * they cannot be had (not started from the repository root, the spec does not compile), prints why
     * and exits with status 2.
     */
    static Setup loadOrExit(Optional<int[]> soapSize, long seed) {
        try {
            return new Setup(descriptor(soapSize), shuffledFrames(seed));
        } catch (IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    /** The example's noise, e0 = 0 for Si, {@code threads} threads for the rows and the given block size. */
    static FitSettings settings(int threads, int blockRows) {
        return FitSettings.of(NOISE, Map.of(SILICON, 0.0)).withThreads(threads).withBlockRows(blockRows);
    }

    /**
     * The example's descriptor, compiled from its spec as {@code mlpot} does.
     *
     * @param soapSize {@code {n_max, l_max}} in place of the example's 8 and 6, or empty for the example's
     * @throws IllegalStateException when the spec is missing (not started from the repository root) or
     *     does not compile (for instance an n_max or l_max out of range), with the compiler's diagnostics
     */
    static Descriptor descriptor(Optional<int[]> soapSize) {
        requireFile(SPEC);
        String text;
        try {
            text = Files.readString(SPEC, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPEC, e);
        }
        if (soapSize.isPresent()) {
            Matcher matcher = SOAP_SIZE.matcher(text);
            if (!matcher.find()) {
                throw new IllegalStateException(SPEC + " no longer holds 'n_max N  l_max L' in its soap block;"
                        + " update SiliconGap.descriptor");
            }
            text = matcher.replaceFirst("n_max " + soapSize.get()[0] + "  l_max " + soapSize.get()[1]);
        }
        CompileResult compiled = SpecCompiler.compile(text, SPEC.toString());
        if (compiled.hasErrors()) {
            throw new IllegalStateException(compiled.printDiagnostics());
        }
        ModelSpec spec = compiled.spec().orElseThrow();
        return Guice.createInjector(SpecCompiler.modules(spec)).getInstance(Descriptor.class);
    }

    /**
     * All frames of {@link #DATA}, shuffled with {@code seed} (so that the first n of them are a
     * fair sample of the trajectory for every n).
     */
    static List<Frame> shuffledFrames(long seed) {
        requireFile(DATA);
        Dataset data;
        try (ExtXyzReader reader = ExtXyzReader.open(DATA)) {
            data = Dataset.read(reader);
        }
        List<Frame> frames = new ArrayList<>(data.frames());
        Collections.shuffle(frames, new Random(seed));
        return frames;
    }

    /**
     * The descriptor vector of every atom of {@code frames}, in order: the rows sparse points are
     * chosen from.
     */
    static double[][] environments(Descriptor descriptor, Iterable<Frame> frames, int threads) {
        FeatureCalculator calculator = new FeatureCalculator(descriptor, threads);
        List<double[]> rows = new ArrayList<>();
        for (Frame frame : frames) {
            StructureFeatures features = calculator.compute(frame.structure(), false);
            for (int i = 0; i < features.atoms(); i++) {
                rows.add(features.values(i));
            }
        }
        return rows.toArray(new double[0][]);
    }

    /**
     * {@code count} CUR sparse points chosen among {@code environments}.
     *
     * @param environments Si descriptor vectors, one per row; not modified
     * @throws IllegalArgumentException when there are fewer distinct environments than {@code count}
     */
    static SparsePoints curPoints(double[][] environments, int count, long seed) {
        if (environments.length < count) {
            throw new IllegalArgumentException(count + " sparse points need at least as many environments; the frames"
                    + " give " + environments.length + ": use more frames or fewer points");
        }
        List<double[]> chosen = new ArrayList<>(count);
        for (int index : SparsePointSelector.of(SparseSpec.Selection.CUR).select(environments, count, seed)) {
            chosen.add(environments[index]);
        }
        return SparsePoints.of(Map.of(SILICON, chosen));
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " not found: start the benchmark from the repository root");
        }
    }
}
