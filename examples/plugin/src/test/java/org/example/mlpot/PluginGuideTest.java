package org.example.mlpot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/plugins.md shows this example's code: every {@code java} block of the guide (each part, where
 * a line {@code ...} leaves something out) occurs in the example's sources, up to indentation.
 */
class PluginGuideTest {
    private static final Path ROOT = Path.of(System.getProperty("mlpot.repo.root", ".."));
    private static final List<Path> SOURCES = List.of(ROOT.resolve("examples/plugin/src/main/java/org/example/mlpot"),
            ROOT.resolve("examples/plugin/src/test/java/org/example/mlpot"));

    /** The text with every line's leading white space removed. */
    private static String unindented(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int at = markdown.indexOf("```java\n");
        while (at >= 0) {
            int end = markdown.indexOf("\n```", at);
            blocks.add(markdown.substring(at + "```java\n".length(), end));
            at = markdown.indexOf("```java\n", end + 4);
        }
        return blocks;
    }

    @Test
    void everyJavaExcerptOfTheGuideIsInTheExampleSources() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/plugins.md"));
        StringBuilder all = new StringBuilder();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    all.append(unindented(Files.readString(file))).append('\n');
                }
            }
        }
        String sources = all.toString();
        List<String> blocks = javaBlocks(guide);
        assertTrue(blocks.size() >= 10, "expected the guide's excerpts, found " + blocks.size() + " java blocks");
        for (String block : blocks) {
            for (String part : unindented(block).split("\n\\.\\.\\.(\n|$)")) {
                assertTrue(sources.contains(part), "docs/plugins.md shows code that is not in " + SOURCES + ":\n" + part);
            }
        }
    }
}
