package org.mlpot.io.model;

import java.util.Objects;

/**
 * A model file's contents after its header, size and checksum were checked: the provenance and the
 * model-specific part of the body, which the model's own reader decodes.
 *
 * @param kind the kind of model, such as {@code hdnnp}
 * @param provenance where the model comes from
 * @param model the body's {@code model} object
 */
public record StoredModel(String kind, Provenance provenance, ModelNode model) {

    /** Checks the arguments. */
    public StoredModel {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(provenance, "provenance is null");
        Objects.requireNonNull(model, "model is null");
    }
}
