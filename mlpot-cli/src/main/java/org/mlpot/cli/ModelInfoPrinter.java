package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.io.model.Provenance;

/** {@link ModelInfo} as the lines {@code mlpot info} prints, or as one JSON object. */
final class ModelInfoPrinter {
    /** Hexadecimal digits of a SHA-256 shown in the text; the JSON has all 64. */
    private static final int DIGEST_PREFIX = 12;

    private ModelInfoPrinter() {
    }

    /** The summary for people, one {@code label value} row per line. */
    static String text(ModelInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append("model ").append(info.name()).append(" (").append(family(info)).append(", kind ").append(info.kind())
                .append(") in ").append(info.file()).append('\n');
        row(sb, "file", "format " + info.format() + ", body sha256 " + prefix(info.sha256()) + "… (checksum verified)");
        row(sb, "elements", String.join(", ", info.elements().stream().map(e -> e.symbol()).toList()));
        row(sb, "descriptor", info.descriptor());
        row(sb, "features", perElement(info, info.features()));
        if (info.architecture() instanceof ModelInfo.Networks networks) {
            List<String> shapes = new ArrayList<>();
            for (ModelInfo.Network n : networks.networks()) {
                shapes.add(n.element().symbol() + " " + String.join("-", n.layerSizes().stream().map(String::valueOf).toList())
                        + " (" + String.join("/", n.activations()) + "; " + n.parameters() + " parameters)");
            }
            row(sb, "networks", String.join(", ", shapes));
            row(sb, "parameters", String.valueOf(networks.parameters()));
        } else if (info.architecture() instanceof ModelInfo.GaussianProcess process) {
            row(sb, "kernel", process.kernel());
            row(sb, "sparse points", perElement(info, process.sparsePoints()) + " ("
                    + process.sparsePoints().stream().mapToInt(Integer::intValue).sum() + " in all)");
            row(sb, "uncertainty scale", "energy " + Numbers.compact(process.energyUncertaintyScale()) + ", forces "
                    + Numbers.compact(process.forceUncertaintyScale()));
        }
        Provenance p = info.provenance();
        row(sb, "mlpot version", p.mlpotVersion());
        row(sb, "created", p.created().toString());
        row(sb, "seed", String.valueOf(p.seed()));
        row(sb, "spec", specLine(p.specText()).orElse("none stored (a converted model)"));
        if (p.dataFiles().isEmpty()) {
            row(sb, "data", "none recorded");
        }
        for (DataFileDigest d : p.dataFiles()) {
            row(sb, "data", d.path() + " (" + d.frames() + " frames, sha256 " + prefix(d.sha256()) + "…)");
        }
        if (info.training().isPresent()) {
            TrainingLog log = info.training().get();
            row(sb, "best epoch", epoch(log.best(), log.epochs()));
            row(sb, "last epoch", epoch(log.last(), log.epochs()));
            row(sb, "metrics", log.file().toString());
        } else {
            row(sb, "training metrics", "none recorded (no " + TrainingLog.besideModel(info.file()).getFileName() + " beside the model)");
        }
        return sb.toString();
    }

