package org.grassroots.common;

import com.fasterxml.jackson.annotation.JsonValue;

/** Id of a user account. */
public record UserId(@JsonValue long value) {

    public UserId {
        if (value <= 0) {
            throw new InvalidIdException("User", value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
