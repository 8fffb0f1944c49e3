package org.grassroots.network;

import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;

/** A producer, hub, shop or co-op as other modules see it. {@code producerType} is null for sellers. */
public record Enterprise(
        EnterpriseId id,
        String slug,
        EnterpriseKind kind,
        ProducerType producerType,
        String name,
        String place,
        GeoPoint location,
        String story,
        List<String> practices,
        List<String> certifications) {

    public Enterprise {
        practices = List.copyOf(practices);
        certifications = List.copyOf(certifications);
    }

    public double distanceKmTo(Enterprise other) {
        return location.distanceKmTo(other.location);
    }
}
