package org.mlpot.dsl.check;

import java.util.Objects;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.diag.Diagnostic;

/**
 * The checker's diagnostics: one code and one message template each, SPEC-100 and up (the front end
 * has SPEC-001 to SPEC-099, see {@link org.mlpot.dsl.diag.SyntaxMessages}).
 */
public enum CheckMessages {
    /** A key the block does not know. Arguments: key, block, expected keys, suggestion. */
    UNKNOWN_SETTING("SPEC-100", "unknown setting '%s' in %s; expected one of: %s%s"),
    /** A block type nobody registered. Arguments: what, name, known names, suggestion. */
    UNKNOWN_TYPE("SPEC-101", "unknown %s type '%s'; expected one of: %s%s"),
    /** A name outside a fixed set. Arguments: setting, name, choices, suggestion. */
    UNKNOWN_CHOICE("SPEC-102", "unknown %s '%s'; expected one of: %s%s"),
    /** A value of the wrong kind. Arguments: setting, what it expects, what it got. */
    WRONG_KIND("SPEC-103", "%s expects %s, got %s"),
    /** A quantity of the wrong dimension. Arguments: setting, the mismatch ("expects a length, got 2.0 eV"). */
    UNIT_MISMATCH("SPEC-104", "%s %s"),
    /** Unit text that is not a unit. Argument: the unit parser's message. */
    BAD_UNIT("SPEC-105", "%s"),
    /** A value outside its range. Arguments: setting, range, value. */
    OUT_OF_RANGE("SPEC-106", "%s must be %s, got %s"),
    /** An element not in the model's elements. Arguments: element, declared elements. */
    UNDECLARED_ELEMENT("SPEC-107", "element '%s' is not declared; declare it in 'elements' first (declared: %s)"),
    /** A required setting or block left out. Arguments: where, what. */
    MISSING("SPEC-108", "%s needs %s"),
    /** A setting or block given twice. Arguments: key, where it was first given. */
    DUPLICATE("SPEC-109", "'%s' is already given at %s; give it once"),
    /** A file that does not exist. Arguments: path as written, resolved path. */
    MISSING_FILE("SPEC-110", "file '%s' not found (looked for %s)"),
    /** A list of the wrong length. Arguments: setting, allowed lengths, actual length. */
    LIST_LENGTH("SPEC-111", "%s takes %s, got %d"),
    /** A combination of values a spec record refuses. Arguments: where, the reason. */
    INVALID("SPEC-112", "%s: %s"),
    /** Settings that exclude each other. Arguments: first, second. */
    CONFLICT("SPEC-113", "%s and %s exclude each other; give one of them"),
    /** A block key written as a setting or the other way round. Arguments: key, the right form. */
    WRONG_FORM("SPEC-114", "'%s' is %s"),
    /** A label where none is allowed, or none where one is needed. Arguments: key, what to do. */
    LABEL("SPEC-115", "'%s' %s"),
    /** Not a chemical element symbol. Argument: the name, suggestion. */
    NOT_AN_ELEMENT("SPEC-116", "'%s' is not an element symbol%s"),
    /** A call with the wrong number of arguments. Arguments: name, expected arguments, count. */
    CALL_ARGUMENTS("SPEC-117", "%s(...) takes %s, got %d argument(s)"),
    /** An n2p2 symmetry-function line that does not read. Argument: the reason. */
    BAD_SYMFUNCTION("SPEC-118", "symfunction line: %s"),
    /** A statement using the elements before they are declared. Arguments: key, where they are declared. */
    ELEMENTS_LATER("SPEC-119", "'%s' uses the model's elements, which are declared later (at %s); move 'elements' above it"),
    /** Several kernels, but not one per descriptor. Arguments: the kernel blocks, the descriptors, their number. */
    KERNEL_COUNT("SPEC-120", "%s for %s; give one kernel for all descriptors, or one per descriptor (%d)");

    private final String code;
    private final String template;

    CheckMessages(String code, String template) {
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
        return new Diagnostic(code, span, String.format(java.util.Locale.ROOT, template, args));
    }
}
