package org.grassroots.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** Id of a catalog product. */
public record ProductId(@JsonValue long value) {

    public ProductId {
        if (value <= 0) {
            throw new InvalidIdException("Product", value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
