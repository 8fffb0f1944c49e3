package org.grassroots.flavor.domain;

import java.util.Arrays;

/**
 * Ahn et al.'s measure of flavor affinity: how many flavor compounds two ingredients share, and for
 * a whole combination the mean over its pairs. Rows of the pair table are computed on first use.
 */
public final class CompoundAffinity {

    private final FlavorTable table;
    private final short[][] rows;

    public CompoundAffinity(FlavorTable table) {
        this.table = table;
        this.rows = new short[table.size()][];
    }

    public FlavorTable table() {
        return table;
    }

    /** How many compounds {@code a} and {@code b} share. */
    public int shared(int a, int b) {
        return row(a)[b];
    }

    /** The compounds {@code a} and {@code b} share, ascending. */
    public int[] sharedCompounds(int a, int b) {
        int[] x = table.compounds(a);
        int[] y = table.compounds(b);
        int[] both = new int[Math.min(x.length, y.length)];
        return Arrays.copyOf(both, intersect(x, y, both));
    }

    /** The mean number of compounds shared by the pairs of a combination (Ahn's N_s); 0 below two ingredients. */
    public double mean(int[] ingredients) {
        int n = ingredients.length;
        if (n < 2) {
            return 0;
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            short[] r = row(ingredients[i]);
            for (int j = i + 1; j < n; j++) {
                sum += r[ingredients[j]];
            }
        }
        return 2.0 * sum / (n * (n - 1.0));
    }

    private short[] row(int a) {
        short[] r = rows[a];
        if (r == null) {
            r = new short[table.size()];
            int[] x = table.compounds(a);
            for (int b = 0; b < r.length; b++) {
                r[b] = (short) intersect(x, table.compounds(b), null);
            }
            rows[a] = r;
        }
        return r;
    }

    /** How many values two ascending arrays share; they are written to {@code into} unless it is null. */
    private static int intersect(int[] x, int[] y, int[] into) {
        int n = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                if (into != null) {
                    into[n] = x[i];
                }
                n++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
