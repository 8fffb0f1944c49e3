package org.grassroots.market;

import com.fasterxml.jackson.annotation.JsonValue;

/** Id of an order cycle. */
public record CycleId(@JsonValue long value) {}
