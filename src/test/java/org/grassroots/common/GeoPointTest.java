package org.grassroots.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void haversineDistanceMatchesAKnownPair() {
        GeoPoint bristolTempleMeads = new GeoPoint(51.4491, -2.5813);
        GeoPoint bathSpa = new GeoPoint(51.3776, -2.3571);

        // About 17.4 km as the crow flies.
        assertThat(bristolTempleMeads.distanceKmTo(bathSpa)).isCloseTo(17.4, within(0.3));
        assertThat(bathSpa.distanceKmTo(bathSpa)).isZero();
    }

    @Test
    void rejectsCoordinatesOffTheEarth() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -181)).isInstanceOf(IllegalArgumentException.class);
    }
}
