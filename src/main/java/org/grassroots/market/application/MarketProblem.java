package org.grassroots.market.application;

import org.springframework.http.HttpStatus;

/**
 * A request the market cannot carry out, with the field to point at and a reason a shopper can
 * read. Web controllers show it next to the field; the API returns it as problem+json.
 */
public class MarketProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    private MarketProblem(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    public static MarketProblem notFound(String what) {
        return new MarketProblem(HttpStatus.NOT_FOUND, "id", what + " does not exist.");
    }

    /** A query parameter out of its range, or naming nothing. */
    public static MarketProblem badParameter(String name, String reason) {
        return new MarketProblem(HttpStatus.BAD_REQUEST, name, reason);
    }

    public static MarketProblem invalid(String field, String reason) {
        return new MarketProblem(HttpStatus.UNPROCESSABLE_CONTENT, field, reason);
    }

    public static MarketProblem conflict(String field, String reason) {
        return new MarketProblem(HttpStatus.CONFLICT, field, reason);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
