package io.iotad.core.artifact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} ↔ {@link ModelManifest}. Field names are snake_case and written in a fixed
 * order, map keys sorted, so equal manifests give equal bytes. Reading checks
 * {@code format_version} before anything else, then every field's presence and type.
 */
final class ManifestJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestJson() {
    }

    static byte[] write(ModelManifest m) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", m.formatVersion());
        root.put("strategy", m.strategy());
        root.put("payload_version", m.payloadVersion());
        root.put("payload_sha256", m.payloadSha256());
        root.set("options", JSON.valueToTree(m.options()));
        ArrayNode features = root.putArray("features");
        m.features().forEach(features::add);
        root.put("missing_value_policy", m.missingValuePolicy());
        root.set("feature_pipeline", JSON.valueToTree(m.featurePipeline()));
        ObjectNode lineage = root.putObject("lineage");
        TrainingLineage l = m.lineage();
        lineage.put("rows", l.rows());
        lineage.put("first_date", l.firstDate() == null ? null : l.firstDate().toString());
        lineage.put("last_date", l.lastDate() == null ? null : l.lastDate().toString());
        lineage.put("content_hash", l.contentHash());
        lineage.put("labelled_rows", l.labelledRows());
        root.set("metrics", JSON.valueToTree(m.metrics()));
        root.put("library_version", m.libraryVersion());
        root.put("created_at", m.createdAt().toString());
        if (!m.featureBaseline().isEmpty()) {
            // written only when measured, so artifacts without one keep their bytes
            root.set("feature_baseline", JSON.valueToTree(m.featureBaseline().toMap()));
        }
        TrainingProvenance p = m.provenance();
        if (!p.isUnknown()) {
            // written only when recorded, so artifacts without one keep their bytes
            ObjectNode prov = root.putObject("provenance");
            if (p.seed() != null) {
                prov.put("seed", p.seed());
            }
            if (p.threads() != null) {
                prov.put("threads", p.threads());
            }
            if (p.labelsSha256() != null) {
                prov.put("labels_sha256", p.labelsSha256());
            }
            prov.set("environment", JSON.valueToTree(p.environment()));
            if (!p.tuning().isEmpty()) {
                // written only for tuned parameters, so other artifacts keep their bytes
                prov.set("tuning", JSON.valueToTree(p.tuning()));
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    /**
     * @param bytes the manifest's bytes
     * @param source the artifact's name
     * @param supportedFormat the highest format version this library reads
     * @return the manifest
     * @throws UnsupportedVersionException for a newer (or non-positive) format version
     * @throws CorruptArtifactException for malformed JSON or a missing or mistyped field
     */
    static ModelManifest read(byte[] bytes, String source, int supportedFormat) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new CorruptArtifactException(source, "manifest.json is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CorruptArtifactException(source, "manifest.json cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CorruptArtifactException(source, "manifest.json is not a JSON object");
        }
        int format = integer(root, "format_version", source);
        if (format < 1 || format > supportedFormat) {
            throw new UnsupportedVersionException("model artifact format", format, supportedFormat);
        }
        try {
            JsonNode lin = field(root, "lineage", source);
            TrainingLineage lineage = new TrainingLineage(longValue(lin, "rows", source),
                    date(lin, "first_date", source), date(lin, "last_date", source), text(lin, "content_hash", source),
                    longValue(lin, "labelled_rows", source));
            List<String> features = new ArrayList<>();
            JsonNode f = field(root, "features", source);
            if (!f.isArray()) {
                throw new CorruptArtifactException(source, "manifest field 'features' must be a list of names");
            }
            for (JsonNode n : f) {
                if (!n.isTextual()) {
                    throw new CorruptArtifactException(source, "manifest field 'features' holds a non-text item " + n);
                }
                features.add(n.asText());
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            JsonNode mn = field(root, "metrics", source);
            for (Map.Entry<String, JsonNode> e : iterable(mn, "metrics", source)) {
                if (!e.getValue().isNumber()) {
                    throw new CorruptArtifactException(source, "metric '" + e.getKey() + "' is not a number: " + e.getValue());
                }
                metrics.put(e.getKey(), e.getValue().doubleValue());
            }
            return new ModelManifest(format, text(root, "strategy", source), integer(root, "payload_version", source),
                    plainMap(root, "options", source), features, text(root, "missing_value_policy", source),
                    plainMap(root, "feature_pipeline", source), lineage, metrics, text(root, "library_version", source),
                    instant(root, "created_at", source), text(root, "payload_sha256", source),
                    root.has("feature_baseline") ? io.iotad.core.explain.FeatureBaseline.fromMap(
                            plainMap(root, "feature_baseline", source)) : io.iotad.core.explain.FeatureBaseline.EMPTY,
                    root.has("provenance") ? provenance(field(root, "provenance", source), source)
                            : TrainingProvenance.UNKNOWN);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CorruptArtifactException(source, "manifest.json has an invalid value: " + e.getMessage(), e);
        }
    }

    private static TrainingProvenance provenance(JsonNode p, String source) {
        if (!p.isObject()) {
            throw new CorruptArtifactException(source, "manifest field 'provenance' must be an object, got " + p);
        }
        Long seed = p.has("seed") ? longValue(p, "seed", source) : null;
        Integer threads = p.has("threads") ? integer(p, "threads", source) : null;
        String labels = p.has("labels_sha256") ? text(p, "labels_sha256", source) : null;
        Map<String, String> env = new LinkedHashMap<>();
        if (p.has("environment")) {
            for (Map.Entry<String, JsonNode> e : iterable(p.get("environment"), "environment", source)) {
                if (!e.getValue().isTextual()) {
                    throw new CorruptArtifactException(source, "provenance environment '" + e.getKey()
                            + "' must be text, got " + e.getValue());
                }
                env.put(e.getKey(), e.getValue().asText());
            }
        }
        Map<String, Object> tuning = Map.of();
        if (p.has("tuning")) {
            if (!p.get("tuning").isObject()) {
                throw new CorruptArtifactException(source, "provenance 'tuning' must be an object, got " + p.get("tuning"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> t = JSON.convertValue(p.get("tuning"), LinkedHashMap.class);
            tuning = t;
        }
        return new TrainingProvenance(seed, threads, labels, env, tuning);
    }

    private static JsonNode field(JsonNode n, String name, String source) {
        JsonNode v = n.get(name);
        if (v == null) {
            throw new CorruptArtifactException(source, "manifest.json lacks the field '" + name + "'");
        }
        return v;
    }

    private static int integer(JsonNode n, String name, String source) {
        JsonNode v = field(n, name, source);
        if (!v.isInt()) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be an integer, got " + v);
        }
        return v.intValue();
    }

    private static long longValue(JsonNode n, String name, String source) {
        JsonNode v = field(n, name, source);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be an integer, got " + v);
        }
        return v.longValue();
    }

    private static String text(JsonNode n, String name, String source) {
        JsonNode v = field(n, name, source);
        if (!v.isTextual()) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be text, got " + v);
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode n, String name, String source) {
        JsonNode v = field(n, name, source);
        if (v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(text(n, name, source));
        } catch (DateTimeParseException e) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be a date YYYY-MM-DD, got " + v);
        }
    }

    private static Instant instant(JsonNode n, String name, String source) {
        try {
            return Instant.parse(text(n, name, source));
        } catch (DateTimeParseException e) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be an ISO-8601 instant, got "
                    + n.get(name));
        }
    }

    private static Map<String, Object> plainMap(JsonNode n, String name, String source) {
        JsonNode v = field(n, name, source);
        if (!v.isObject()) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be an object, got " + v);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.convertValue(v, LinkedHashMap.class);
        return m;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n, String name, String source) {
        if (!n.isObject()) {
            throw new CorruptArtifactException(source, "manifest field '" + name + "' must be an object, got " + n);
        }
        return n.properties();
    }
}
