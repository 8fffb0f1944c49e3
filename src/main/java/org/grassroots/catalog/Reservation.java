package org.grassroots.catalog;

/** The answer to "reserve this many": done, or how many are left. */
public sealed interface Reservation {

    record Reserved() implements Reservation {}

    record InsufficientStock(int available) implements Reservation {}

    record UnknownVariant() implements Reservation {}
}
