package org.grassroots.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes completed event publications once they are older than
 * {@code grassroots.events.keep-completed} (7 days), every hour. The registry keeps a completed
 * publication as a row (to show what was delivered when), and every order adds one; without this
 * the table and its indexes would grow for as long as the market runs. Incomplete publications are
 * never deleted: they are replayed at the next start.
 */
@Component
class EventPublicationCleanup {

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventPublicationCleanup(
            CompletedEventPublications completed, @Value("${grassroots.events.keep-completed:P7D}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void deleteOldCompletedPublications() {
        completed.deletePublicationsOlderThan(keep);
    }
}
