package io.iotad.aws.sagemaker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A training job's hyperparameters ({@code input/config/hyperparameters.json}): SageMaker passes every
 * value as a string. Keys of the form {@code section.key} are configuration overrides, exactly as
 * {@code --set section.key=value} (e.g. {@code "training.model_strategy": "lr_lof"},
 * {@code "training.hyperparameters.lof_neighbors": "20"}); {@value #LABELS_COMPLETE} says whether the labels
 * channel is ground truth; keys SageMaker itself adds ({@code sagemaker_*}, and {@code _tuning_objective_metric}
 * and other keys starting with '_' from automatic model tuning) are ignored.
 *
 * @param values every hyperparameter, as text, in file order
 */
public record Hyperparameters(Map<String, String> values) {
    /** {@code "true"}: the labels are ground truth (unlabelled days count as normal); default {@code "false"}. */
    public static final String LABELS_COMPLETE = "labels_complete";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the map. */
    public Hyperparameters {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param file {@code hyperparameters.json}; absent means none
     * @return the hyperparameters
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and key when it is not a JSON object of scalar values
     */
    public static Hyperparameters read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Hyperparameters(Map.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + " must hold a JSON object of hyperparameters, e.g. "
                    + "{\"training.model_strategy\": \"lr_lof\"}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw new IllegalArgumentException(file + ": hyperparameter '" + e.getKey() + "' must be a string (SageMaker "
                        + "passes every value as one), got " + v.getNodeType().name().toLowerCase(Locale.ROOT) + " " + v);
            }
            out.put(e.getKey(), v.asText());
        }
        return new Hyperparameters(out);
    }

    /**
     * @return the configuration overrides, {@code section.key=value}, in file order
     * @throws IllegalArgumentException naming a key that is neither a configuration key nor a known name
     */
    public List<String> configOverrides() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            if (ignored(key) || key.equals(LABELS_COMPLETE)) {
                continue;
            }
            if (!key.contains(".")) {
                throw new IllegalArgumentException("hyperparameter '" + key + "' is neither a configuration key "
                        + "(section.key, e.g. training.model_strategy or training.hyperparameters.lof_neighbors) nor "
                        + LABELS_COMPLETE);
            }
            out.add(key + "=" + e.getValue());
        }
        return out;
    }

    /**
     * @return the value of {@value #LABELS_COMPLETE}
     * @throws IllegalArgumentException when it is neither {@code true} nor {@code false}
     */
    public boolean labelsComplete() {
        String v = values.getOrDefault(LABELS_COMPLETE, "false").trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("hyperparameter " + LABELS_COMPLETE + " must be \"true\" or \"false\", got \""
                    + values.get(LABELS_COMPLETE) + "\"");
        }
        return v.equals("true");
    }

    /** @return the keys SageMaker added, which training ignores */
    public List<String> ignoredKeys() {
        return values.keySet().stream().filter(Hyperparameters::ignored).toList();
    }

    private static boolean ignored(String key) {
        return key.startsWith("sagemaker_") || key.startsWith("_");
    }
}
