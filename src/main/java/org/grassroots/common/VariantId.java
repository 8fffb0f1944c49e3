package org.grassroots.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** Id of a sellable variant of a catalog product. */
public record VariantId(@JsonValue long value) {

    public VariantId {
        if (value <= 0) {
            throw new InvalidIdException("Variant", value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
