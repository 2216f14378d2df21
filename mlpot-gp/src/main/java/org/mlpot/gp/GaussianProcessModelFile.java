package org.mlpot.gp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.KernelCodec;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.io.model.DescriptorCodec;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.io.model.Provenance;
import org.mlpot.structure.Element;

/**
 * A {@link GaussianProcessPotential} in an mlpot model file ({@link ModelFiles}) of kind
 * {@value #KIND}. The {@code model} object of the body holds
 * <ul>
 *   <li>{@code name} and {@code elements}, the descriptor's element order, which orders the sparse
 *       points;</li>
 *   <li>{@code descriptor} ({@link DescriptorCodec}) and {@code kernel} ({@link KernelCodec});</li>
 *   <li>{@code reference_energies}: e0 in eV by chemical symbol, one per element;</li>
 *   <li>{@code sparse_points}, one entry per element in order: {@code element} and {@code points},
 *       its sparse descriptor vectors, one line per point;</li>
 *   <li>{@code alpha}: the M weights (1/eV) of all sparse points, element after element, each
 *       element's in the order of its points;</li>
 *   <li>{@code lower_k} and {@code lower_r}: the lower triangles, row by row (row i holds i + 1
 *       values), of L with {@code LLᵀ = K_MM + jitter·I} and of {@code Rᵀ} with {@code RᵀR = Σ⁻¹},
 *       in the order of {@code alpha}; they give the predictive variance;</li>
 *   <li>{@code uncertainty_scale}: {@code energy} and {@code force}, the {@link UncertaintyScales} of the
 *       predicted standard deviations.</li>
 * </ul>
 * Every double reads back bit for bit, so a potential read back gives exactly the energies, forces,
 * stresses and uncertainties of the one written.
 */
public final class GaussianProcessModelFile {
    /** The model kind in the header of a Gaussian-process potential's model file. */
    public static final String KIND = "gap";

    private GaussianProcessModelFile() {
    }

