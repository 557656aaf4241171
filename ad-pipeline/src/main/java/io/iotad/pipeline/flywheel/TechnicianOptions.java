package io.iotad.pipeline.flywheel;

/**
 * How realistic the simulated technician is.
 *
 * <p>Defaults, and why: a technician finds nothing on {@value #DEFAULT_MISS_RATE_PERCENT} % of
 * visits to a real fault ({@link #missRate}): an intermittent valve, a sensor drift of 1.5 K or a
 * slowly fouling exchanger does not show in a half-hour visit every time, and field-service
 * reports commonly speak of "no fault found" on a tenth to a quarter of returns; we take the low
 * end because the simulator's faults are all physical and lasting. A technician records the wrong
 * verdict on {@value #DEFAULT_MISLABEL_RATE_PERCENT} % of visits ({@link #mislabelRate}): a real
 * fault with the wrong cause, or a healthy apartment recorded as a fault (a complaint taken for a
 * defect). Both are assumptions, not measurements; the flywheel's result at other rates is in
 * {@code docs/flywheel.md}.
 *
 * @param missRate chance in [0, 1) that a visit to a real fault finds nothing ("no fault found")
 * @param mislabelRate chance in [0, 1) that a visit's verdict is recorded wrongly
 */
public record TechnicianOptions(double missRate, double mislabelRate) {
    /** Default miss rate, in percent. */
    public static final int DEFAULT_MISS_RATE_PERCENT = 10;
    /** Default mislabel rate, in percent. */
    public static final int DEFAULT_MISLABEL_RATE_PERCENT = 5;

    /** Validates the rates. */
    public TechnicianOptions {
        check("miss rate", missRate);
        check("mislabel rate", mislabelRate);
    }

    /** @return the defaults: a 10 % miss rate and a 5 % mislabel rate */
    public static TechnicianOptions defaults() {
        return new TechnicianOptions(DEFAULT_MISS_RATE_PERCENT / 100.0, DEFAULT_MISLABEL_RATE_PERCENT / 100.0);
    }

    /** @return a technician who is never wrong */
    public static TechnicianOptions perfect() {
        return new TechnicianOptions(0, 0);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException("the technician's " + name + " must be in [0, 1), got " + v);
        }
    }
}
