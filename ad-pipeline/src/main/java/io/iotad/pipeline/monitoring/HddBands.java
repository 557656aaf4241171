package io.iotad.pipeline.monitoring;

/**
 * Heating-degree-day bands: band {@code k} holds the apartment-days whose {@code hdd} lies in
 * {@code [k·width, (k+1)·width)}. Conditioning the profile on them compares a cold day with the cold
 * days of the training data, so that a cold snap is weather, not drift.
 *
 * @param width band width in HDD (K·day), finite and above 0
 */
public record HddBands(double width) {
    /** The band index of rows whose {@code hdd} is missing, and of quantities judged over all bands. */
    public static final int ALL = -1;

    /** Validates the width. */
    public HddBands {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("hdd band width must be a finite number above 0, got " + width);
        }
    }

    /**
     * @param hdd a day's heating degree days (negative values count as 0)
     * @return its band, at least 0; {@link #ALL} when {@code hdd} is NaN
     */
    public int band(double hdd) {
        if (Double.isNaN(hdd)) {
            return ALL;
        }
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.floor(Math.max(0, hdd) / width));
    }

    /**
     * @param band a band index, or {@link #ALL}
     * @return its label, e.g. {@code hdd [5, 10)} or {@code all days}
     */
    public String label(int band) {
        if (band == ALL) {
            return "all days";
        }
        return "hdd [" + trim(band * width) + ", " + trim((band + 1) * width) + ")";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
