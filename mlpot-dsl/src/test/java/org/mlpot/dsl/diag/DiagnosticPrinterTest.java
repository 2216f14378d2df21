package org.mlpot.dsl.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpot.dsl.ast.SourceSpan;

class DiagnosticPrinterTest {

    private static final SourceFiles SOURCES = SourceFiles.of(Map.of(
            "si.mlpot", "model m {\n    cutoff 6.0 Å  function cosin\n}\n",
            "tabs.mlpot", "model m {\n\ta\t1 Å\n}\r\n"));

    @Test
    void printsHeaderLineAndCarets() {
        Diagnostic diagnostic = new Diagnostic("SPEC-101", new SourceSpan("si.mlpot", 2, 28, 2, 33),
                "unknown cutoff function 'cosin'");
        assertEquals("""
                si.mlpot:2:28: error[SPEC-101]: unknown cutoff function 'cosin'
                    2 |     cutoff 6.0 Å  function cosin
                      |                            ^^^^^
                """, new DiagnosticPrinter(SOURCES).print(diagnostic));
    }

    @Test
    void keepsTabsSoThatTheCaretStaysAligned() {
        Diagnostic diagnostic = new Diagnostic("SPEC-004", new SourceSpan("tabs.mlpot", 2, 4, 2, 5),
                "x");
        assertEquals("tabs.mlpot:2:4: error[SPEC-004]: x\n    2 | \ta\t1 Å\n      | \t \t^\n",
                new DiagnosticPrinter(SOURCES).print(diagnostic));
    }

    @Test
    void underlinesAMultiLineSpanToTheEndOfItsFirstLineAndAnEmptySpanWithOneCaret() {
        DiagnosticPrinter printer = new DiagnosticPrinter(SOURCES);
        assertEquals("si.mlpot:1:7: error[SPEC-004]: x\n    1 | model m {\n      |       ^^^\n",
                printer.print(new Diagnostic("SPEC-004", new SourceSpan("si.mlpot", 1, 7, 3, 2), "x")));
        assertEquals("tabs.mlpot:3:2: error[SPEC-006]: x\n    3 | }\n      |  ^\n",
                printer.print(new Diagnostic("SPEC-006", SourceSpan.at("tabs.mlpot", 3, 2), "x")));
    }

    @Test
    void printsOnlyTheHeaderWithoutTheSource() {
        Diagnostic diagnostic = new Diagnostic("SPEC-017", SourceSpan.at("gone.mlpot", 1, 1),
                "cannot read 'gone.mlpot': no such file");
        assertEquals("gone.mlpot:1:1: error[SPEC-017]: cannot read 'gone.mlpot': no such file\n",
                new DiagnosticPrinter(SOURCES).print(diagnostic));
    }

    @Test
    void refusesMalformedCodesAndSpans() {
        SourceSpan span = SourceSpan.at("f", 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new Diagnostic("E1", span, "x"));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan("f", 2, 5, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan("f", 0, 1, 1, 1));
    }
}
