package org.grassroots.market;

/**
 * What a hub adds to each order: nothing, a flat amount, or a percentage of the subtotal.
 *
 * @param value minor units for FLAT, basis points (1/100 of a percent) for PERCENT
 */
public record HubFee(Kind kind, long value) {

    public enum Kind {
        NONE,
        FLAT,
        PERCENT
    }

    public static final HubFee NONE = new HubFee(Kind.NONE, 0);

    public HubFee {
        if (value < 0) {
            throw new IllegalArgumentException("fee cannot be negative");
        }
        if (kind == Kind.PERCENT && value > 10_000) {
            throw new IllegalArgumentException("a percentage fee cannot exceed 100%");
        }
    }

    /** The fee on a subtotal, in minor units; percentages round half up. */
    public long on(long subtotalMinor) {
        return switch (kind) {
            case NONE -> 0;
            case FLAT -> subtotalMinor == 0 ? 0 : value;
            case PERCENT -> Math.floorDiv(subtotalMinor * value + 5_000, 10_000);
        };
    }
}
