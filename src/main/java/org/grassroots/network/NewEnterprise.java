package org.grassroots.network;

import java.util.List;
import org.grassroots.common.GeoPoint;

/** What it takes to register an enterprise. */
public record NewEnterprise(
        String slug,
        EnterpriseKind kind,
        ProducerType producerType,
        String name,
        String place,
        GeoPoint location,
        String story,
        List<String> practices,
        List<String> certifications) {

    public NewEnterprise {
        if ((producerType != null) != (kind == EnterpriseKind.PRODUCER)) {
            throw new IllegalArgumentException("Only producers have a producer type, and every producer has one");
        }
        practices = List.copyOf(practices);
        certifications = List.copyOf(certifications);
    }
}
