package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapRadialBasis;
import org.mlpot.descriptor.soap.SoapSettings;

/** {@code soap} ({@link SoapDescriptor}): the fields of its {@link SoapSettings}. */
final class SoapFormat implements DescriptorFormat<SoapDescriptor> {

    @Override
    public String type() {
        return "soap";
    }

    @Override
    public Class<SoapDescriptor> descriptorClass() {
        return SoapDescriptor.class;
    }

    @Override
    public void write(SoapDescriptor descriptor, ObjectNode node) {
        SoapSettings settings = descriptor.settings();
        node.set("species", ModelJson.elements(settings.species()));
        node.set("cutoff", ModelJson.number(settings.cutoff()));
        node.set("cutoff_transition_width", ModelJson.number(settings.cutoffTransitionWidth()));
        node.set("atom_sigma", ModelJson.number(settings.atomSigma()));
        node.put("n_max", settings.nMax());
        node.put("l_max", settings.lMax());
        node.put("radial_basis", settings.radialBasis().name());
        node.set("central_weight", ModelJson.number(settings.centralWeight()));
        node.put("normalize", settings.normalize());
    }

    @Override
    public SoapDescriptor read(ModelNode node) {
        SoapSettings settings;
        try {
            settings = new SoapSettings(node.field("cutoff").real(), node.field("cutoff_transition_width").real(),
                    node.field("atom_sigma").real(), node.field("n_max").integer(), node.field("l_max").integer(),
                    node.field("radial_basis").constant(SoapRadialBasis.class), node.field("central_weight").real(),
                    node.field("species").elements(), node.field("normalize").bool());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        try {
            return new SoapDescriptor(settings);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
