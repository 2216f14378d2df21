package org.mlpot.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.dsl.ast.BoolNode;
import org.mlpot.dsl.ast.CallNode;
import org.mlpot.dsl.ast.IdentifierNode;
import org.mlpot.dsl.ast.IncludeNode;
import org.mlpot.dsl.ast.ListNode;
import org.mlpot.dsl.ast.ModelNode;
import org.mlpot.dsl.ast.NameNode;
import org.mlpot.dsl.ast.Node;
import org.mlpot.dsl.ast.NumberNode;
import org.mlpot.dsl.ast.PercentNode;
import org.mlpot.dsl.ast.SettingNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.StatementNode;
import org.mlpot.dsl.ast.StringNode;
import org.mlpot.dsl.ast.UnitText;
import org.mlpot.dsl.ast.ValueNode;
import org.mlpot.dsl.diag.DiagnosticCollector;
import org.mlpot.dsl.diag.SyntaxMessages;

/**
 * Turns a parse tree without syntax errors into AST records. Reports what the grammar cannot
 * see: unknown string escapes and numbers too large for a double (the tree it returns then
 * holds a placeholder and must be discarded, which {@link SpecParser} does).
 */
final class AstBuilder extends MlpotSpecBaseVisitor<Node> {

    private final String file;
    private final DiagnosticCollector diagnostics;

    AstBuilder(String file, DiagnosticCollector diagnostics) {
        this.file = Objects.requireNonNull(file, "file is null");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is null");
    }

    /** The file's include lines, model or statements. */
    ParsedFile build(MlpotSpecParser.SpecFileContext context) {
        List<IncludeNode> includes = new ArrayList<>();
        for (MlpotSpecParser.IncludeLineContext line : context.includeLine()) {
            includes.add(new IncludeNode(string(line.STRING().getSymbol()).value(),
                    TokenSpans.of(file, line)));
        }
        Optional<ModelNode> model = Optional.ofNullable(context.modelDecl()).map(this::model);
        SourceSpan start = SourceSpan.at(file, 1, 1);
        SourceSpan span = start.through(TokenSpans.of(file, context.EOF().getSymbol()));
        return new ParsedFile(includes, model, statements(context.statement()), span);
    }

    private ModelNode model(MlpotSpecParser.ModelDeclContext context) {
        return new ModelNode(identifier(context.NAME().getSymbol()), statements(context.statement()),
                TokenSpans.of(file, context));
    }

    private List<StatementNode> statements(List<MlpotSpecParser.StatementContext> contexts) {
        List<StatementNode> statements = new ArrayList<>(contexts.size());
        for (MlpotSpecParser.StatementContext context : contexts) {
            statements.add((StatementNode) visit(context));
        }
        return statements;
    }

    @Override
    public Node visitStatement(MlpotSpecParser.StatementContext context) {
        IdentifierNode key = identifier(context.key);
        MlpotSpecParser.BlockBodyContext block = context.blockBody();
        if (block != null) {
            return new BlockNode(key, Optional.ofNullable(block.label).map(this::identifier),
                    statements(block.statement()), TokenSpans.of(file, context));
        }
        List<MlpotSpecParser.ItemContext> items = context.value().item();
        ValueNode value = items.size() == 1 ? item(items.get(0))
                : new ListNode(items(items), Optional.empty(), false,
                        TokenSpans.of(file, items.get(0), items.get(items.size() - 1)));
        return new SettingNode(key, value, TokenSpans.of(file, context));
    }

    @Override
    public Node visitNumberItem(MlpotSpecParser.NumberItemContext context) {
        Token number = context.NUMBER().getSymbol();
        double value = Double.parseDouble(number.getText());
        if (!Double.isFinite(value)) {
            diagnostics.add(SyntaxMessages.NUMBER_OUT_OF_RANGE.at(TokenSpans.of(file, number),
                    number.getText()));
            value = 0.0;
        }
        return new NumberNode(value, number.getText(), unit(context.UNIT()),
                TokenSpans.of(file, context));
    }

    @Override
    public Node visitPercentItem(MlpotSpecParser.PercentItemContext context) {
        Token token = context.PERCENT().getSymbol();
        String text = token.getText();
        double percent = Double.parseDouble(text.substring(0, text.length() - 1));
        if (!Double.isFinite(percent)) {
            diagnostics.add(SyntaxMessages.NUMBER_OUT_OF_RANGE.at(TokenSpans.of(file, token), text));
            percent = 0.0;
        }
        return new PercentNode(percent, text, TokenSpans.of(file, token));
    }

    @Override
    public Node visitStringItem(MlpotSpecParser.StringItemContext context) {
        return string(context.STRING().getSymbol());
    }

    @Override
    public Node visitBoolItem(MlpotSpecParser.BoolItemContext context) {
        return new BoolNode(context.TRUE() != null, TokenSpans.of(file, context));
    }

    @Override
    public Node visitCallItem(MlpotSpecParser.CallItemContext context) {
        return new CallNode(identifier(context.NAME().getSymbol()), items(context.item()),
                TokenSpans.of(file, context));
    }

    @Override
    public Node visitNameItem(MlpotSpecParser.NameItemContext context) {
        Token name = context.NAME().getSymbol();
        return new NameNode(name.getText(), TokenSpans.of(file, name));
    }

    @Override
    public Node visitListItem(MlpotSpecParser.ListItemContext context) {
        return new ListNode(items(context.item()), unit(context.UNIT()), true,
                TokenSpans.of(file, context));
    }

    private ValueNode item(MlpotSpecParser.ItemContext context) {
        return (ValueNode) visit(context);
    }

    private List<ValueNode> items(List<MlpotSpecParser.ItemContext> contexts) {
        List<ValueNode> items = new ArrayList<>(contexts.size());
        for (MlpotSpecParser.ItemContext context : contexts) {
            items.add(item(context));
        }
        return items;
    }

    private Optional<UnitText> unit(TerminalNode unit) {
        if (unit == null) {
            return Optional.empty();
        }
        return Optional.of(new UnitText(unit.getText(), TokenSpans.of(file, unit.getSymbol())));
    }

    private IdentifierNode identifier(Token token) {
        return new IdentifierNode(token.getText(), TokenSpans.of(file, token));
    }

    /** Resolves {@code \"} and {@code \\}; reports any other escape. */
    private StringNode string(Token token) {
        String text = token.getText();
        StringBuilder value = new StringBuilder(text.length());
        int column = token.getCharPositionInLine() + 2;
        int i = 1;
        while (i < text.length() - 1) {
            int c = text.codePointAt(i);
            if (c == '\\') {
                int escaped = text.codePointAt(i + 1);
                if (escaped == '"' || escaped == '\\') {
                    value.appendCodePoint(escaped);
                } else {
                    diagnostics.add(SyntaxMessages.UNKNOWN_ESCAPE.at(new SourceSpan(file,
                            token.getLine(), column, token.getLine(), column + 2),
                            Character.toString(escaped)));
                }
                i += 1 + Character.charCount(escaped);
                column += 2;
            } else {
                value.appendCodePoint(c);
                i += Character.charCount(c);
                column++;
            }
        }
        return new StringNode(value.toString(), TokenSpans.of(file, token));
    }

    /** Not used: every rule the builder visits has its own method. */
    @Override
    public Node visitChildren(org.antlr.v4.runtime.tree.RuleNode node) {
        throw new IllegalStateException("no AST for " + node.getClass().getSimpleName()
                + " at " + TokenSpans.of(file, (ParserRuleContext) node.getRuleContext()).start());
    }
}
