package org.entente.events;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative long keys to dense int indexes (0, 1, 2, ... in the
 * order keys are first seen), so that per-group sums can live in plain arrays without an object
 * per key. Linear probing, load factor at most one half; the key -1 marks an empty slot.
 */
final class LongCounts {

    private long[] keys;
    private int[] index;
    private long[] order = new long[16];
    private int size;

    LongCounts() {
        keys = new long[64];
        Arrays.fill(keys, -1L);
        index = new int[64];
    }

    /**
     * @param key a key, at least 0
     * @return its index, assigned the next free one when the key is new
     */
    int indexOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return index[slot];
            }
            if (k == -1L) {
                return insert(slot, key);
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(int slot, long key) {
        keys[slot] = key;
        index[slot] = size;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size] = key;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] k = new long[keys.length * 2];
        Arrays.fill(k, -1L);
        int[] ix = new int[k.length];
        int mask = k.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = (int) mix(order[i]) & mask;
            while (k[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            k[slot] = order[i];
            ix[slot] = i;
        }
        keys = k;
        index = ix;
    }

    /** @return how many keys */
    int size() {
        return size;
    }

    /**
     * @param i an index
     * @return the key that has it
     */
    long key(int i) {
        return order[i];
    }

    /** The finaliser of MurmurHash3 (Appleby), so that keys differing in few bits spread over the table. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
