package org.grassroots.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every module's API returns: a detail, and the fields at fault. */
public final class ApiErrors {

    private ApiErrors() {}

    public static ProblemDetail problem(HttpStatusCode status, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        }
        return problem;
    }
}