    /** The same as one JSON object on one line; absent values are {@code null}. */
    static String json(ModelInfo info) {
        ObjectNode root = Json.object();
        root.put("file", info.file().toString());
        root.put("kind", info.kind());
        root.put("family", info.architecture() instanceof ModelInfo.Networks ? "neural_network" : "gaussian_process");
        root.put("format", info.format());
        root.put("sha256", info.sha256());
        root.put("checksum", "verified");
        root.put("name", info.name());
        ArrayNode elements = root.putArray("elements");
        info.elements().forEach(e -> elements.add(e.symbol()));
        root.put("descriptor", info.descriptor());
        root.put("cutoff", info.cutoff());
        root.set("features", perElementJson(info, info.features()));
        if (info.architecture() instanceof ModelInfo.Networks networks) {
            ArrayNode list = root.putArray("networks");
            for (ModelInfo.Network n : networks.networks()) {
                ObjectNode node = list.addObject();
                node.put("element", n.element().symbol());
                ArrayNode sizes = node.putArray("layer_sizes");
                n.layerSizes().forEach(sizes::add);
                ArrayNode activations = node.putArray("activations");
                n.activations().forEach(activations::add);
                node.put("parameters", n.parameters());
            }
            root.put("parameters", networks.parameters());
        } else if (info.architecture() instanceof ModelInfo.GaussianProcess process) {
            root.set("kernel", process.kernelJson());
            root.put("kernel_description", process.kernel());
            root.set("sparse_points", perElementJson(info, process.sparsePoints()));
            ObjectNode scales = root.putObject("uncertainty_scale");
            scales.put("energy", process.energyUncertaintyScale());
            scales.put("force", process.forceUncertaintyScale());
        }
        Provenance p = info.provenance();
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("mlpot_version", p.mlpotVersion());
        provenance.put("created", p.created().toString());
        provenance.put("seed", p.seed());
        provenance.put("spec", specLine(p.specText()).orElse(null));
        ArrayNode data = provenance.putArray("data_files");
        for (DataFileDigest d : p.dataFiles()) {
            data.addObject().put("path", d.path()).put("frames", d.frames()).put("sha256", d.sha256());
        }
        if (info.training().isPresent()) {
            TrainingLog log = info.training().get();
            ObjectNode training = root.putObject("training");
            training.put("metrics_file", log.file().toString());
            training.put("epochs", log.epochs());
            training.set("best", epochJson(log.best()));
            training.set("last", epochJson(log.last()));
        } else {
            root.putNull("training");
        }
        return Json.text(root);
    }

    /** The spec's line that starts with {@code model} (else its first non-blank line); empty when no spec was stored. */
    static Optional<String> specLine(String specText) {
        List<String> lines = specText.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.startsWith("model ")).findFirst().or(() -> lines.stream().findFirst());
    }

    private static String family(ModelInfo info) {
        return info.architecture() instanceof ModelInfo.Networks ? "neural network" : "sparse Gaussian process";
    }

    private static String epoch(TrainingLog.EpochErrors e, int epochs) {
        String text = String.format(Locale.ROOT, "%d of %d: train energy RMSE %.3f meV/atom, force RMSE %.2f meV/Å", e.epoch(),
                epochs, e.trainEnergyRmse(), e.trainForceRmse());
        if (e.validationEnergyRmse().isPresent() && e.validationForceRmse().isPresent()) {
            text += String.format(Locale.ROOT, "; validation %.3f meV/atom, %.2f meV/Å", e.validationEnergyRmse().getAsDouble(),
                    e.validationForceRmse().getAsDouble());
        }
        return text;
    }

    private static ObjectNode epochJson(TrainingLog.EpochErrors e) {
        ObjectNode node = Json.object();
        node.put("epoch", e.epoch());
        node.put("train_energy_rmse_meV_atom", e.trainEnergyRmse());
        node.put("train_force_rmse_meV_A", e.trainForceRmse());
        put(node, "validation_energy_rmse_meV_atom", e.validationEnergyRmse());
        put(node, "validation_force_rmse_meV_A", e.validationForceRmse());
        return node;
    }

    private static void put(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }

    private static String perElement(ModelInfo info, List<Integer> counts) {
        List<String> items = new ArrayList<>();
        for (int s = 0; s < counts.size(); s++) {
            items.add(info.elements().get(s).symbol() + " " + counts.get(s));
        }
        return String.join(", ", items);
    }

    private static ObjectNode perElementJson(ModelInfo info, List<Integer> counts) {
        ObjectNode node = Json.object();
        for (int s = 0; s < counts.size(); s++) {
            node.put(info.elements().get(s).symbol(), counts.get(s));
        }
        return node;
    }

    private static String prefix(String sha256) {
        return sha256.substring(0, Math.min(DIGEST_PREFIX, sha256.length()));
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "  %-18s %s%n", label, value));
    }
}
