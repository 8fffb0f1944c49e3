package org.grassroots.identity.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/** Deletes expired sessions from PostgreSQL once a minute. */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    void deleteExpiredSessions() {
        sessions.cleanUpExpiredSessions();
    }
}
