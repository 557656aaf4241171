package io.iotad.models.context;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The binary form of a {@link ContextualStandardization} inside a detector's payload (big-endian,
 * {@link DataOutputStream}): the mode's configuration name (UTF), window days, min days and min
 * peers (int each), then one scale floor per feature (double, raw bits).
 */
public final class ContextCodec {
    private ContextCodec() {
    }

    /**
     * @param c the transformation
     * @param o where to write
     * @throws IOException when writing fails
     */
    public static void write(ContextualStandardization c, DataOutputStream o) throws IOException {
        ContextOptions opt = c.options();
        o.writeUTF(opt.mode().configName());
        o.writeInt(opt.windowDays());
        o.writeInt(opt.minHistoryDays());
        o.writeInt(opt.minPeers());
        for (double f : c.floors()) {
            o.writeLong(Double.doubleToRawLongBits(f));
        }
    }

    /**
     * @param i where to read
     * @param features the payload's feature count
     * @return the transformation
     * @throws IOException when reading fails or the values are invalid (naming what)
     */
    public static ContextualStandardization read(DataInputStream i, int features) throws IOException {
        String mode = i.readUTF();
        ContextMode m;
        try {
            m = ContextMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt context: unknown mode '" + mode + "'", e);
        }
        try {
            ContextOptions opt = new ContextOptions(m, i.readInt(), i.readInt(), i.readInt());
            double[] floors = new double[features];
            for (int j = 0; j < features; j++) {
                floors[j] = Double.longBitsToDouble(i.readLong());
            }
            return ContextualStandardization.of(opt, floors);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt context: " + e.getMessage(), e);
        }
    }

    /**
     * @param features feature count
     * @return floors of 1 (what a payload written before contexts existed gets; unused without context)
     */
    public static double[] unitFloors(int features) {
        double[] f = new double[features];
        Arrays.fill(f, 1.0);
        return f;
    }
}
