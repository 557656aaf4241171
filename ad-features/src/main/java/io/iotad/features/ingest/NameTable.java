package io.iotad.features.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns names (ids, sensor types, room names) by their UTF-8 bytes to dense ints 0, 1, 2, ... without
 * creating a {@code String} per occurrence: the parser's hot path. Open addressing with linear probing,
 * behind a one-entry memo of the last name looked up (a feed's lines come in runs of one apartment and
 * building). Not thread-safe: one table per file reader.
 */
final class NameTable {
    private byte[][] keys = new byte[64][];
    private int[] ids = new int[64];
    private String[] names = new String[16];
    private int size;
    private byte[] lastKey;
    private int lastId;

    /** @return the id of the name, adding it if new */
    int intern(ByteSlice s) {
        if (lastKey != null && s.contentEquals(lastKey)) {
            return lastId;
        }
        int mask = keys.length - 1;
        int i = s.hash() & mask;
        while (true) {
            byte[] k = keys[i];
            if (k == null) {
                k = s.copy();
                lastId = add(k, i);
                lastKey = k;
                return lastId;
            }
            if (s.contentEquals(k)) {
                lastKey = k;
                lastId = ids[i];
                return lastId;
            }
            i = (i + 1) & mask;
        }
    }

    /** @return the id of the name, adding it if new */
    int intern(String name) {
        ByteSlice s = new ByteSlice();
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        s.set(b, 0, b.length);
        return intern(s);
    }

    private int add(byte[] key, int slot) {
        int id = size++;
        keys[slot] = key;
        ids[slot] = id;
        if (id == names.length) {
            names = Arrays.copyOf(names, id * 2);
        }
        names[id] = new String(key, StandardCharsets.UTF_8);
        if (size * 2 > keys.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        byte[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        ids = new int[keys.length];
        int mask = keys.length - 1;
        ByteSlice probe = new ByteSlice();
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                probe.set(oldKeys[j], 0, oldKeys[j].length);
                int i = probe.hash() & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                ids[i] = oldIds[j];
            }
        }
    }

    /** @return the name of an id */
    String name(int id) {
        return names[id];
    }

    /** @return the number of distinct names */
    int size() {
        return size;
    }
}
