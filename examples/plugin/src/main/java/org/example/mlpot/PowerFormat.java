package org.example.mlpot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mlpot.io.model.DescriptorFormat;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;

/** Stores the power descriptor in model files: {@code elements}, {@code cutoff} (Å) and {@code powers}. */
public final class PowerFormat implements DescriptorFormat<PowerDescriptor> {

    @Override
    public String type() {
        return PowerSpec.TYPE;
    }

    @Override
    public Class<PowerDescriptor> descriptorClass() {
        return PowerDescriptor.class;
    }

    @Override
    public void write(PowerDescriptor descriptor, ObjectNode node) {
        PowerSpec spec = descriptor.spec();
        node.set("elements", ModelJson.elements(spec.elements()));
        node.set("cutoff", ModelJson.number(spec.cutoff()));
        node.set("powers", ModelJson.numbers(spec.powers().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Override
    public PowerDescriptor read(ModelNode node) {
        List<Double> powers = new ArrayList<>();
        for (double p : node.field("powers").reals()) {
            powers.add(p);
        }
        try {
            return new PowerDescriptor(new PowerSpec(node.field("elements").elements(), node.field("cutoff").real(), powers));
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
