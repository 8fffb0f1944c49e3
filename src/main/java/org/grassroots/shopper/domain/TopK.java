package org.grassroots.shopper.domain;

import java.util.PriorityQueue;

/**
 * Keeps the k ids with the highest values seen so far. Equal values keep the lower id, so the
 * result does not depend on the order of offers.
 */
final class TopK {

    private record Entry(int id, double value) {}

    private final int k;
    // the worst kept entry on top: lowest value, then highest id
    private final PriorityQueue<Entry> kept = new PriorityQueue<>(
            (a, b) -> a.value != b.value ? Double.compare(a.value, b.value) : Integer.compare(b.id, a.id));

    TopK(int k) {
        this.k = k;
    }

    void offer(int id, double value) {
        if (k <= 0) {
            return;
        }
        if (kept.size() < k) {
            kept.add(new Entry(id, value));
            return;
        }
        Entry worst = kept.peek();
        if (value > worst.value || value == worst.value && id < worst.id) {
            kept.poll();
            kept.add(new Entry(id, value));
        }
    }

    /** The kept ids, highest value first. */
    int[] best() {
        int[] ids = new int[kept.size()];
        for (int i = ids.length - 1; i >= 0; i--) {
            ids[i] = kept.poll().id;
        }
        return ids;
    }
}
