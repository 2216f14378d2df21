package org.mlpot.dsl.ast;

/** A node of the spec syntax tree; every node knows where it was written. */
public sealed interface Node permits SpecFileNode, IncludeNode, ModelNode, StatementNode, ValueNode,
        IdentifierNode, UnitText {

    /** Where the node was written. */
    SourceSpan span();
}
