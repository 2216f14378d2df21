package org.mlpot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test, visibly, when something outside the JDK and Maven that it needs is absent (ASE, the
 * reference data beside the repository): the reason is printed to the build log as well as recorded
 * in the test report, so a skipped interop or reference test never passes unnoticed.
 */
public final class Requirements {

    private Requirements() {
    }

    /**
     * Skips the calling test unless {@code available}, printing {@code SKIPPED: reason}.
     *
     * @param reason what is missing and how to provide it
     */
    public static void require(boolean available, String reason) {
        if (!available) {
            System.out.println("SKIPPED: " + reason);
            System.out.flush();
        }
        Assumptions.assumeTrue(available, reason);
    }

    /**
     * The folder of n2p2's reference potentials and outputs (GPL: read in place, never copied):
     * the system property {@code mlpot.n2p2.data} if set, else {@code <mlpot.repo.root>/../shared/data/n2p2}.
     * Skips the calling test, visibly, when the folder is absent.
     *
     * @param what the tests that need it, for the skip message
     */
    public static Path n2p2Data(String what) {
        String explicit = System.getProperty("mlpot.n2p2.data");
        Path folder;
        if (explicit != null) {
            folder = Path.of(explicit);
        } else {
            String root = System.getProperty("mlpot.repo.root");
            require(root != null, "neither mlpot.n2p2.data nor mlpot.repo.root is set: skipping " + what);
            folder = Path.of(root).resolve("../shared/data/n2p2").normalize();
        }
        require(Files.isDirectory(folder), "no n2p2 reference data at " + folder
                + " (set -Dmlpot.n2p2.data=<folder>): skipping " + what);
        return folder;
    }
}
