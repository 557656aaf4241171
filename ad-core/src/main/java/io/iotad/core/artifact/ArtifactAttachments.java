package io.iotad.core.artifact;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Optional JSON entries of a model artifact beside {@code manifest.json} and {@code payload.bin},
 * written after them: what training learnt about the data and the alerts that is not the detector
 * itself. Each has a fixed, known name; a reader that does not use one ignores it, and an artifact
 * without any is read as before. The gzip stream's CRC-32, checked to the end on every read, covers
 * them.
 *
 * <ul>
 *   <li>{@value #FEATURE_PROFILE}: the training data's feature profile (quantiles and null rates per
 *       feature, building and heating-degree-day band) that the inference drift step compares with;</li>
 *   <li>{@value #ALERT_POLICY}: the alert threshold and daily cap chosen from the labelled days.</li>
 * </ul>
 */
public final class ArtifactAttachments {
    /** Name of the feature-profile entry. */
    public static final String FEATURE_PROFILE = "feature_profile.json";
    /** Name of the alert-policy entry (threshold from labels). */
    public static final String ALERT_POLICY = "alert_policy.json";
    /** Every entry name an artifact may hold besides the manifest and the payload. */
    public static final Set<String> NAMES = Set.of(FEATURE_PROFILE, ALERT_POLICY);
    /** Largest attachment read, in bytes: 16 MiB. */
    public static final long MAX_BYTES = 16L << 20;
    /** No attachments. */
    public static final ArtifactAttachments NONE = new ArtifactAttachments(Map.of());

    private final Map<String, byte[]> entries;

    private ArtifactAttachments(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /**
     * @param entries attachment bytes by name, each name one of {@link #NAMES}, each at most {@link #MAX_BYTES}
     * @return the attachments (the arrays are copied)
     * @throws IllegalArgumentException naming an unknown name or an entry above the bound
     */
    public static ArtifactAttachments of(Map<String, byte[]> entries) {
        Map<String, byte[]> copy = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!NAMES.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown artifact attachment '" + e.getKey() + "'; known: "
                        + new TreeMap<>(Map.of(FEATURE_PROFILE, 0, ALERT_POLICY, 0)).keySet());
            }
            if (e.getValue().length > MAX_BYTES) {
                throw new IllegalArgumentException("artifact attachment " + e.getKey() + " has " + e.getValue().length
                        + " bytes, above " + MAX_BYTES);
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        return new ArtifactAttachments(Collections.unmodifiableMap(copy));
    }

    /** @return the names present, sorted */
    public Set<String> names() {
        return entries.keySet();
    }

    /**
     * @param name an attachment name
     * @return a copy of its bytes, if present
     */
    public Optional<byte[]> get(String name) {
        byte[] b = entries.get(name);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /**
     * @param name an attachment name
     * @param bytes its content
     * @return these attachments with that one added or replaced
     */
    public ArtifactAttachments with(String name, byte[] bytes) {
        Map<String, byte[]> m = new TreeMap<>(entries);
        m.put(name, bytes);
        return of(m);
    }

    /** @return whether there is none */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    Map<String, byte[]> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArtifactAttachments a) || !a.entries.keySet().equals(entries.keySet())) {
            return false;
        }
        return entries.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), a.entries.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return entries.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "ArtifactAttachments" + entries.keySet();
    }
}
