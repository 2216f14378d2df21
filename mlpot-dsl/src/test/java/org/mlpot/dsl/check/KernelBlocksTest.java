package org.mlpot.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlpot.spec.DotProductKernelSpec;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.SquaredExponentialKernelSpec;
import org.mlpot.spec.SumKernelSpec;

/**
 * One {@code kernel} block is one kernel over all descriptors; one block per descriptor is a sum, the
 * i-th kernel block with the i-th descriptor block in file order; any other count is an error at the
 * first kernel block too many, or at the first one when there are too few.
 */
class KernelBlocksTest {
    private static final String ACSF = "  descriptor acsf { cutoff 5  radial { grid imbalzano(shifted, 4) } }\n";
    private static final String SOAP = "  descriptor soap { cutoff 5  n_max 4  l_max 4 }\n";
    private static final String SE = "  kernel squared_exponential { length_scale 0.5  delta 1 }\n";
    private static final String DOT = "  kernel dot_product { zeta 4  delta 0.2 }\n";

    private static CompileResult compile(String... statements) {
        return SpecCompiler.compile("model m {\n  elements Si\n" + String.join("", statements) + "  sparse { points 5 }\n}\n",
                "m.mlpot");
    }

    private static Optional<KernelSpec> kernel(String... statements) {
        CompileResult result = compile(statements);
        assertFalse(result.hasErrors(), result::printDiagnostics);
        return result.spec().orElseThrow().kernel();
    }

    @Test
    void oneKernelPerDescriptorIsASumInFileOrder() {
        SumKernelSpec expected = new SumKernelSpec(List.of(new SquaredExponentialKernelSpec(0.5, 1),
                new DotProductKernelSpec(4, 0.2)));
        assertEquals(Optional.of(expected), kernel(ACSF, SOAP, SE, DOT));
        assertEquals(Optional.of(expected), kernel(ACSF, SE, SOAP, DOT));
        assertEquals(Optional.of(new SumKernelSpec(List.of(new DotProductKernelSpec(4, 0.2),
                new SquaredExponentialKernelSpec(0.5, 1)))), kernel(SOAP, ACSF, DOT, SE));
    }

    @Test
    void oneKernelBlockIsOneKernelOverAllDescriptors() {
        assertEquals(Optional.of(new DotProductKernelSpec(4, 0.2)), kernel(ACSF, SOAP, DOT));
        assertEquals(Optional.of(new DotProductKernelSpec(4, 0.2)), kernel(SOAP, DOT));
    }

    @Test
    void otherCountsAreRefusedNamingTheNumberOfDescriptors() {
        assertEquals(List.of("m.mlpot:6:3: error[SPEC-120]: 2 kernel blocks for 3 descriptors; give one kernel for all"
                        + " descriptors, or one per descriptor (3)"),
                compile(ACSF, SOAP, SOAP.replace("n_max 4", "n_max 3"), SE, DOT).diagnostics().stream()
                        .map(d -> d.header()).toList());
        assertEquals(List.of("m.mlpot:5:3: error[SPEC-120]: 3 kernel blocks for 1 descriptor; give one kernel for all"
                        + " descriptors, or one per descriptor (1)"),
                compile(SOAP, DOT, DOT, SE).diagnostics().stream().map(d -> d.header()).toList());
    }

    @Test
    void anErrorInOneTermIsReportedAndGivesNoSpec() {
        CompileResult result = compile(ACSF, SOAP, SE, DOT.replace("zeta 4", "zeta -4"));
        assertEquals(1, result.diagnostics().size(), result::printDiagnostics);
        assertEquals("SPEC-106", result.diagnostics().get(0).code());
        assertEquals(Optional.empty(), result.spec());
    }
}
