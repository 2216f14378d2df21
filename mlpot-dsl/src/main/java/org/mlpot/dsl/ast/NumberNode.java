package org.mlpot.dsl.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * A number with an optional unit ({@code 6.0 Å}, {@code -1}, {@code 1e-3 eV/Å}). The value is the
 * number as written, not converted: conversion needs the unit and the setting's dimension, which
 * the checker knows.
 *
 * @param value the number as written, finite
 * @param text the number's text as written (without the unit)
 * @param unit the unit written directly after it, if any
 * @param span the number and its unit
 */
public record NumberNode(double value, String text, Optional<UnitText> unit, SourceSpan span)
        implements ValueNode {

    /** Checks for nulls and a finite value. */
    public NumberNode {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(span, "span is null");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("number is not finite: " + text);
        }
    }
}
