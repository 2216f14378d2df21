package org.mlpot.testing;

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
}
