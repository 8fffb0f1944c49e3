package org.grassroots.catalog.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.VariantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Markdowns: temporary price reductions, one per variant at most. */
@Repository
public class MarkdownStore {

    private final JdbcClient jdbc;

    MarkdownStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the variant's markdown, only if {@code producer} owns it; false if not. */
    public boolean save(EnterpriseId producer, VariantId variant, int percent, String reason, LocalDate endsOn) {
        return jdbc.sql("""
                        insert into variant_markdown (variant_id, percent, reason, ends_on)
                        select v.id, :percent, :reason, :endsOn from variant v where v.id = :variant and v.producer_id = :producer
                        on conflict (variant_id) do update
                            set percent = excluded.percent, reason = excluded.reason, ends_on = excluded.ends_on, created_at = now()""")
                        .param("percent", percent)
                        .param("reason", reason)
                        .param("endsOn", endsOn)
                        .param("variant", variant.value())
                        .param("producer", producer.value())
                        .update()
                == 1;
    }

    /** The producers' variants with a markdown in force today, biggest discount first. */
    public List<Variant> markedDown(Collection<EnterpriseId> producers) {
        return jdbc.sql("select " + VariantRows.COLUMNS + VariantRows.FROM
                        + "where m.variant_id is not null and v.producer_id = any(?)"
                        + " order by m.percent desc, m.ends_on, lower(p.name), v.id")
                .param(producers.stream().mapToLong(EnterpriseId::value).boxed().toArray(Long[]::new))
                .query(VariantRows::map)
                .list();
    }
}
