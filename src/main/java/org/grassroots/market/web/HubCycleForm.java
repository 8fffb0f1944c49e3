package org.grassroots.market.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.HubFee;
import org.grassroots.market.NewCycle;
import org.grassroots.market.NewFulfilment;
import org.grassroots.network.Enterprise;

/**
 * The "open a cycle" form as typed. {@link #toCycle} checks every field and returns either the new
 * cycle or the errors by field, so the page can show all of them at once.
 */
record HubCycleForm(
        String name,
        String opensAt,
        String closesAt,
        List<Long> producers,
        String feeKind,
        String feeValue,
        String minimumOrder,
        String pickupName,
        String pickupAddress,
        String pickupStartsAt,
        String pickupEndsAt,
        Boolean delivery,
        String deliveryRadiusKm,
        String deliveryFee,
        String deliveryStartsAt,
        String deliveryEndsAt) {

    record Outcome(NewCycle cycle, Map<String, String> errors) {}

    Outcome toCycle(Enterprise hub, String currency, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > 120) {
            errors.put("name", "Give the cycle a name of up to 120 characters.");
        }
        Instant opens = time("opensAt", opensAt, zone, errors);
        Instant closes = time("closesAt", closesAt, zone, errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.put("closesAt", "The cycle must close after it opens.");
        }
        if (producers == null || producers.isEmpty()) {
            errors.put("producers", "Choose at least one producer.");
        }
        HubFee fee = fee(currency, errors);
        long minimum = money("minimumOrder", minimumOrder, currency, errors);
        List<NewFulfilment> fulfilment = new ArrayList<>();
        if (pickupName != null && !pickupName.isBlank()) {
            Instant from = time("pickupStartsAt", pickupStartsAt, zone, errors);
            Instant to = time("pickupEndsAt", pickupEndsAt, zone, errors);
            if (from != null && to != null && !to.isAfter(from)) {
                errors.put("pickupEndsAt", "The pickup window must end after it starts.");
            } else if (from != null && to != null) {
                fulfilment.add(new NewFulfilment(
                        FulfilmentKind.PICKUP,
                        pickupName.strip(),
                        blank(pickupAddress),
                        hub.location(),
                        from,
                        to,
                        null,
                        0));
            }
        }
        if (Boolean.TRUE.equals(delivery)) {
            Double radius = positive("deliveryRadiusKm", deliveryRadiusKm, errors);
            if (radius != null && radius > NewFulfilment.MAX_RADIUS_KM) {
                errors.put("deliveryRadiusKm", "A delivery radius is at most " + NewFulfilment.MAX_RADIUS_KM + " km.");
                radius = null;
            }
            long deliveryFeeMinor = money("deliveryFee", deliveryFee, currency, errors);
            Instant from = time("deliveryStartsAt", deliveryStartsAt, zone, errors);
            Instant to = time("deliveryEndsAt", deliveryEndsAt, zone, errors);
            if (from != null && to != null && !to.isAfter(from)) {
                errors.put("deliveryEndsAt", "The delivery window must end after it starts.");
            } else if (from != null && to != null && radius != null) {
                fulfilment.add(new NewFulfilment(
                        FulfilmentKind.DELIVERY, "Home delivery", "", null, from, to, radius, deliveryFeeMinor));
            }
        }
        if (fulfilment.isEmpty()
                && !errors.keySet().stream().anyMatch(k -> k.startsWith("pickup") || k.startsWith("delivery"))) {
            errors.put("pickupName", "Add a pickup point, delivery, or both.");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        Set<EnterpriseId> chosen = producers.stream().map(EnterpriseId::new).collect(Collectors.toSet());
        return new Outcome(
                new NewCycle(hub.id(), name.strip(), opens, closes, chosen, fee, minimum, currency, fulfilment),
                errors);
    }

    private HubFee fee(String currency, Map<String, String> errors) {
        if (feeKind == null || feeKind.isBlank() || feeKind.equals("NONE")) {
            return HubFee.NONE;
        }
        if (feeKind.equals("FLAT")) {
            return new HubFee(HubFee.Kind.FLAT, money("feeValue", feeValue, currency, errors));
        }
        if (feeKind.equals("PERCENT")) {
            Double percent = positive("feeValue", feeValue, errors);
            if (percent != null && percent > 100) {
                errors.put("feeValue", "A percentage fee is at most 100.");
                return HubFee.NONE;
            }
            return percent == null ? HubFee.NONE : new HubFee(HubFee.Kind.PERCENT, Math.round(percent * 100));
        }
        errors.put("feeKind", "Choose no fee, a flat fee or a percentage.");
        return HubFee.NONE;
    }

    private static Instant time(String field, String text, ZoneId zone, Map<String, String> errors) {
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (NullPointerException | DateTimeParseException e) {
            errors.put(field, "Enter a date and time.");
            return null;
        }
    }

    private static long money(String field, String text, String currency, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Money.parse(text, currency).minorUnits();
        } catch (IllegalArgumentException e) {
            errors.put(field, "Enter an amount like 2.50.");
            return 0;
        }
    }

    private static Double positive(String field, String text, Map<String, String> errors) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NullPointerException | NumberFormatException e) {
            // reported below
        }
        errors.put(field, "Enter a number above zero.");
        return null;
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
