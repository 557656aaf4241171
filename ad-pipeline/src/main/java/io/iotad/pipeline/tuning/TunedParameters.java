package io.iotad.pipeline.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters a search chose, as the file {@code iotad tune} writes ({@code params.json}) and
 * {@code iotad train --params FILE} reads: the strategy, its options, and where they came from (trial,
 * seed, folds and scores). Training with it sets {@code training.model_strategy} and
 * {@code training.hyperparameters.*} (before any {@code --set}, which still wins) and records
 * {@link #lineage()} in the model's manifest ({@code provenance.tuning}) and registry metadata.
 *
 * @param strategy the strategy's name
 * @param params its options, by name (numbers, booleans or text)
 * @param study where they came from: trial, seed, split, scores (JSON-compatible; may be empty)
 * @param sha256 hex SHA-256 of the file's bytes when read from a file; null when not read
 * @param source the file read; null when not read
 */
public record TunedParameters(String strategy, Map<String, Object> params, Map<String, Object> study, String sha256,
                              String source) {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "iotad-tuned-params-v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Validates and copies the fields. */
    public TunedParameters {
        Objects.requireNonNull(strategy, "strategy");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        study = study == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(study));
    }

    /**
     * The parameters of a search's chosen trial.
     *
     * @param r the search's result
     * @param report where {@code tune.json} was written (recorded as text), or null
     * @return the chosen trial's strategy, options and study summary
     */
    public static TunedParameters of(TuningResult r, Path report) {
        Map<String, Object> study = new LinkedHashMap<>();
        study.put("trial", r.best().number());
        study.put("trials_run", r.trials().size());
        study.put("seed", r.options().seed());
        study.put("k", r.options().k());
        study.put("folds", r.options().split().folds());
        study.put("horizon_days", r.options().split().horizonDays());
        study.put("data_from", r.folds().get(0).trainFrom().toString());
        study.put("data_to", r.folds().get(r.folds().size() - 1).evalTo().toString());
        study.put("mean_precision_at_k", r.best().meanPrecisionAtK());
        study.put("mean_pr_auc", Double.isFinite(r.best().meanPrAuc()) ? r.best().meanPrAuc() : null);
        study.put("defaults_mean_precision_at_k", r.defaults().meanPrecisionAtK());
        if (report != null) {
            study.put("report", report.toString());
        }
        return new TunedParameters(r.options().strategy(), r.best().params(), study, null, null);
    }

    /**
     * Writes the file (atomically).
     *
     * @param file where it goes
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("strategy", strategy);
        m.put("params", params);
        m.put("study", study);
        AtomicFile.writeString(file, JSON.writeValueAsString(m) + "\n");
    }

    /**
     * Reads a parameters file.
     *
     * @param file the file
     * @return its contents, with its SHA-256 and path
     * @throws IOException when it cannot be read
     * @throws DataException naming the file and field that is missing or of the wrong type
     * @throws IllegalArgumentException when the file does not exist
     */
    public static TunedParameters read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--params " + file + ": no such file (iotad tune writes params.json in its --out)");
        }
        String src = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataException(src, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "",
                    "a JSON object as iotad tune writes (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new DataException(src, 0, "", "", "a JSON object as iotad tune writes");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new DataException(src, 0, "format", root.path("format").toString(), "\"" + FORMAT + "\"");
        }
        if (!root.path("strategy").isTextual() || root.path("strategy").asText().isBlank()) {
            throw new DataException(src, 0, "strategy", root.path("strategy").toString(), "a strategy name");
        }
        JsonNode p = root.path("params");
        if (!p.isObject()) {
            throw new DataException(src, 0, "params", p.toString(), "an object of option name to value");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) p::fields) {
            JsonNode v = e.getValue();
            if (!v.isNumber() && !v.isBoolean() && !v.isTextual()) {
                throw new DataException(src, 0, "params." + e.getKey(), v.toString(), "a number, true/false or text");
            }
            params.put(e.getKey(), v.isNumber() ? v.numberValue() : v.isBoolean() ? v.booleanValue() : v.asText());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> study = root.path("study").isObject() ? JSON.convertValue(root.get("study"), Map.class) : Map.of();
        return new TunedParameters(root.get("strategy").asText(), params, study, sha256(bytes), src);
    }

    /**
     * @return the configuration overrides that train with these parameters: {@code training.model_strategy}
     *     then one {@code training.hyperparameters.NAME=VALUE} per option
     */
    public List<String> configOverrides() {
        List<String> out = new ArrayList<>();
        out.add("training.model_strategy=" + strategy);
        params.forEach((k, v) -> out.add("training.hyperparameters." + k + "=" + v));
        return out;
    }

    /**
     * @return what the model's lineage records: the file, its SHA-256, the strategy, the options and the
     *     study summary (JSON-compatible)
     */
    public Map<String, Object> lineage() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (source != null) {
            m.put("params_file", source);
        }
        if (sha256 != null) {
            m.put("params_sha256", sha256);
        }
        m.put("strategy", strategy);
        m.put("params", params);
        m.put("study", study);
        return m;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
