package org.grassroots.catalog;

import org.grassroots.common.VariantId;

/** A variant that does not exist, or that the caller may not see. Maps to 404. */
public class VariantNotFoundException extends RuntimeException {

    private VariantNotFoundException(String message) {
        super(message);
    }

    public static VariantNotFoundException forProducer(VariantId id) {
        return new VariantNotFoundException("No variant " + id + " in your catalog");
    }
}
