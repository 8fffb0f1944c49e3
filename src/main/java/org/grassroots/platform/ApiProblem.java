package org.grassroots.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An API failure the caller can act on, rendered as problem+json by the API problem advice. */
public class ApiProblem extends ErrorResponseException {

    private ApiProblem(HttpStatus status, String detail) {
        super(status);
        getBody().setDetail(detail);
    }

    public static ApiProblem notFound(String what, Object key) {
        return new ApiProblem(HttpStatus.NOT_FOUND, what + " '" + key + "' does not exist.");
    }
}
