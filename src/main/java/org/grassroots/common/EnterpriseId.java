package org.grassroots.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** Id of an enterprise: producer, hub, shop or co-op. */
public record EnterpriseId(@JsonValue long value) {

    public EnterpriseId {
        if (value <= 0) {
            throw new InvalidIdException("Enterprise", value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
