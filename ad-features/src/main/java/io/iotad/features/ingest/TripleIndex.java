package io.iotad.features.ingest;

import java.util.Arrays;

/**
 * Dense ids 0, 1, 2, ... for triples of non-negative ints (apartment, sensor, room): the series key.
 * Open addressing with linear probing; not thread-safe.
 */
final class TripleIndex {
    private int[] a = new int[256];
    private int[] b = new int[256];
    private int[] c = new int[256];
    private int[] ids = new int[256];
    private int[] firsts = new int[64];
    private int[] seconds = new int[64];
    private int[] thirds = new int[64];
    private int size;

    TripleIndex() {
        Arrays.fill(ids, -1);
    }

    /** @return the id of the triple, adding it if new */
    int idOf(int x, int y, int z) {
        int mask = ids.length - 1;
        int i = spread(x, y, z) & mask;
        while (true) {
            int id = ids[i];
            if (id < 0) {
                return add(x, y, z, i);
            }
            if (a[i] == x && b[i] == y && c[i] == z) {
                return id;
            }
            i = (i + 1) & mask;
        }
    }

    private static int spread(int x, int y, int z) {
        int h = x * 0x9E3779B1 + y * 0x85EBCA77 + z * 0xC2B2AE3D;
        return h ^ (h >>> 15);
    }

    private int add(int x, int y, int z, int slot) {
        int id = size++;
        a[slot] = x;
        b[slot] = y;
        c[slot] = z;
        ids[slot] = id;
        if (id == firsts.length) {
            firsts = Arrays.copyOf(firsts, id * 2);
            seconds = Arrays.copyOf(seconds, id * 2);
            thirds = Arrays.copyOf(thirds, id * 2);
        }
        firsts[id] = x;
        seconds[id] = y;
        thirds[id] = z;
        if (size * 2 > ids.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int n = ids.length * 2;
        a = new int[n];
        b = new int[n];
        c = new int[n];
        ids = new int[n];
        Arrays.fill(ids, -1);
        int mask = n - 1;
        for (int id = 0; id < size; id++) {
            int i = spread(firsts[id], seconds[id], thirds[id]) & mask;
            while (ids[i] >= 0) {
                i = (i + 1) & mask;
            }
            a[i] = firsts[id];
            b[i] = seconds[id];
            c[i] = thirds[id];
            ids[i] = id;
        }
    }

    int first(int id) {
        return firsts[id];
    }

    int second(int id) {
        return seconds[id];
    }

    int third(int id) {
        return thirds[id];
    }

    int size() {
        return size;
    }
}
