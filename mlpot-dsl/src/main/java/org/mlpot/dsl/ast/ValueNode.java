package org.mlpot.dsl.ast;

/** A value: a literal, a name, a list or a call. */
public sealed interface ValueNode extends Node
        permits NumberNode, PercentNode, StringNode, BoolNode, NameNode, ListNode, CallNode {
}
