package io.iotad.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a tree whose every node knows its line, so that configuration errors
 * can name it. Built on Jackson's streaming {@code YAMLParser}; duplicate keys, several documents,
 * integers beyond 64 bits and binary scalars are rejected here.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    /** A node of the tree. */
    sealed interface Node permits MapNode, ListNode, ScalarNode {
        /** @return the 1-based line the node starts on */
        int line();

        /** @return the node as plain Java values: LinkedHashMap, List, String, Integer, Long, Double, Boolean or null */
        Object toPlain();

        /** @return a short description of the node's YAML type, for error messages */
        String typeName();
    }

    /**
     * A key of a mapping and its value.
     *
     * @param key the key
     * @param line the key's line
     * @param value the value
     */
    record Entry(String key, int line, Node value) {
    }

    /**
     * A YAML mapping, in document order.
     *
     * @param line first line
     * @param entries key to entry
     */
    record MapNode(int line, Map<String, Entry> entries) implements Node {
        @Override
        public Object toPlain() {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Entry e : entries.values()) {
                m.put(e.key(), e.value().toPlain());
            }
            return m;
        }

        @Override
        public String typeName() {
            return "a mapping";
        }
    }

    /**
     * A YAML sequence.
     *
     * @param line first line
     * @param items the items
     */
    record ListNode(int line, List<Node> items) implements Node {
        @Override
        public Object toPlain() {
            List<Object> l = new ArrayList<>(items.size());
            for (Node n : items) {
                l.add(n.toPlain());
            }
            return l;
        }

        @Override
        public String typeName() {
            return "a list";
        }
    }

    /**
     * A YAML scalar, typed by YAML's core rules: quoted text is always a string.
     *
     * @param line the line
     * @param value String, Integer, Long, Double, Boolean or null
     */
    record ScalarNode(int line, Object value) implements Node {
        @Override
        public Object toPlain() {
            return value;
        }

        @Override
        public String typeName() {
            return describeType(value);
        }
    }

    private YamlTree() {
    }

    /**
     * @param value a plain value
     * @return its YAML type in words, e.g. "a string"
     */
    static String describeType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "an integer";
        }
        if (value instanceof Double) {
            return "a decimal number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return value.getClass().getSimpleName();
    }

    /**
     * Parses one YAML document.
     *
     * @param text the YAML text
     * @param source the file name or override, for error messages
     * @param basePath the key path the document sits at ("" for a whole file)
     * @return the root node, or null for an empty document
     * @throws ConfigException for malformed YAML, duplicate keys or several documents
     */
    static Node parse(String text, String source, String basePath) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            Node root = read(p, t, source, basePath);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new ConfigException(source, lineOf(p.currentTokenLocation()), basePath,
                        "a second YAML document starts here; expected exactly one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
            throw new ConfigException(source, lineOf(e.getLocation()), basePath, "malformed YAML: " + msg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node read(JsonParser p, JsonToken t, String source, String path) throws IOException {
        int line = lineOf(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = lineOf(p.currentTokenLocation());
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Entry prev = entries.get(key);
                    if (prev != null) {
                        throw new ConfigException(source, keyLine, childPath, "duplicate key '" + key + "' at "
                                + childPath + " (first given on line " + prev.line() + ")");
                    }
                    Node value = read(p, p.nextToken(), source, childPath);
                    entries.put(key, new Entry(key, keyLine, value));
                }
                return new MapNode(line, Collections.unmodifiableMap(entries));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken it;
                while ((it = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, it, source, path + "[" + items.size() + "]"));
                }
                return new ListNode(line, List.copyOf(items));
            }
            case VALUE_STRING:
                return new ScalarNode(line, p.getText());
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new ConfigException(source, line, path, path + " has value " + p.getText()
                            + ": expected an integer within 64 bits");
                }
                return new ScalarNode(line, p.getNumberValue());
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(line, decimal(p.getText(), source, line, path));
            case VALUE_TRUE:
                return new ScalarNode(line, Boolean.TRUE);
            case VALUE_FALSE:
                return new ScalarNode(line, Boolean.FALSE);
            case VALUE_NULL:
                return new ScalarNode(line, null);
            default:
                throw new ConfigException(source, line, path, path + " holds a YAML " + t
                        + " value; expected a mapping, a list, text, a number or a boolean");
        }
    }

    private static double decimal(String text, String source, int line, String path) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case ".inf":
            case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            case ".nan":
                return Double.NaN;
            default:
                try {
                    return Double.parseDouble(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    throw new ConfigException(source, line, path, path + " has value '" + text
                            + "': expected a decimal number");
                }
        }
    }

    private static int lineOf(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }
}
