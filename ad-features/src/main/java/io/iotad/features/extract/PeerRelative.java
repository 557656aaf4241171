package io.iotad.features.extract;

import java.util.Map;

/**
 * A column against the same day's value of the other apartments of the same building (hence the same
 * archetype and weather: {@link PeerGroups}), a robust z-score: (value − median of the peers) / scale,
 * scale = max(1.4826 × MAD of the peers, {@code minScale}). The apartment itself is not among its peers.
 * Written for {@code energy_per_hdd_baseline_ratio} ({@code peer_energy_z}): a cold front or a warm spell
 * moves every apartment's energy against its own baseline alike and cancels here, while a fault moves one
 * apartment's; and for {@code worst_room_deficit_k} ({@code peer_room_deficit_z}): one apartment's cold room
 * against a building whose rooms are at setpoint. A building-wide fault (a circulation pump) cancels too:
 * the per-apartment columns keep it. Missing when the value is missing or fewer than {@code minPeers}
 * peers have a value that day. Reads nothing but the same day.
 *
 * @param source the column compared
 * @param minPeers least peers with a value, 1…1000
 * @param minScale floor of the scale, in the source's unit, finite and {@code > 0}
 * @param output the column written
 */
public record PeerRelative(String source, int minPeers, double minScale, String output) implements DeclaredExtractor, CrossApartmentExtractor {
    /** Registry key. */
    public static final String KIND = "peer_relative";

    /** Validates the parameters. */
    public PeerRelative {
        FeatureExtractors.requireName("source", source);
        FeatureExtractors.requireName("output", output);
        if (minPeers < 1 || minPeers > 1000) {
            throw new IllegalArgumentException("minPeers must be in [1, 1000], got " + minPeers);
        }
        if (!(minScale > 0) || Double.isInfinite(minScale)) {
            throw new IllegalArgumentException("minScale must be finite and > 0, got " + minScale);
        }
    }

    @Override
    public Declaration declaration() {
        return Declaration.of(KIND, output).reading(source)
                .withParameters("source", source, "minPeers", minPeers, "minScale", minScale, "output", output);
    }

    @Override
    public Map<String, double[]> extractAcross(PeerGroups groups, Map<String, double[]> inputs) {
        double[] in = inputs.get(source);
        double[] out = RoomSetpointDeviation.nan(groups.rowCount());
        for (int g = 0; g < groups.groupCount(); g++) {
            int[] rows = groups.rows(g);
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = in[rows[i]];
            }
            double[] others = new double[rows.length];
            double[] sorted = new double[rows.length];
            double[] scratch = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                if (Double.isNaN(values[i])) {
                    continue;
                }
                int m = 0;
                for (int j = 0; j < rows.length; j++) {
                    if (j != i) {
                        others[m++] = values[j];
                    }
                }
                int n = RobustStatistics.sortedPresent(others, 0, m, sorted);
                if (n < minPeers) {
                    continue;
                }
                double median = RobustStatistics.median(sorted, n);
                double scale = Math.max(RobustStatistics.MAD_TO_SIGMA * RobustStatistics.mad(sorted, n, median, scratch), minScale);
                out[rows[i]] = (values[i] - median) / scale;
            }
        }
        return Map.of(output, out);
    }

    /** This extractor's kind, found through {@code META-INF/services/io.iotad.features.extract.FeatureExtractorKind}. */
    public static final class Kind extends AbstractExtractorKind {
        /** Registers the kind and its catalogue names {@code peer_energy_z} and {@code peer_room_deficit_z}. */
        public Kind() {
            super(KIND, p -> new PeerRelative(p.string("source"), p.integer("minPeers"), p.number("minScale"), p.string("output")),
                    Map.of("peer_energy_z", new PeerRelative("energy_per_hdd_baseline_ratio", 3, 0.02, "peer_energy_z"),
                            "peer_room_deficit_z", new PeerRelative("worst_room_deficit_k", 3, 0.1, "peer_room_deficit_z")));
        }
    }
}
