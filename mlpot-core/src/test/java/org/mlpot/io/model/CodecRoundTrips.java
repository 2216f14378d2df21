package org.mlpot.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes a JSON value into a model file and reads it back, through the real printer and parser. */
final class CodecRoundTrips {
    private CodecRoundTrips() {
    }

    static ModelNode roundTrip(Path folder, JsonNode value) {
        ObjectNode model = ModelJson.object();
        model.set("value", value);
        Path file = folder.resolve("roundtrip.model");
        ModelFiles.write(file, "test", new Provenance("", List.of(), 1, "test", Instant.EPOCH), model);
        return ModelFiles.read(file, "test").model().field("value");
    }
}
