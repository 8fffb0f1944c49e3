package org.grassroots.supply;

import java.time.LocalDate;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.supply.application.Lots;
import org.grassroots.supply.application.WasteLog;
import org.springframework.stereotype.Service;

/** The supply module's facade for other modules (seeding and imports): lots, markdowns, waste. */
@Service
public class SupplyApi {

    private final Lots lots;
    private final WasteLog waste;

    SupplyApi(Lots lots, WasteLog waste) {
        this.lots = lots;
        this.waste = waste;
    }

    /**
     * Records a lot of one of the producer's variants.
     *
     * @return the lot's id
     * @throws IllegalArgumentException if the variant is not the producer's, the dates are in the
     *     wrong order or the code is taken
     */
    public long recordLot(
            EnterpriseId producer,
            VariantId variant,
            String code,
            LocalDate producedOn,
            LocalDate bestBefore,
            int packs) {
        return lots.record(producer, variant, code, producedOn, bestBefore, packs);
    }

    /** Accepts the markdown suggested for a near-expiry lot; returns the percentage. */
    public int acceptMarkdown(EnterpriseId producer, long lot) {
        return lots.acceptMarkdown(producer, lot);
    }

    /** Logs {@code packs} of the producer's variant as waste on a day, at a hub or (hub null) at the farm. */
    public void recordWaste(
            EnterpriseId producer,
            EnterpriseId hub,
            VariantId variant,
            int packs,
            WasteKind kind,
            String reason,
            LocalDate on,
            UserId by) {
        waste.record(producer, hub, variant, packs, kind, reason, on, by);
    }
}
