package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

/**
 * A {@link FeatureScaling} as JSON in a model file: {@code type} (a {@link ScalingType} name),
 * {@code scaled_min}, {@code scaled_max} and {@code statistics}, one object per element in the
 * scaling's order with {@code element}, {@code atoms} (only when the statistics know their atom
 * counts) and the arrays {@code min}, {@code max}, {@code mean}, {@code sigma} over the raw features.
 * Numbers read back bit for bit (NaN, for an element without data, as the text {@code "NaN"}).
 */
public final class FeatureScalingCodec {
    private FeatureScalingCodec() {
    }

    /** The JSON of {@code scaling}. */
    public static ObjectNode write(FeatureScaling scaling) {
        Objects.requireNonNull(scaling, "scaling is null");
        FeatureStatistics statistics = scaling.statistics();
        ObjectNode node = ModelJson.object();
        node.put("type", scaling.type().name());
        node.set("scaled_min", ModelJson.number(scaling.scaledMin()));
        node.set("scaled_max", ModelJson.number(scaling.scaledMax()));
        if (scaling.constantFeaturesInert()) {
            node.put("constant_features", "inert");
        }
        ArrayNode list = node.putArray("statistics");
        for (int s = 0; s < statistics.elements().size(); s++) {
            ObjectNode entry = list.addObject();
            entry.put("element", statistics.elements().get(s).symbol());
            if (statistics.hasCounts()) {
                entry.put("atoms", statistics.count(s));
            }
            int size = statistics.size(s);
            double[] min = new double[size];
            double[] max = new double[size];
            double[] mean = new double[size];
            double[] sigma = new double[size];
            for (int g = 0; g < size; g++) {
                min[g] = statistics.min(s, g);
                max[g] = statistics.max(s, g);
                mean[g] = statistics.mean(s, g);
                sigma[g] = statistics.sigma(s, g);
            }
            entry.set("min", ModelJson.numbers(min));
            entry.set("max", ModelJson.numbers(max));
            entry.set("mean", ModelJson.numbers(mean));
            entry.set("sigma", ModelJson.numbers(sigma));
        }
        return node;
    }

    /**
     * The scaling {@code node} describes.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid scaling
     */
    public static FeatureScaling read(ModelNode node) {
        Objects.requireNonNull(node, "node is null");
        ScalingType type = node.field("type").constant(ScalingType.class);
        double scaledMin = node.field("scaled_min").real();
        double scaledMax = node.field("scaled_max").real();
        List<ModelNode> entries = node.field("statistics").items();
        int n = entries.size();
        List<Element> elements = new ArrayList<>();
        double[][] min = new double[n][];
        double[][] max = new double[n][];
        double[][] mean = new double[n][];
        double[][] sigma = new double[n][];
        long[] counts = new long[n];
        int withCounts = 0;
        for (int s = 0; s < n; s++) {
            ModelNode entry = entries.get(s);
            elements.add(entry.field("element").element());
            var atoms = entry.optionalField("atoms");
            if (atoms.isPresent()) {
                counts[s] = atoms.get().longInteger();
                withCounts++;
            }
            min[s] = entry.field("min").reals();
            max[s] = entry.field("max").reals();
            mean[s] = entry.field("mean").reals();
            sigma[s] = entry.field("sigma").reals();
        }
        if (withCounts != 0 && withCounts != n) {
            throw node.field("statistics").error("give 'atoms' for every element or for none");
        }
        try {
            FeatureStatistics statistics = withCounts > 0
                    ? FeatureStatistics.of(elements, counts, min, max, mean, sigma)
                    : FeatureStatistics.of(elements, min, max, mean, sigma);
            boolean inert = node.optionalField("constant_features").isPresent();
            if (inert && !"inert".equals(node.field("constant_features").text())) {
                throw node.field("constant_features").error("expected \"inert\" (the only value this mlpot knows)");
            }
            return inert ? FeatureScaling.ofIgnoringConstantFeatures(type, statistics, scaledMin, scaledMax)
                    : FeatureScaling.of(type, statistics, scaledMin, scaledMax);
        } catch (IllegalArgumentException | InputException e) {
            throw node.error(e.getMessage());
        }
    }
}
