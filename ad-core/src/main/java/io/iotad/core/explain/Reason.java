package io.iotad.core.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a row scored as it did: its top contributing features, largest first, and the method that
 * measured them. Stored with the alert as {@link #toJson()} (column {@code Reason}) and printed as
 * {@link #text()}. Immutable.
 *
 * @param method {@link #TREE_SHAP}, {@link #ROBUST_DEVIATION}, or empty for {@link #NONE}
 * @param top the contributions, largest first; at most {@link Explainer#TOP} when produced by the library
 */
public record Reason(String method, List<Contribution> top) {
    /** TreeSHAP contributions to the booster's margin; sizes in log-odds of a fault. */
    public static final String TREE_SHAP = "tree_shap";
    /** Robust deviation from the training data; sizes in robust standard deviations. */
    public static final String ROBUST_DEVIATION = "robust_deviation";
    /** No reason known (an alert written before reasons existed, or a row that was not scored). */
    public static final Reason NONE = new Reason("", List.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Validates the fields and copies the list. */
    public Reason {
        Objects.requireNonNull(method, "method");
        top = List.copyOf(top);
        if (!method.isEmpty() && !method.equals(TREE_SHAP) && !method.equals(ROBUST_DEVIATION)) {
            throw new IllegalArgumentException("reason method must be " + TREE_SHAP + " or " + ROBUST_DEVIATION
                    + ", got '" + method + "'");
        }
        if (method.isEmpty() && !top.isEmpty()) {
            throw new IllegalArgumentException("a reason with contributions needs a method");
        }
    }

    /** @return true when no contribution is known */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return top.isEmpty();
    }

    /** @return the unit of the sizes: {@code log-odds}, {@code robust SD}, or empty */
    public String unit() {
        return switch (method) {
            case TREE_SHAP -> "log-odds";
            case ROBUST_DEVIATION -> "robust SD";
            default -> "";
        };
    }

    /**
     * @return e.g. {@code room_temp_min low +2.31, energy_per_hdd high +1.10 (robust SD)}; empty for
     *     {@link #NONE}
     */
    public String text() {
        if (isEmpty()) {
            return "";
        }
        return top.stream().map(Contribution::text).collect(Collectors.joining(", ")) + " (" + unit() + ")";
    }

    /**
     * @return the reason as a JSON-compatible map: {@code method}, {@code unit} and {@code top}, a
     *     list of {@code feature}, {@code direction}, {@code value} (null when missing), {@code size}
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("unit", unit());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Contribution c : top) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("feature", c.feature());
            i.put("direction", c.direction().word());
            i.put("value", Double.isFinite(c.value()) ? c.value() : null);
            i.put("size", c.size());
            items.add(i);
        }
        m.put("top", items);
        return m;
    }

    /** @return the compact JSON of {@link #toMap()}; empty text for {@link #NONE} */
    public String toJson() {
        if (isEmpty()) {
            return "";
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("method", method);
        ArrayNode items = root.putArray("top");
        for (Contribution c : top) {
            ObjectNode i = items.addObject();
            i.put("feature", c.feature());
            i.put("direction", c.direction().word());
            if (Double.isFinite(c.value())) {
                i.put("value", c.value());
            } else {
                i.putNull("value");
            }
            i.put("size", c.size());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reason as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@link #toJson()}.
     *
     * @param json the stored text; empty or blank = {@link #NONE}
     * @return the reason
     * @throws IllegalArgumentException naming the problem when the text is not a reason
     */
    public static Reason parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("reason is not valid JSON: " + e.getOriginalMessage() + " in '" + json + "'");
        }
        if (root == null || !root.isObject() || !root.path("method").isTextual() || !root.path("top").isArray()) {
            throw new IllegalArgumentException("reason must be an object with 'method' (text) and 'top' (list), got '"
                    + json + "'");
        }
        List<Contribution> top = new ArrayList<>();
        for (JsonNode i : root.get("top")) {
            if (!i.path("feature").isTextual() || !i.path("direction").isTextual() || !i.path("size").isNumber()) {
                throw new IllegalArgumentException("reason item must have 'feature', 'direction' and 'size', got " + i);
            }
            JsonNode v = i.path("value");
            top.add(new Contribution(i.get("feature").asText(), Direction.parse(i.get("direction").asText()),
                    v.isNumber() ? v.doubleValue() : Double.NaN, i.get("size").doubleValue()));
        }
        return new Reason(root.get("method").asText(), top);
    }
}
