package org.grassroots.supply.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Markdown;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.VariantId;
import org.grassroots.supply.persistence.LotStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lots and markdowns: a producer records what was harvested or made and its best-before date; a
 * lot near its date with something left gets a markdown suggestion, and an accepted one puts the
 * product on the shops' Rescue shelf at the reduced price until the best-before date.
 */
@Service
public class Lots {

    /** A lot is near expiry from this many days before its best-before date. */
    public static final int NEAR_EXPIRY_DAYS = 3;

    /** A lot as the producer sees it, with the markdown suggested for it (0 when none). */
    public record Lot(
            long id,
            Variant variant,
            String code,
            LocalDate producedOn,
            LocalDate bestBefore,
            int quantity,
            int remaining,
            Integer markedDownPercent,
            long daysLeft,
            int suggestedPercent) {

        public boolean expired() {
            return daysLeft < 0;
        }

        public boolean nearExpiry() {
            return !expired() && daysLeft <= NEAR_EXPIRY_DAYS;
        }

        /** A pack's price with the suggested markdown. */
        public Money suggestedPrice() {
            return Markdown.apply(variant.regularPrice(), suggestedPercent);
        }
    }

    /** What was wrong with a lot to record; the field it concerns and why. */
    public static final class LotProblem extends IllegalArgumentException {
        private final String field;

        LotProblem(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final LotStore lots;
    private final CatalogApi catalog;
    private final Clock clock;

    Lots(LotStore lots, CatalogApi catalog, Clock clock) {
        this.lots = lots;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The markdown suggested for a lot with {@code daysLeft} days to its best-before date: 50 % on
     * its last day, 40 % the day before, 30 % two days before, 20 % three days before, none earlier.
     */
    public static int suggestedPercent(long daysLeft) {
        return daysLeft < 0 || daysLeft > NEAR_EXPIRY_DAYS ? 0 : (int) (50 - 10 * daysLeft);
    }

    /** The producer's lots that still matter: something left, or not yet past their date; soonest first. */
    @Transactional(readOnly = true)
    public List<Lot> lots(EnterpriseId producer) {
        LocalDate today = LocalDate.now(clock);
        List<LotStore.Row> rows = lots.ofProducer(producer, today);
        Map<VariantId, Variant> variants =
                catalog
                        .variants(rows.stream()
                                .map(LotStore.Row::variant)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Variant::id, Function.identity()));
        return rows.stream()
                .filter(r -> variants.containsKey(r.variant()))
                .map(r -> lot(r, variants.get(r.variant()), today))
                .toList();
    }

    @Transactional
    public long record(
            EnterpriseId producer,
            VariantId variant,
            String code,
            LocalDate producedOn,
            LocalDate bestBefore,
            int quantity) {
        if (catalog.variants(List.of(variant)).stream()
                .noneMatch(v -> v.producer().equals(producer))) {
            throw new LotProblem("variant", "Choose one of your own products.");
        }
        if (bestBefore.isBefore(producedOn)) {
            throw new LotProblem("bestBefore", "The best-before date cannot be before the harvest or production date.");
        }
        return lots.insert(producer, variant, code.strip(), producedOn, bestBefore, quantity)
                .orElseThrow(() -> new LotProblem("code", "You already have a lot with this code."));
    }

    /**
     * Accepts the suggested markdown of one of the producer's near-expiry lots: the variant is
     * marked down until the best-before date, with the reason shoppers see.
     *
     * @return the percentage applied
     */
    @Transactional
    public int acceptMarkdown(EnterpriseId producer, long lotId) {
        LotStore.Row row = lots.find(producer, lotId).orElseThrow(() -> new LotProblem("lot", "No such lot."));
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), row.bestBefore());
        int percent = suggestedPercent(daysLeft);
        if (percent == 0 || row.remaining() == 0) {
            throw new LotProblem("lot", "This lot is not near its best-before date, or nothing is left of it.");
        }
        catalog.markDown(producer, row.variant(), percent, shopperReason(row), row.bestBefore());
        lots.markedDown(row.id(), percent, clock.instant());
        return percent;
    }

    /** Takes {@code quantity} off one of the producer's lots, for the waste log. */
    @Transactional
    public LotStore.Row take(EnterpriseId producer, long lotId, int quantity) {
        LotStore.Row row = lots.find(producer, lotId).orElseThrow(() -> new LotProblem("lot", "No such lot."));
        if (!lots.take(row.id(), quantity)) {
            throw new LotProblem("quantity", "Only " + row.remaining() + " left in this lot.");
        }
        return row;
    }

    /** What shoppers read on the Rescue shelf. */
    private static String shopperReason(LotStore.Row row) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
        return "Best before " + day.format(row.bestBefore()) + " (harvested or made " + day.format(row.producedOn())
                + "): marked down so it is eaten, not wasted.";
    }

    private static Lot lot(LotStore.Row r, Variant variant, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, r.bestBefore());
        int suggestion = r.markdownPercent() == null && r.remaining() > 0 ? suggestedPercent(daysLeft) : 0;
        return new Lot(
                r.id(),
                variant,
                r.code(),
                r.producedOn(),
                r.bestBefore(),
                r.quantity(),
                r.remaining(),
                r.markdownPercent(),
                daysLeft,
                suggestion);
    }
}
