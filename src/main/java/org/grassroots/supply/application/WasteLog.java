package org.grassroots.supply.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.platform.CsvRows;
import org.grassroots.supply.WasteKind;
import org.grassroots.supply.persistence.LotStore;
import org.grassroots.supply.persistence.WasteStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waste log: food that was not sold and what became of it, by the producer or at a hub, with a
 * weekly report. Quantities are kept in the product's pricing unit and valued at the regular price
 * when recorded, so a report can add kilograms of kale and dozens of eggs.
 */
@Service
public class WasteLog {

    /** Weeks the report covers. */
    public static final int REPORT_WEEKS = 12;

    /** One week of the report: value per kind, in minor units. */
    public record Week(LocalDate week, Map<WasteKind, Long> valueMinor) {

        public long total() {
            return valueMinor.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The report: entries newest first and the weeks oldest first, valued in the entries' currency (one per market). */
    public record Report(List<WasteStore.Entry> entries, List<Week> weeks, String currency) {

        public long maximum() {
            return weeks.stream().mapToLong(Week::total).max().orElse(0);
        }

        public long total(WasteKind kind) {
            return weeks.stream().mapToLong(w -> w.valueMinor().get(kind)).sum();
        }
    }

    private final WasteStore waste;
    private final Lots lots;
    private final CatalogApi catalog;
    private final Clock clock;

    WasteLog(WasteStore waste, Lots lots, CatalogApi catalog, Clock clock) {
        this.waste = waste;
        this.lots = lots;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Records {@code packs} of a variant as wasted on a day. The variant must be the producer's own when a
     * producer records it; a hub records waste of any product it sells ({@code producer} null).
     */
    @Transactional
    public void record(
            EnterpriseId producer,
            EnterpriseId hub,
            VariantId variantId,
            int packs,
            WasteKind kind,
            String reason,
            LocalDate on,
            UserId by) {
        Variant variant = variant(variantId)
                .filter(v -> producer == null || v.producer().equals(producer))
                .orElseThrow(() -> new Lots.LotProblem("variant", "Choose one of the products listed."));
        write(variant, hub, null, packs, kind, reason, on, by);
    }

    /** Records {@code packs} of one of the producer's lots as wasted at the farm; they come off what is left of it. */
    @Transactional
    public void recordFromLot(
            EnterpriseId producer, long lotId, int packs, WasteKind kind, String reason, LocalDate on, UserId by) {
        LotStore.Row lot = lots.take(producer, lotId, packs);
        Variant variant = variant(lot.variant())
                .orElseThrow(() -> new Lots.LotProblem("lot", "This lot's product no longer exists."));
        write(variant, null, lotId, packs, kind, reason, on, by);
    }

    private java.util.Optional<Variant> variant(VariantId id) {
        return catalog.variants(List.of(id)).stream().findFirst();
    }

    private void write(
            Variant variant,
            EnterpriseId hub,
            Long lotId,
            int packs,
            WasteKind kind,
            String reason,
            LocalDate on,
            UserId by) {
        Money value = variant.regularPrice().times(packs);
        waste.insert(
                new WasteStore.Entry(
                        0,
                        variant.producer(),
                        hub,
                        variant.productId(),
                        lotId,
                        variant.unitKind().inPricingUnits(variant.unitValue(), packs),
                        variant.unitKind().pricingUnit(),
                        kind.name(),
                        reason.strip(),
                        on,
                        value.minorUnits(),
                        value.currency().getCurrencyCode()),
                by);
    }

    /** The last {@link #REPORT_WEEKS} weeks of a producer's waste (pass hub null) or a hub's (producer null). */
    @Transactional(readOnly = true)
    public Report report(EnterpriseId producer, EnterpriseId hub) {
        LocalDate thisWeek = DemandHistory.weekOf(LocalDate.now(clock));
        LocalDate since = thisWeek.minusWeeks(REPORT_WEEKS - 1);
        List<WasteStore.Entry> entries = waste.entries(producer, hub, since);
        Map<LocalDate, Map<WasteKind, Long>> byWeek = new TreeMap<>();
        for (int w = 0; w < REPORT_WEEKS; w++) {
            Map<WasteKind, Long> zero = new EnumMap<>(WasteKind.class);
            for (WasteKind k : WasteKind.values()) {
                zero.put(k, 0L);
            }
            byWeek.put(since.plusWeeks(w), zero);
        }
        for (WasteStore.Entry e : entries) {
            byWeek.get(DemandHistory.weekOf(e.recordedOn()))
                    .merge(WasteKind.valueOf(e.kind()), e.valueMinor(), Long::sum);
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((week, values) -> weeks.add(new Week(week, values)));
        return new Report(
                entries, weeks, entries.isEmpty() ? "" : entries.get(0).currency());
    }

    /** The report's entries as CSV: one line each, with a header. */
    public static String csv(Report report, Map<Long, String> productNames, Map<Long, String> hubNames) {
        StringBuilder out = new StringBuilder(CsvRows.row(
                "date", "product", "quantity", "unit", "kind", "value", "currency", "hub", "lot", "reason"));
        for (WasteStore.Entry e : report.entries()) {
            out.append(CsvRows.row(
                    e.recordedOn(),
                    productNames.getOrDefault(e.product().value(), ""),
                    e.quantity().stripTrailingZeros().toPlainString(),
                    e.unit(),
                    e.kind().toLowerCase(Locale.ROOT),
                    BigDecimal.valueOf(e.valueMinor(), 2).toPlainString(),
                    e.currency(),
                    e.hub() == null ? "" : hubNames.getOrDefault(e.hub().value(), ""),
                    e.lotId() == null ? "" : e.lotId(),
                    e.reason()));
        }
        return out.toString();
    }
}
