package org.grassroots.network;

/** What kind of farm or maker a producer is. */
public enum ProducerType {
    FIELD_FARM,
    ORCHARD,
    DAIRY,
    BAKERY,
    FISHERY,
    RANCH,
    VERTICAL_FARM,
    MUSHROOM_FARM,
    POULTRY,
    APIARY,
    MILL,
    PANTRY
}
