package org.grassroots.catalog;

import org.grassroots.common.ProductId;
import org.grassroots.common.VariantId;

/** A variant that does not exist, or that the caller may not see. Maps to 404. */
public class VariantNotFoundException extends RuntimeException {

    private VariantNotFoundException(String message) {
        super(message);
    }

    public static VariantNotFoundException forProduct(ProductId id) {
        return new VariantNotFoundException("No product " + id + " in your catalog");
    }

    public static VariantNotFoundException forProducer(VariantId id) {
        return new VariantNotFoundException("No variant " + id + " in your catalog");
    }
}
