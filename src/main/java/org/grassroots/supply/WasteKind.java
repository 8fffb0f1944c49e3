package org.grassroots.supply;

/** What became of food that was not sold. */
public enum WasteKind {
    SPOILED,
    DONATED,
    COMPOSTED
}
