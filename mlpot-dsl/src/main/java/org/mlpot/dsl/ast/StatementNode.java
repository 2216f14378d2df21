package org.mlpot.dsl.ast;

/** A statement in a model or block body: a {@link BlockNode} or a {@link SettingNode}. */
public sealed interface StatementNode extends Node permits BlockNode, SettingNode {

    /** The key that starts the statement ({@code cutoff}, {@code descriptor}). */
    IdentifierNode key();
}
