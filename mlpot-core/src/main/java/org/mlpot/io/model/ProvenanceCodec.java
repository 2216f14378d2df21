package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Provenance} as JSON: {@code mlpot_version}, {@code created} (ISO-8601 UTC), {@code seed},
 * {@code data_files} (objects of {@code path}, {@code sha256}, {@code frames}) and {@code spec}, the
 * spec text as an array of its lines (split at {@code \n}, so that diffs of model files show changed
 * spec lines; joining them with {@code \n} gives the text back exactly).
 */
final class ProvenanceCodec {
    private ProvenanceCodec() {
    }

    static ObjectNode write(Provenance provenance) {
        ObjectNode node = ModelJson.object();
        node.put("mlpot_version", provenance.mlpotVersion());
        node.put("created", provenance.created().toString());
        node.put("seed", provenance.seed());
        ArrayNode files = node.putArray("data_files");
        for (DataFileDigest file : provenance.dataFiles()) {
            ObjectNode entry = files.addObject();
            entry.put("path", file.path());
            entry.put("sha256", file.sha256());
            entry.put("frames", file.frames());
        }
        node.set("spec", ModelJson.texts(Arrays.asList(provenance.specText().split("\n", -1))));
        return node;
    }

    static Provenance read(ModelNode node) {
        String version = node.field("mlpot_version").text();
        ModelNode createdNode = node.field("created");
        Instant created;
        try {
            created = Instant.parse(createdNode.text());
        } catch (DateTimeParseException e) {
            throw createdNode.error("expected an ISO-8601 time such as 2025-01-31T12:00:00Z, got '" + createdNode.text() + "'");
        }
        long seed = node.field("seed").longInteger();
        List<DataFileDigest> files = new ArrayList<>();
        for (ModelNode entry : node.field("data_files").items()) {
            ModelNode sha = entry.field("sha256");
            ModelNode frames = entry.field("frames");
            if (!Sha256.isDigest(sha.text())) {
                throw sha.error("expected 64 lowercase hexadecimal digits, got '" + sha.text() + "'");
            }
            if (frames.longInteger() < 0) {
                throw frames.error("the number of frames must not be negative");
            }
            files.add(new DataFileDigest(entry.field("path").text(), sha.text(), frames.longInteger()));
        }
        String spec = String.join("\n", node.field("spec").texts());
        if (version.isBlank()) {
            throw node.field("mlpot_version").error("the mlpot version is blank");
        }
        return new Provenance(spec, files, seed, version, created);
    }
}
