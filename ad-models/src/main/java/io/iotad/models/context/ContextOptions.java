package io.iotad.models.context;

import io.iotad.models.options.RawOptions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validated contextual-scoring options shared by the {@code lof} and {@code isolation_forest}
 * strategies (see {@link ContextualStandardization}).
 *
 * @param mode what each apartment-day is compared with; {@link ContextMode#NONE} = raw values
 * @param windowDays trailing calendar days of the apartment's own history read before the scored
 *     day, 2 to {@link #MAX_WINDOW_DAYS}; also the detector's {@code historyDays()} when the mode
 *     reads history
 * @param minHistoryDays fewest present values in that window for a robust median and MAD, 2 to
 *     {@code windowDays}; a row with fewer (an apartment's first days) is not scored (NaN) and not
 *     trained on
 * @param minPeers fewest apartments of the building with a value on the same day, the row's own
 *     included, 2 or more; a building-day with fewer is not scored (NaN) and not trained on
 */
public record ContextOptions(ContextMode mode, int windowDays, int minHistoryDays, int minPeers) {
    /** Default mode: no context (the detectors' behaviour before the option existed). */
    public static final ContextMode DEFAULT_MODE = ContextMode.NONE;
    /** Default trailing window: 28 days, four weeks of the apartment's own behaviour. */
    public static final int DEFAULT_WINDOW_DAYS = 28;
    /** Default fewest days in the window: 14, half of it. */
    public static final int DEFAULT_MIN_HISTORY_DAYS = 14;
    /** Default fewest peers on a building-day: 5. */
    public static final int DEFAULT_MIN_PEERS = 5;
    /** Longest trailing window accepted: 366 days. */
    public static final int MAX_WINDOW_DAYS = 366;

    /** Option key of {@link #mode()}. */
    public static final String CONTEXT = "context";
    /** Option key of {@link #windowDays()}. */
    public static final String WINDOW_DAYS = "context_window_days";
    /** Option key of {@link #minHistoryDays()}. */
    public static final String MIN_HISTORY_DAYS = "context_min_days";
    /** Option key of {@link #minPeers()}. */
    public static final String MIN_PEERS = "context_min_peers";

    /** Every option key these options read. */
    public static final Set<String> KEYS = Set.of(CONTEXT, WINDOW_DAYS, MIN_HISTORY_DAYS, MIN_PEERS);

    /** Validates every field (the messages name the {@code context} options). */
    public ContextOptions {
        Objects.requireNonNull(mode, "mode");
        if (windowDays < 2 || windowDays > MAX_WINDOW_DAYS) {
            throw RawOptions.outOfRange("context", WINDOW_DAYS, windowDays, "an integer in [2, " + MAX_WINDOW_DAYS + "]");
        }
        if (minHistoryDays < 2 || minHistoryDays > windowDays) {
            throw RawOptions.outOfRange("context", MIN_HISTORY_DAYS, minHistoryDays,
                    "an integer in [2, " + WINDOW_DAYS + " = " + windowDays + "]");
        }
        if (minPeers < 2) {
            throw RawOptions.outOfRange("context", MIN_PEERS, minPeers, "an integer >= 2");
        }
    }

    /** @return the documented defaults: no context */
    public static ContextOptions none() {
        return new ContextOptions(DEFAULT_MODE, DEFAULT_WINDOW_DAYS, DEFAULT_MIN_HISTORY_DAYS, DEFAULT_MIN_PEERS);
    }

    /**
     * Reads the context keys of a strategy's raw options, absent keys taking their defaults.
     *
     * @param owner the strategy, for messages
     * @param o the strategy's raw options (its known keys include {@link #KEYS})
     * @return the validated options
     * @throws IllegalArgumentException naming the strategy, option, value and expectation
     */
    public static ContextOptions parse(String owner, RawOptions o) {
        ContextMode mode = o.enumValue(CONTEXT, ContextMode.class, DEFAULT_MODE);
        int window = o.intValue(WINDOW_DAYS, DEFAULT_WINDOW_DAYS);
        int minDays = o.intValue(MIN_HISTORY_DAYS, Math.min(DEFAULT_MIN_HISTORY_DAYS, Math.max(2, window)));
        int minPeers = o.intValue(MIN_PEERS, DEFAULT_MIN_PEERS);
        try {
            return new ContextOptions(mode, window, minDays, minPeers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(owner + ": " + e.getMessage(), e);
        }
    }

    /** @return whether a context is used at all (mode other than {@link ContextMode#NONE}) */
    public boolean enabled() {
        return mode != ContextMode.NONE;
    }

    /** @return days of each apartment's history the context reads before a scored day: the window, or 0 */
    public int historyDays() {
        return mode.usesHistory() ? windowDays : 0;
    }

    /**
     * Writes these options into a strategy's {@link io.iotad.core.detect.DetectorOptions#toMap()}.
     *
     * @param m the map to add the four keys to
     */
    public void putInto(Map<String, Object> m) {
        m.put(CONTEXT, mode.configName());
        m.put(WINDOW_DAYS, windowDays);
        m.put(MIN_HISTORY_DAYS, minHistoryDays);
        m.put(MIN_PEERS, minPeers);
    }
}
