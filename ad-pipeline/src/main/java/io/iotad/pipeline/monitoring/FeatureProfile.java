package io.iotad.pipeline.monitoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The training data's feature profile, stored in the model artifact as
 * {@value io.iotad.core.artifact.ArtifactAttachments#FEATURE_PROFILE}: for each segment (the portfolio
 * and each building), feature and heating-degree-day band, the {@link ReferenceDistribution} of the
 * training rows; and for each segment and feature the same over all bands (its null rate is judged
 * there). Weather features ({@link #weatherFeatures()}) are the same for every apartment of a building
 * on a day, so a day's sample of them is a single point: they are judged by their null rate and by the
 * derived {@value #OUTDOOR_TEMP_OFFSET} (a building's outdoor temperature minus the day's median over
 * the portfolio), not by their distribution within a band.
 *
 * @param hddBandWidth the bands' width in HDD
 * @param features the profiled features, in the frame's order
 * @param weatherFeatures the features judged by null rate only
 * @param entries the distributions, by {@link Key}
 */
public record FeatureProfile(double hddBandWidth, List<String> features, List<String> weatherFeatures,
                             Map<Key, ReferenceDistribution> entries) {
    /** The format version of the JSON form. */
    public static final int FORMAT_VERSION = 1;
    /** The segment of every row. */
    public static final String PORTFOLIO = "portfolio";
    /** The derived quantity: an apartment-day's outdoor temperature minus the day's median over all apartments, in K. */
    public static final String OUTDOOR_TEMP_OFFSET = "outdoor_temp_offset_c";
    /** The column the offset is derived from. */
    public static final String OUTDOOR_TEMP = "avg_outdoor_temp_c";
    /** The column the bands are taken from. */
    public static final String HDD = "hdd";

    /**
     * Reads numbers with Jackson's fast (still correctly rounded, so bit-identical) double parser: a
     * profile holds some 400 k quantiles, and the JDK's parser took most of a daily run's model load.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build());

    /** Validates and copies the fields. */
    public FeatureProfile {
        new HddBands(hddBandWidth);
        features = List.copyOf(features);
        weatherFeatures = List.copyOf(weatherFeatures);
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /**
     * Where a distribution belongs.
     *
     * @param segment {@link #PORTFOLIO} or a building id
     * @param feature a feature name or {@link #OUTDOOR_TEMP_OFFSET}
     * @param band a band index, or {@link HddBands#ALL}
     */
    public record Key(String segment, String feature, int band) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = segment.compareTo(o.segment);
            if (c == 0) {
                c = feature.compareTo(o.feature);
            }
            return c != 0 ? c : Integer.compare(band, o.band);
        }
    }

    /** @return the bands */
    public HddBands bands() {
        return new HddBands(hddBandWidth);
    }

    /**
     * @param segment the segment
     * @param feature the feature
     * @param band the band or {@link HddBands#ALL}
     * @return its distribution, if the training data had rows there
     */
    public Optional<ReferenceDistribution> get(String segment, String feature, int band) {
        return Optional.ofNullable(entries.get(new Key(segment, feature, band)));
    }

    /** @return the profile as JSON bytes (UTF-8) */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("hdd_band_width", hddBandWidth);
        ArrayNode levels = root.putArray("quantile_levels");
        for (double l : ReferenceDistribution.LEVELS) {
            levels.add(l);
        }
        features.forEach(root.putArray("features")::add);
        weatherFeatures.forEach(root.putArray("weather_features")::add);
        ArrayNode list = root.putArray("entries");
        for (Map.Entry<Key, ReferenceDistribution> e : entries.entrySet()) {
            ObjectNode n = list.addObject();
            n.put("segment", e.getKey().segment());
            n.put("feature", e.getKey().feature());
            n.put("band", e.getKey().band());
            n.put("rows", e.getValue().rows());
            n.put("null_rate", e.getValue().nullRate());
            ArrayNode q = n.putArray("quantiles");
            for (double v : e.getValue().quantiles()) {
                q.add(v);
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param json the bytes of {@link #toJson()}
     * @param source the artifact's name, for messages
     * @return the profile
     * @throws IllegalArgumentException naming the source and the field when the JSON is not a profile this version reads
     */
    public static FeatureProfile fromJson(byte[] json, String source) {
        // streamed, not read into a tree: a profile holds some 18,000 distributions, and the tree took most
        // of a daily run's model load; a missing field reads as the tree's default did ("", 0, 0.0, none)
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(source + ": the feature profile is not a JSON object");
            }
            int version = -1;
            double bandWidth = 0;
            List<String> features = new java.util.ArrayList<>();
            List<String> weatherFeatures = new java.util.ArrayList<>();
            Map<Key, ReferenceDistribution> entries = new TreeMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format_version" -> version = p.getValueAsInt(-1);
                    case "hdd_band_width" -> bandWidth = p.getValueAsDouble();
                    case "features" -> names(p, value, features);
                    case "weather_features" -> names(p, value, weatherFeatures);
                    case "entries" -> entries(p, value, entries);
                    default -> p.skipChildren();
                }
            }
            if (version < 1 || version > FORMAT_VERSION) {
                throw new IllegalArgumentException(source + ": feature profile format_version " + version
                        + " is not one this version reads (1.." + FORMAT_VERSION + ")");
            }
            return new FeatureProfile(bandWidth, features, weatherFeatures, entries);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": the feature profile is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void entries(JsonParser p, JsonToken start, Map<Key, ReferenceDistribution> into) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        double[] buffer = new double[ReferenceDistribution.LEVELS.length];
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String segment = "";
            String feature = "";
            int band = 0;
            long rows = 0;
            double nullRate = 0;
            int n = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "segment" -> segment = text(p, value);
                    case "feature" -> feature = text(p, value);
                    case "band" -> band = p.getValueAsInt();
                    case "rows" -> rows = p.getValueAsLong();
                    case "null_rate" -> nullRate = p.getValueAsDouble();
                    case "quantiles" -> {
                        n = 0;
                        if (value == JsonToken.START_ARRAY) {
                            for (JsonToken q = p.nextToken(); q != JsonToken.END_ARRAY; q = p.nextToken()) {
                                if (n == buffer.length) {
                                    buffer = java.util.Arrays.copyOf(buffer, 2 * n);
                                }
                                buffer[n++] = p.getValueAsDouble();
                                p.skipChildren();
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            into.put(new Key(segment, feature, band),
                    new ReferenceDistribution(rows, nullRate, java.util.Arrays.copyOf(buffer, n)));
        }
    }

    /** A text value as the tree's {@code asText()} gave it: a scalar's text, "" for an object or array. */
    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value.isScalarValue()) {
            return value == JsonToken.VALUE_NULL ? "null" : p.getText();
        }
        p.skipChildren();
        return "";
    }

    private static void names(JsonParser p, JsonToken start, List<String> into) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            into.add(text(p, t));
        }
    }

}
