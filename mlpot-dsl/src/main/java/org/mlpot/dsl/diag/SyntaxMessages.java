package org.mlpot.dsl.diag;

import java.util.Objects;
import org.mlpot.dsl.ast.SourceSpan;

/**
 * The front end's diagnostics: one code and one message template each, in one place. The codes
 * SPEC-001 to SPEC-099 belong to the parser and include resolution; the checker uses SPEC-100 and
 * up.
 */
public enum SyntaxMessages {
    /** Characters no token starts with. Argument: the characters. */
    UNEXPECTED_INPUT("SPEC-001", "unexpected input '%s'"),
    /** A string without its closing quote. */
    UNTERMINATED_STRING("SPEC-002", "unterminated string; close it with '\"' on the same line"),
    /** A backslash escape other than the two allowed. Argument: the escaped character. */
    UNKNOWN_ESCAPE("SPEC-003", "unknown escape '\\%s' in string; only \\\" and \\\\ are allowed"),
    /** A token the grammar does not allow here. Arguments: the token, what was expected. */
    UNEXPECTED_TOKEN("SPEC-004", "unexpected %s; expected %s"),
    /** A token the parser had to assume. Arguments: the missing token, the token it stood before. */
    MISSING_TOKEN("SPEC-005", "missing %s before %s"),
    /** A bracket still open at the end of the file. Arguments: the bracket, its closing bracket. */
    UNCLOSED("SPEC-006", "'%s' is never closed; add '%s' before the end of the file"),
    /** An include line after the start of the model. */
    MISPLACED_INCLUDE("SPEC-007", "'include' lines must come before 'model', at the top of the file"),
    /** A spec file without a model. */
    MISSING_MODEL("SPEC-008", "expected 'model NAME { ... }'; a spec file puts its statements inside one model"),
    /** A model header in an included file. Argument: the model name. */
    MODEL_IN_INCLUDE("SPEC-009",
            "an included file holds statements only; remove 'model %s { ... }' around them"),
    /** An included file that does not exist. Arguments: the path as written, the resolved path. */
    INCLUDE_NOT_FOUND("SPEC-010", "included file '%s' not found (looked for %s)"),
    /** An include cycle. Argument: the chain of files. */
    INCLUDE_CYCLE("SPEC-011", "include cycle: %s"),
    /** Includes nested too deeply. Argument: the limit. */
    INCLUDE_TOO_DEEP("SPEC-012", "includes nested more than %d files deep"),
    /** A file included a second time. Arguments: the path as written, where it was included first. */
    DUPLICATE_INCLUDE("SPEC-013", "'%s' is already included at %s; include each file once"),
    /** Too much text. Argument: the limit in characters. */
    INPUT_TOO_LARGE("SPEC-014", "the spec is longer than %d characters (counting included files)"),
    /** Brackets nested too deeply. Argument: the limit. */
    NESTING_TOO_DEEP("SPEC-015", "'{', '[' and '(' nested more than %d levels deep"),
    /** A number too large for a double. Argument: the number. */
    NUMBER_OUT_OF_RANGE("SPEC-016", "number %s is out of range (largest magnitude about 1.8e308)"),
    /** A file that cannot be read. Arguments: the file, the reason. */
    UNREADABLE_FILE("SPEC-017", "cannot read '%s': %s"),
    /** A file that is not UTF-8. Argument: the file. */
    NOT_UTF8("SPEC-018", "'%s' is not valid UTF-8 text; save it as UTF-8"),
    /**
     * Text after the model. Arguments: the token, line and column of the model's closing brace,
     * the model name.
     */
    AFTER_MODEL("SPEC-019",
            "unexpected %s after the end of the model: the '}' at %d:%d closes 'model %s' (one '}' too many?)"),
    /** A unit where no number comes before it. Argument: the unit. */
    UNIT_WITHOUT_NUMBER("SPEC-020",
            "unit '%s' without a number; a unit follows a number or ']' on the same line");

    private final String code;
    private final String template;

    SyntaxMessages(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** The code, {@code SPEC-NNN}. */
    public String code() {
        return code;
    }

    /** A diagnostic with this code at {@code span}, its template filled with {@code args}. */
    public Diagnostic at(SourceSpan span, Object... args) {
        Objects.requireNonNull(span, "span is null");
        return new Diagnostic(code, span, String.format(template, args));
    }
}
