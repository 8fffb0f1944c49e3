package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EventPublicationCleanupIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationCleanup cleanup;

    @Test
    void deletesOnlyCompletedPublicationsOlderThanTheKeepPeriod() {
        OffsetDateTime now = OffsetDateTime.now();
        UUID oldCompleted = publication(now.minusDays(30), now.minusDays(30));
        UUID recentCompleted = publication(now.minusDays(1), now.minusDays(1));
        UUID oldIncomplete = publication(now.minusDays(30), null);

        cleanup.deleteOldCompletedPublications();

        List<UUID> left = jdbc.sql("select id from event_publication where id in (?, ?, ?)")
                .params(oldCompleted, recentCompleted, oldIncomplete)
                .query(UUID.class)
                .list();
        assertThat(left).containsExactlyInAnyOrder(recentCompleted, oldIncomplete);
        jdbc.sql("delete from event_publication where id = ?")
                .param(oldIncomplete)
                .update();
    }

    private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            completion_date, status, completion_attempts)
                        values (?, 'test.listener', 'test.Event', ?, ?, ?, ?, 1)
                        """)
                .params(
                        id,
                        "{\"id\":\"" + id + "\"}",
                        published,
                        completed,
                        completed == null ? "PROCESSING" : "COMPLETED")
                .update();
        return id;
    }
}