    /**
     * Writes {@code potential} and its provenance to {@code file}, atomically (replacing any file of that name).
     *
     * @throws IllegalArgumentException when the potential's descriptor or kernel cannot be stored
     * @throws InputException when the folder does not exist
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, GaussianProcessPotential potential, Provenance provenance) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(provenance, "provenance is null");
        Descriptor descriptor = potential.descriptor();
        List<Element> elements = descriptor.elements();
        double[][][] sparse = potential.sparsePoints();
        double[] referenceEnergies = potential.referenceEnergies();
        ObjectNode model = ModelJson.object();
        model.put("name", potential.name());
        DescriptorCodec.writeInto(model, descriptor);
        model.set("kernel", KernelCodec.write(potential.kernel()));
        ObjectNode energies = model.putObject("reference_energies");
        for (int s = 0; s < elements.size(); s++) {
            energies.set(elements.get(s).symbol(), ModelJson.number(referenceEnergies[s]));
        }
        ArrayNode sparseNode = model.putArray("sparse_points");
        for (int s = 0; s < elements.size(); s++) {
            ObjectNode entry = sparseNode.addObject();
            entry.put("element", elements.get(s).symbol());
            ArrayNode points = entry.putArray("points");
            for (double[] point : sparse[s]) {
                points.add(ModelJson.numbers(point));
            }
        }
        model.set("alpha", ModelJson.numbers(potential.alpha()));
        int m = potential.sparseCount();
        model.set("lower_k", lowerTriangle(potential.lowerK(), m));
        model.set("lower_r", lowerTriangle(potential.lowerR(), m));
        ObjectNode scales = model.putObject("uncertainty_scale");
        scales.set("energy", ModelJson.number(potential.uncertaintyScales().energy()));
        scales.set("force", ModelJson.number(potential.uncertaintyScales().force()));
        ModelFiles.write(file, KIND, provenance, model);
    }

    /**
     * Reads a potential evaluated with all available processors.
     *
     * @throws InputException when the file does not exist
     * @throws FormatException naming the file when it is not a model file, is of a newer format or
     *     another kind, is truncated or damaged, or does not describe a valid potential
     * @throws UncheckedIOException when it cannot be read
     */
    public static LoadedGaussianProcessModel read(Path file) {
        return read(file, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads a potential.
     *
     * @param threads threads for the descriptor (1 evaluates in the calling thread)
     * @throws IllegalArgumentException when threads is not positive
     * @throws InputException when the file does not exist
     * @throws FormatException naming the file when it is not a model file, is of a newer format or
     *     another kind, is truncated or damaged, or does not describe a valid potential
     * @throws UncheckedIOException when it cannot be read
     */
    public static LoadedGaussianProcessModel read(Path file, int threads) {
        Objects.requireNonNull(file, "file is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        var stored = ModelFiles.read(file, KIND);
        ModelNode model = stored.model();
        String name = model.field("name").text();
        Descriptor descriptor = DescriptorCodec.readFrom(model);
        List<Element> elements = descriptor.elements();
        Kernel kernel = KernelCodec.read(model.field("kernel"));
        double[] referenceEnergies = readReferenceEnergies(model.field("reference_energies"), elements);
        double[][][] sparse = readSparsePoints(model.field("sparse_points"), descriptor, kernel);
        int m = 0;
        for (double[][] points : sparse) {
            m += points.length;
        }
        ModelNode alphaNode = model.field("alpha");
        double[] alpha = finiteReals(alphaNode);
        if (alpha.length != m) {
            throw alphaNode.error(m + " sparse points need as many weights, got " + alpha.length);
        }
        DMatrixRMaj lowerK = readLowerTriangle(model.field("lower_k"), m);
        DMatrixRMaj lowerR = readLowerTriangle(model.field("lower_r"), m);
        ModelNode scalesNode = model.field("uncertainty_scale");
        UncertaintyScales scales;
        try {
            scales = new UncertaintyScales(finiteReal(scalesNode.field("energy")), finiteReal(scalesNode.field("force")));
        } catch (IllegalArgumentException e) {
            throw scalesNode.error(e.getMessage());
        }
        return new LoadedGaussianProcessModel(
                new GaussianProcessPotential(name, descriptor, kernel, sparse, alpha, referenceEnergies, lowerK, lowerR, threads)
                        .withUncertaintyScales(scales),
                stored.provenance());
    }

    /** The lower triangle of the M×M row-major {@code matrix}, one array per row (row i holds i + 1 values). */
    private static ArrayNode lowerTriangle(double[] matrix, int m) {
        ArrayNode rows = ModelJson.array();
        for (int i = 0; i < m; i++) {
            double[] row = new double[i + 1];
            System.arraycopy(matrix, i * m, row, 0, i + 1);
            rows.add(ModelJson.numbers(row));
        }
        return rows;
    }

    private static DMatrixRMaj readLowerTriangle(ModelNode node, int m) {
        List<ModelNode> rows = node.items();
        if (rows.size() != m) {
            throw node.error(m + " sparse points need a triangle of " + m + " rows, got " + rows.size());
        }
        DMatrixRMaj matrix = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            ModelNode rowNode = rows.get(i);
            double[] row = finiteReals(rowNode);
            if (row.length != i + 1) {
                throw rowNode.error("row " + i + " of a lower triangle holds " + (i + 1) + " values, got " + row.length);
            }
            if (row[i] == 0) {
                throw rowNode.error("the diagonal value is 0; the factor must be invertible");
            }
            System.arraycopy(row, 0, matrix.data, i * m, i + 1);
        }
        return matrix;
    }

    private static double[] readReferenceEnergies(ModelNode node, List<Element> elements) {
        for (String symbol : node.fieldNames()) {
            if (Element.find(symbol).filter(elements::contains).isEmpty()) {
                throw node.error("'" + symbol + "' is not one of the elements " + symbols(elements));
            }
        }
        double[] energies = new double[elements.size()];
        for (int s = 0; s < energies.length; s++) {
            energies[s] = finiteReal(node.field(elements.get(s).symbol()));
        }
        return energies;
    }

    /** Per element, its sparse points, each as long as the descriptor's vectors and defined for the kernel. */
    private static double[][][] readSparsePoints(ModelNode node, Descriptor descriptor, Kernel kernel) {
        List<Element> elements = descriptor.elements();
        List<ModelNode> entries = node.items();
        if (entries.size() != elements.size()) {
            throw node.error(elements.size() + " elements need as many entries, got " + entries.size());
        }
        double[][][] sparse = new double[elements.size()][][];
        for (int s = 0; s < sparse.length; s++) {
            ModelNode entry = entries.get(s);
            ModelNode element = entry.field("element");
            if (element.element() != elements.get(s)) {
                throw element.error("entry " + s + " must be the one of " + elements.get(s).symbol() + " (the elements' order), got "
                        + element.text());
            }
            int size = descriptor.size(elements.get(s));
            List<ModelNode> points = entry.field("points").items();
            sparse[s] = new double[points.size()][];
            for (int p = 0; p < points.size(); p++) {
                ModelNode pointNode = points.get(p);
                double[] point = finiteReals(pointNode);
                if (point.length != size) {
                    throw pointNode.error("the descriptor gives " + elements.get(s).symbol() + " " + size + " features, got " + point.length);
                }
                try {
                    kernel.value(point, point);
                } catch (IllegalArgumentException e) {
                    throw pointNode.error(e.getMessage());
                }
                sparse[s][p] = point;
            }
        }
        return sparse;
    }

    private static double finiteReal(ModelNode node) {
        double value = node.real();
        if (!Double.isFinite(value)) {
            throw node.error("expected a finite number, got " + value);
        }
        return value;
    }

    private static double[] finiteReals(ModelNode node) {
        List<ModelNode> items = node.items();
        double[] values = new double[items.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = finiteReal(items.get(k));
        }
        return values;
    }

    private static String symbols(List<Element> elements) {
        return elements.stream().map(Element::symbol).toList().toString();
    }
}
