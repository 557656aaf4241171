package io.iotad.core.score;

import io.iotad.core.frame.FeatureFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of verdicts keyed by apartment and day. A later verdict on the same
 * apartment-day replaces an earlier one (the order of the collection given).
 */
public final class Labels {
    /** Value of {@link #align(FeatureFrame)} for a row without a verdict. */
    public static final int UNKNOWN = -1;

    /** Cause of the non-fault verdicts {@link #completedAsNormal(FeatureFrame)} adds. */
    public static final String UNLABELLED_AS_NORMAL = "unlabelled_as_normal";

    private final Map<String, Label> byKey;

    private Labels(Map<String, Label> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /** @return an empty label set */
    public static Labels empty() {
        return new Labels(new LinkedHashMap<>());
    }

    /**
     * @param labels verdicts; a later one on the same apartment-day wins
     * @return the label set
     */
    public static Labels of(Collection<Label> labels) {
        Map<String, Label> m = new LinkedHashMap<>();
        for (Label l : labels) {
            m.put(key(l.apartmentId(), l.eventDate()), l);
        }
        return new Labels(m);
    }

    private static String key(String apartmentId, LocalDate date) {
        return apartmentId + "_" + date;
    }

    /** @return the number of verdicts */
    public int size() {
        return byKey.size();
    }

    /** @return the number of confirmed faults */
    public long positives() {
        return byKey.values().stream().filter(Label::isFault).count();
    }

    /**
     * @param apartmentId apartment
     * @param date day
     * @return the verdict on that apartment-day, if any
     */
    public Optional<Label> get(String apartmentId, LocalDate date) {
        return Optional.ofNullable(byKey.get(key(apartmentId, date)));
    }

    /** @return all verdicts in insertion order */
    public List<Label> all() {
        return new ArrayList<>(byKey.values());
    }

    /**
     * Lines the verdicts up with a frame's rows.
     *
     * @param frame feature rows
     * @return one value per row: 1 fault, 0 non-fault, {@link #UNKNOWN} without a verdict
     */
    public int[] align(FeatureFrame frame) {
        int[] y = new int[frame.rowCount()];
        for (int i = 0; i < y.length; i++) {
            Label l = byKey.get(key(frame.apartmentId(i), frame.eventDate(i)));
            y[i] = l == null ? UNKNOWN : l.label();
        }
        return y;
    }

    /**
     * Reads these labels as complete ground truth for {@code frame}: every row of it without a verdict
     * becomes a non-fault (label 0, cause {@value #UNLABELLED_AS_NORMAL}); existing verdicts are kept. Only
     * for labels known to name every fault (the simulator's ground truth, {@code --labels-complete}):
     * technicians' verdicts leave an unvisited apartment-day unknown, never normal.
     *
     * @param frame the rows to complete, e.g. a training frame
     * @return these labels plus a non-fault for each unlabelled row of {@code frame}
     */
    public Labels completedAsNormal(FeatureFrame frame) {
        Map<String, Label> m = new LinkedHashMap<>(byKey);
        for (int i = 0; i < frame.rowCount(); i++) {
            String apartment = frame.apartmentId(i);
            LocalDate day = frame.eventDate(i);
            m.computeIfAbsent(key(apartment, day), k -> new Label(apartment, day, 0, UNLABELLED_AS_NORMAL));
        }
        return new Labels(m);
    }

    /**
     * @param other verdicts that take precedence on the same apartment-day
     * @return the union
     */
    public Labels merge(Labels other) {
        Map<String, Label> m = new LinkedHashMap<>(byKey);
        m.putAll(other.byKey);
        return new Labels(m);
    }
}
