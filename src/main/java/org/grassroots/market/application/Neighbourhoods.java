package org.grassroots.market.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.common.GeoPoint;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The places a shopper can choose for delivery, each with its centre. A cheap, offline stand-in
 * for geocoding an address: the distance to the hub is measured from the neighbourhood's centre.
 */
@Component
public class Neighbourhoods {

    private final Map<String, GeoPoint> centres = new LinkedHashMap<>();

    Neighbourhoods() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("market/neighbourhoods.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] f = line.split(",");
                centres.put(f[0], new GeoPoint(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> names() {
        return List.copyOf(centres.keySet());
    }

    public Optional<GeoPoint> centre(String name) {
        return Optional.ofNullable(name == null ? null : centres.get(name));
    }
}
