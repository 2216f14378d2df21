package org.mlpot.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example uses only the embedding API: every mlpot type its sources name (in imports or written
 * out in full) is in {@code org.mlpot.api} or is one of the core types that the API's
 * {@code package-info.java} lists with {@code {@link ...}}.
 */
class PublicApiOnlyTest {
    private static final Pattern MLPOT_NAME = Pattern.compile("\\borg\\.mlpot\\.[a-z][a-z0-9_.]*\\.(?:[A-Z]\\w*|\\*)");
    private static final Pattern LINK = Pattern.compile("\\{@link (org\\.mlpot\\.[\\w.]+)}");

    private static Path root() {
        return Path.of(System.getProperty("mlpot.repo.root", "../.."));
    }

    /** The core types the API documents as part of it. */
    static Set<String> documentedCoreTypes() throws IOException {
        String packageInfo = Files.readString(root().resolve("mlpot-api/src/main/java/org/mlpot/api/package-info.java"));
        Set<String> types = new TreeSet<>();
        Matcher m = LINK.matcher(packageInfo);
        while (m.find()) {
            if (!m.group(1).startsWith("org.mlpot.api.")) {
                types.add(m.group(1));
            }
        }
        return types;
    }

    @Test
    void theExampleNamesOnlyTheApiAndTheCoreTypesItDocuments() throws IOException {
        Set<String> allowed = documentedCoreTypes();
        assertTrue(allowed.contains("org.mlpot.structure.Structure") && allowed.contains("org.mlpot.data.Frame"),
                "package-info lists the core types: " + allowed);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root().resolve("examples/embedding/src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no example sources found");
        List<String> offending = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int n = 0; n < lines.size(); n++) {
                Matcher m = MLPOT_NAME.matcher(lines.get(n));
                while (m.find()) {
                    String name = m.group();
                    String pkg = name.substring(0, name.lastIndexOf('.'));
                    boolean permitted = pkg.equals("org.mlpot.api") || pkg.equals("org.mlpot.examples.embedding")
                            || allowed.contains(name);
                    if (!permitted) {
                        offending.add(source.getFileName() + ":" + (n + 1) + ": " + name);
                    }
                }
            }
        }
        assertTrue(offending.isEmpty(), "the example must use only org.mlpot.api and the core types its package-info lists "
                + allowed + "; found:\n" + String.join("\n", offending));
    }

    @Test
    void theScanCatchesAnInternalImport() {
        Matcher m = MLPOT_NAME.matcher("import org.mlpot.nn.train.NeuralNetworkTrainer;");
        assertTrue(m.find());
        assertTrue(m.group().equals("org.mlpot.nn.train.NeuralNetworkTrainer"), m.group());
        Matcher wildcard = MLPOT_NAME.matcher("import org.mlpot.io.*;");
        assertTrue(wildcard.find() && wildcard.group().equals("org.mlpot.io.*"), "wildcards are caught too");
    }
}
