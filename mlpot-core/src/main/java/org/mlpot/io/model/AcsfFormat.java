package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlpot.descriptor.acsf.ExpAngular;
import org.mlpot.descriptor.acsf.ExpAngularNarrowWeighted;
import org.mlpot.descriptor.acsf.ExpRadial;
import org.mlpot.descriptor.acsf.ExpRadialWeighted;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Element;

/**
 * {@code acsf} ({@link SymmetryFunctions}): {@code elements} and {@code function_groups}, each group the
 * n2p2 settings lines of functions in Å ({@link SymmetryFunction#settingsLine()}) sharing one cutoff
 * function, given by {@code cutoff_type} (a {@link CutoffType} name) and {@code cutoff_alpha}; the
 * compact types 20–25 form a group without them.
 */
final class AcsfFormat implements DescriptorFormat<SymmetryFunctions> {

    @Override
    public String type() {
        return "acsf";
    }

    @Override
    public Class<SymmetryFunctions> descriptorClass() {
        return SymmetryFunctions.class;
    }

    @Override
    public void write(SymmetryFunctions descriptor, ObjectNode node) {
        Map<Optional<CutoffShape>, List<String>> groups = new LinkedHashMap<>();
        for (Element element : descriptor.elements()) {
            for (SymmetryFunction f : descriptor.functions(element)) {
                groups.computeIfAbsent(cutoffShape(f), shape -> new ArrayList<>()).add(f.settingsLine());
            }
        }
        node.set("elements", ModelJson.elements(descriptor.elements()));
        ArrayNode list = node.putArray("function_groups");
        groups.forEach((shape, lines) -> {
            ObjectNode group = list.addObject();
            shape.ifPresent(s -> {
                group.put("cutoff_type", s.type().name());
                group.set("cutoff_alpha", ModelJson.number(s.alpha()));
            });
            group.set("functions", ModelJson.texts(lines));
        });
    }

    /** The cutoff function of a cutoff-based function; empty for the compact types. */
    private static Optional<CutoffShape> cutoffShape(SymmetryFunction f) {
        if (f instanceof ExpRadial r) {
            return Optional.of(r.cutoff());
        }
        if (f instanceof ExpAngular a) {
            return Optional.of(a.cutoff());
        }
        if (f instanceof ExpRadialWeighted w) {
            return Optional.of(w.cutoff());
        }
        if (f instanceof ExpAngularNarrowWeighted w) {
            return Optional.of(w.cutoff());
        }
        return Optional.empty();
    }

    @Override
    public SymmetryFunctions read(ModelNode node) {
        List<Element> elements = node.field("elements").elements();
        List<SymmetryFunction> functions = new ArrayList<>();
        for (ModelNode group : node.field("function_groups").items()) {
            Optional<ModelNode> typeNode = group.optionalField("cutoff_type");
            Optional<ModelNode> alphaNode = group.optionalField("cutoff_alpha");
            if (typeNode.isPresent() != alphaNode.isPresent()) {
                throw group.error("give both cutoff_type and cutoff_alpha, or neither (for compact functions)");
            }
            CutoffShape shape = null;
            if (typeNode.isPresent()) {
                try {
                    shape = new CutoffShape(typeNode.get().constant(CutoffType.class), alphaNode.get().real());
                } catch (IllegalArgumentException e) {
                    throw alphaNode.get().error(e.getMessage());
                }
            }
            for (ModelNode line : group.field("functions").items()) {
                try {
                    functions.add(shape != null ? SymmetryFunction.parse(line.text(), shape) : SymmetryFunction.parse(line.text()));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
        }
        try {
            return new SymmetryFunctions(elements, functions);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
