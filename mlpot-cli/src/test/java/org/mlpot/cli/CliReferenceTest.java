package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/cli.md} is what the commands' help says today. With {@code -Dmlpot.writeCliReference=true}
 * the test rewrites the file instead of failing.
 */
class CliReferenceTest {

    @Test
    void theCommittedReferenceMatchesTheCommands() throws IOException {
        String generated = CliReference.markdown();
        assertTrue(generated.contains("## `mlpot train`") && generated.contains("## `mlpot n2p2 export`"), generated);
        Path file = Path.of(System.getProperty("mlpot.repo.root", "..")).resolve("docs/cli.md");
        if (Boolean.getBoolean("mlpot.writeCliReference")) {
            Files.writeString(file, generated);
        }
        assertEquals(generated, Files.exists(file) ? Files.readString(file) : "",
                "docs/cli.md is out of date: regenerate it with mvn -pl mlpot-cli -am verify -Dtest=CliReferenceTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dmlpot.writeCliReference=true");
    }
}
