package org.grassroots.common;

/**
 * An id that nothing can have: ids start at 1. It mostly comes from a typed or edited URL or form
 * value, so the web answers it like any other id that names nothing: 404.
 */
public final class InvalidIdException extends IllegalArgumentException {

    private final String kind;
    private final long value;

    InvalidIdException(String kind, long value) {
        super(kind + " id must be positive: " + value);
        this.kind = kind;
        this.value = value;
    }

    /** What the id would name, as a message starts it: "Product", "Variant", "Enterprise", "User". */
    public String kind() {
        return kind;
    }

    public long value() {
        return value;
    }
}
