package org.mlpot.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.ListNode;
import org.mlpot.dsl.ast.ModelNode;
import org.mlpot.dsl.ast.NumberNode;
import org.mlpot.dsl.ast.SettingNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.UnitText;
import org.mlpot.dsl.diag.Diagnostic;

/** Spans, limits and file handling of {@link SpecParser}; the syntax itself is in {@link SyntaxCasesTest}. */
class SpecParserTest {

    private static ModelNode model(String text) {
        ParseResult result = SpecParser.parse(text, "t.mlpot");
        assertTrue(result.diagnostics().isEmpty(), result::printDiagnostics);
        return result.spec().orElseThrow().model();
    }

    @Test
    void keyAndValueHaveTheirOwnSpansInCodePoints() {
        ModelNode model = model("model m {\n  cutoff 6.0 Å  eta 1 1/Å²\n}\n");
        SettingNode cutoff = (SettingNode) model.statements().get(0);
        assertEquals(new SourceSpan("t.mlpot", 2, 3, 2, 9), cutoff.key().span());
        NumberNode value = (NumberNode) cutoff.value();
        assertEquals(new SourceSpan("t.mlpot", 2, 10, 2, 15), value.span());
        assertEquals(Optional.of(new UnitText("Å", new SourceSpan("t.mlpot", 2, 14, 2, 15))),
                value.unit());
        assertEquals(new SourceSpan("t.mlpot", 2, 3, 2, 15), cutoff.span());
        SettingNode eta = (SettingNode) model.statements().get(1);
        assertEquals(new SourceSpan("t.mlpot", 2, 17, 2, 20), eta.key().span());
        // "1/Å²" is four code points
        assertEquals(new SourceSpan("t.mlpot", 2, 23, 2, 27),
                ((NumberNode) eta.value()).unit().orElseThrow().span());
        assertEquals(new SourceSpan("t.mlpot", 1, 1, 3, 2), model.span());
    }

    @Test
    void numbersKeepTheirTextAndValue() {
        ModelNode model = model("model m { a -2.5e-3 eV/Å  b .5 }");
        NumberNode a = (NumberNode) ((SettingNode) model.statements().get(0)).value();
        assertEquals(-2.5e-3, a.value(), 0.0);
        assertEquals("-2.5e-3", a.text());
        assertEquals("eV/Å", a.unit().orElseThrow().text());
        NumberNode b = (NumberNode) ((SettingNode) model.statements().get(1)).value();
        assertEquals(0.5, b.value(), 0.0);
    }

    @Test
    void commaListsAreUnbracketedListsAndBracketsCarryTheirUnit() {
        ModelNode model = model("model m { eta 0.1, 0.2 1/Å²  rs [1, 2] Å }");
        ListNode eta = assertInstanceOf(ListNode.class,
                ((SettingNode) model.statements().get(0)).value());
        assertEquals(false, eta.bracketed());
        assertEquals(Optional.empty(), eta.unit());
        assertEquals("1/Å²", ((NumberNode) eta.items().get(1)).unit().orElseThrow().text());
        ListNode rs = assertInstanceOf(ListNode.class,
                ((SettingNode) model.statements().get(1)).value());
        assertEquals(true, rs.bracketed());
        assertEquals("Å", rs.unit().orElseThrow().text());
    }

    @Test
    void includedStatementsComeFirstAndKeepTheirFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/a.mlpot"), "include \"b.mlpot\"\na 1\n");
        Files.writeString(dir.resolve("lib/b.mlpot"), "b { c 2 }\n");
        Path root = dir.resolve("root.mlpot");
        Files.writeString(root, "include \"lib/a.mlpot\"\nmodel m { d 3 }\n");
        ParseResult result = SpecParser.parse(root);
        assertTrue(result.diagnostics().isEmpty(), result::printDiagnostics);
        List<String> keys = result.spec().orElseThrow().model().statements().stream()
                .map(statement -> statement.key().name()).toList();
        assertEquals(List.of("b", "a", "d"), keys);
        BlockNode b = (BlockNode) result.spec().orElseThrow().model().statements().get(0);
        assertEquals(dir.resolve("lib/b.mlpot").toString(), b.span().file());
        assertEquals(new SourceSpan(dir.resolve("lib/b.mlpot").toString(), 1, 1, 1, 10), b.span());
        assertTrue(result.sources().contains(dir.resolve("lib/a.mlpot").toString()));
    }

    @Test
    void inputOverOneMebibyteIsRefusedWithoutParsing() {
        String filler = "# " + "x".repeat(SpecParser.MAX_INPUT_CHARS) + "\n";
        ParseResult result = SpecParser.parse(filler + "model m { a 1 }", "big.mlpot");
        assertEquals(List.of("SPEC-014"), codes(result.diagnostics()));
        assertEquals(new SourceSpan("big.mlpot", 1, 1, 1, 1), result.diagnostics().get(0).span());
    }

    @Test
    void inputJustUnderTheLimitParses() {
        String model = "model m { a 1 }\n";
        String comment = "#" + "x".repeat(SpecParser.MAX_INPUT_CHARS - model.length() - 2) + "\n";
        assertEquals(SpecParser.MAX_INPUT_CHARS, comment.length() + model.length());
        assertTrue(SpecParser.parse(comment + model, "t.mlpot").spec().isPresent());
    }

    @Test
    void includesCountAgainstTheSizeLimit(@TempDir Path dir) throws IOException {
        String half = "# " + "x".repeat(SpecParser.MAX_INPUT_CHARS / 2) + "\n";
        Files.writeString(dir.resolve("a.mlpot"), half + "a 1\n");
        Files.writeString(dir.resolve("b.mlpot"), half + "b 1\n");
        Path root = dir.resolve("root.mlpot");
        Files.writeString(root, "include \"a.mlpot\"\ninclude \"b.mlpot\"\nmodel m { }\n");
        ParseResult result = SpecParser.parse(root);
        assertEquals(List.of("SPEC-014"), codes(result.diagnostics()));
        assertEquals(2, result.diagnostics().get(0).span().line());
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        int depth = 200_000;
        String text = "model m { a " + "[".repeat(depth) + "1" + "]".repeat(depth) + " }";
        ParseResult result = SpecParser.parse(text, "deep.mlpot");
        assertEquals(List.of("SPEC-015"), codes(result.diagnostics()));
        // model '{' is level 1, so the 32nd '[' is level 33
        assertEquals(13 + 31, result.diagnostics().get(0).span().column());
        String blocks = "model m { " + "a { ".repeat(depth) + "}".repeat(depth + 1);
        assertEquals(List.of("SPEC-015"), codes(SpecParser.parse(blocks, "d.mlpot").diagnostics()));
    }

    @Test
    void unreadableFilesAreDiagnostics(@TempDir Path dir) throws IOException {
        ParseResult missing = SpecParser.parse(dir.resolve("none.mlpot"));
        assertEquals(List.of("SPEC-017"), codes(missing.diagnostics()));
        Path latin1 = dir.resolve("latin1.mlpot");
        Files.write(latin1, "model m { a \"\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("SPEC-018"), codes(SpecParser.parse(latin1).diagnostics()));
    }

    @Test
    void emptyAndCommentOnlyInputNeedsAModel() {
        assertEquals(List.of("SPEC-008"), codes(SpecParser.parse("", "e.mlpot").diagnostics()));
        assertEquals(List.of("SPEC-008"),
                codes(SpecParser.parse("# only a comment\n", "e.mlpot").diagnostics()));
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }
}
