package org.grassroots.delivery.application;

/** A request the delivery module refuses, with the field it concerns and a reason to show. */
public class DeliveryProblem extends RuntimeException {

    /** How the refusal maps to HTTP. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final String field;
    private final Kind kind;

    public DeliveryProblem(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static DeliveryProblem invalid(String field, String message) {
        return new DeliveryProblem(Kind.INVALID, field, message);
    }

    static DeliveryProblem notFound(String what) {
        return new DeliveryProblem(Kind.NOT_FOUND, "id", what + " was not found.");
    }

    static DeliveryProblem conflict(String field, String message) {
        return new DeliveryProblem(Kind.CONFLICT, field, message);
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }
}
