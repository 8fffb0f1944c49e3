package org.grassroots.platform.web;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Refuses a JSON string with a NUL character as it is read, so the API answers 400 naming the
 * field (through the message-not-readable problem) rather than failing in PostgreSQL, which cannot
 * store one in text. Query and form parameters are checked by {@link NulCharacterFilter}.
 */
@JacksonComponent
class NulCharacterJson extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw context.weirdStringException(value, String.class, "contains a NUL character (\\u0000)");
        }
        return value;
    }
}
