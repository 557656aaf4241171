package io.iotad.models.xgboost;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a model in XGBoost's legacy binary format ({@code "binf"}, what xgboost4j 1.6.2's
 * {@code Booster.toByteArray()} wrote into payload version 1) and rewrites it as XGBoost's JSON model,
 * which current XGBoost loads; XGBoost 3.1 and later no longer read the binary format themselves.
 * Every number is carried over exactly (floats are written in the shortest form that reads back to the
 * same {@code float}), so the converted model predicts bit for bit as the original did.
 *
 * <p>Only what the {@code xgboost} strategy ever wrote is accepted: a {@code gbtree} booster of numerical
 * splits, one target, little-endian. Anything else is refused with a message that says to retrain.
 *
 * <p>Layout (XGBoost 1.x {@code LearnerIO::SaveModel}, little-endian): {@code "binf"}; the learner's
 * parameters (136 bytes: {@code base_score} f32, {@code num_feature} u32, {@code num_class} i32,
 * {@code contain_extra_attrs} i32, {@code contain_eval_metrics} i32, major and minor version u32,
 * {@code num_target} u32, reserved); the objective's and the booster's names (u64 length + bytes); the
 * gbtree parameters (160 bytes: {@code num_trees} i32, {@code num_parallel_tree} i32, two deprecated i32, a deprecated i64, the output
 * group count i32, {@code size_leaf_vector} i32, reserved); each tree (148 bytes of parameters:
 * {@code num_roots}, {@code num_nodes}, {@code num_deleted}, {@code max_depth}, {@code num_feature},
 * {@code size_leaf_vector}, reserved; 20 bytes a node: parent (top bit: is a left child), left, right,
 * split index (top bit: default left), split condition or leaf value; 16 bytes of statistics a node:
 * loss change, hessian sum, base weight, leaf child count); {@code tree_info} (i32 a tree); then, when
 * {@code contain_extra_attrs} is set, the attributes as a u64 count of string pairs.
 */
final class LegacyBinaryModel {
    private static final byte[] MAGIC = {'b', 'i', 'n', 'f'};
    private static final int LEARNER_PARAM_BYTES = 136;
    private static final int GBTREE_PARAM_BYTES = 160;
    private static final int TREE_PARAM_BYTES = 148;
    private static final int MAX_NODES = 1 << 28;
    private static final String RETRAIN = "; retrain the model with this build (iotad train, or the xgboost "
            + "strategy's fit) and register the new artifact";

    private LegacyBinaryModel() {
    }

    /**
     * @param model model bytes
     * @return whether they start with the legacy binary format's {@code "binf"} header
     */
    static boolean isLegacy(byte[] model) {
        if (model.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (model[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param model a legacy binary model ({@link #isLegacy(byte[])})
     * @return the same model as XGBoost's JSON model (UTF-8)
     * @throws IllegalArgumentException naming what is unsupported or corrupt, and how to retrain
     */
    static byte[] toJson(byte[] model) {
        if (!isLegacy(model)) {
            throw new IllegalArgumentException("not a legacy binary XGBoost model (no \"binf\" header)" + RETRAIN);
        }
        ByteBuffer b = ByteBuffer.wrap(model).order(ByteOrder.LITTLE_ENDIAN);
        b.position(MAGIC.length);
        try {
            return convert(b).toString().getBytes(StandardCharsets.UTF_8);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the legacy binary XGBoost model (" + model.length
                    + " bytes) is truncated" + RETRAIN, e);
        }
    }

    private static StringBuilder convert(ByteBuffer b) {
        int start = b.position();
        float baseScore = b.getFloat();
        long numFeature = Integer.toUnsignedLong(b.getInt());
        int numClass = b.getInt();
        int extraAttrs = b.getInt();
        b.getInt(); // contain_eval_metrics: the metric names live among the attributes
        b.getInt(); // major version
        b.getInt(); // minor version
        long numTarget = Integer.toUnsignedLong(b.getInt());
        skipTo(b, start + LEARNER_PARAM_BYTES);
        String objective = string(b);
        String booster = string(b);
        if (!booster.equals("gbtree")) {
            throw unsupported("booster '" + booster + "' (only gbtree is converted)");
        }
        if (numClass > 1 || numTarget > 1) {
            throw unsupported(numClass + " classes, " + numTarget + " targets (only one target is converted)");
        }
        int gbStart = b.position();
        int numTrees = b.getInt();
        int parallelTrees = b.getInt();
        skipTo(b, gbStart + GBTREE_PARAM_BYTES);
        int gbLeafVector = b.getInt(gbStart + 28); // after four i32, an i64 and the output group count
        if (numTrees < 0 || numTrees > MAX_NODES) {
            throw corrupt("tree count " + numTrees);
        }
        if (parallelTrees > 1) {
            throw unsupported(parallelTrees + " parallel trees a round (only boosting one tree a round is converted)");
        }
        if (gbLeafVector != 0) {
            throw unsupported("vector leaves (size_leaf_vector " + gbLeafVector + ")");
        }
        StringBuilder trees = new StringBuilder();
        for (int t = 0; t < numTrees; t++) {
            if (t > 0) {
                trees.append(',');
            }
            tree(b, t, trees);
        }
        int[] treeInfo = new int[numTrees];
        for (int t = 0; t < numTrees; t++) {
            treeInfo[t] = b.getInt();
            if (treeInfo[t] != 0) {
                throw unsupported("tree " + t + " of output group " + treeInfo[t] + " (only one group is converted)");
            }
        }
        Map<String, String> attributes = new TreeMap<>();
        String objectiveConfig = null;
        if (extraAttrs != 0) {
            long pairs = b.getLong();
            if (pairs < 0 || pairs > MAX_NODES) {
                throw corrupt("attribute count " + pairs);
            }
            for (long k = 0; k < pairs; k++) {
                String key = string(b);
                String value = string(b);
                switch (key) {
                    case "objective" -> objectiveConfig = value;
                    case "metrics", "feature_names", "feature_types" -> {
                        // not part of the JSON model's attributes: metrics are training-time only, and the
                        // strategy never set feature names or types on the booster
                    }
                    default -> {
                        if (!key.startsWith("SAVED_PARAM_")) {
                            attributes.put(key, value);
                        }
                    }
                }
            }
        }
        if (b.hasRemaining()) {
            throw corrupt(b.remaining() + " bytes after the model");
        }
        if (objectiveConfig == null) {
            objectiveConfig = "{\"name\":" + quote(objective) + "}";
        } else if (!objectiveConfig.contains("\"" + objective + "\"")) {
            throw corrupt("objective '" + objective + "' does not match its saved configuration " + objectiveConfig);
        }

        StringBuilder j = new StringBuilder(trees.length() + 1024);
        j.append("{\"learner\":{\"attributes\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (!first) {
                j.append(',');
            }
            first = false;
            j.append(quote(e.getKey())).append(':').append(quote(e.getValue()));
        }
        j.append("},\"feature_names\":[],\"feature_types\":[],\"gradient_booster\":{\"model\":{")
                .append("\"gbtree_model_param\":{\"num_parallel_tree\":\"1\",\"num_trees\":\"").append(numTrees).append("\"},")
                .append("\"iteration_indptr\":[");
        for (int t = 0; t <= numTrees; t++) {
            j.append(t == 0 ? "" : ",").append(t);
        }
        j.append("],\"tree_info\":[");
        for (int t = 0; t < numTrees; t++) {
            j.append(t == 0 ? "" : ",").append(treeInfo[t]);
        }
        j.append("],\"trees\":[").append(trees).append("]},\"name\":\"gbtree\"},")
                .append("\"learner_model_param\":{\"base_score\":\"").append(number(baseScore))
                .append("\",\"boost_from_average\":\"0\",\"num_class\":\"0\",\"num_feature\":\"").append(numFeature)
                .append("\",\"num_target\":\"1\"},\"objective\":").append(objectiveConfig)
                .append("},\"version\":[1,6,2]}");
        return j;
    }

    private static void tree(ByteBuffer b, int id, StringBuilder out) {
        int start = b.position();
        b.getInt(); // num_roots (always 1)
        int nodes = b.getInt();
        int deleted = b.getInt();
        b.getInt(); // max_depth (deprecated)
        int features = b.getInt();
        int leafVector = b.getInt();
        skipTo(b, start + TREE_PARAM_BYTES);
        if (nodes < 1 || nodes > MAX_NODES || deleted < 0 || deleted > nodes) {
            throw corrupt("tree " + id + " has " + nodes + " nodes, " + deleted + " deleted");
        }
        if (leafVector != 0) {
            throw unsupported("tree " + id + " has vector leaves");
        }
        int[] parent = new int[nodes];
        int[] left = new int[nodes];
        int[] right = new int[nodes];
        int[] split = new int[nodes];
        int[] defaultLeft = new int[nodes];
        float[] condition = new float[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = b.getInt() & 0x7fffffff;
            left[i] = b.getInt();
            right[i] = b.getInt();
            int s = b.getInt();
            split[i] = s & 0x7fffffff;
            defaultLeft[i] = s >>> 31;
            condition[i] = b.getFloat();
            if (left[i] < -1 || left[i] >= nodes || right[i] < -1 || right[i] >= nodes) {
                throw corrupt("tree " + id + " node " + i + " has children " + left[i] + ", " + right[i]);
            }
        }
        float[] lossChange = new float[nodes];
        float[] hessian = new float[nodes];
        float[] weight = new float[nodes];
        for (int i = 0; i < nodes; i++) {
            lossChange[i] = b.getFloat();
            hessian[i] = b.getFloat();
            weight[i] = b.getFloat();
            b.getInt(); // leaf_child_cnt (not kept)
        }
        out.append("{\"base_weights\":");
        floats(weight, out);
        out.append(",\"categories\":[],\"categories_nodes\":[],\"categories_segments\":[],\"categories_sizes\":[],"
                + "\"default_left\":");
        ints(defaultLeft, out);
        out.append(",\"id\":").append(id).append(",\"left_children\":");
        ints(left, out);
        out.append(",\"loss_changes\":");
        floats(lossChange, out);
        out.append(",\"parents\":");
        ints(parent, out);
        out.append(",\"right_children\":");
        ints(right, out);
        out.append(",\"split_conditions\":");
        floats(condition, out);
        out.append(",\"split_indices\":");
        ints(split, out);
        out.append(",\"split_type\":");
        ints(new int[nodes], out);
        out.append(",\"sum_hessian\":");
        floats(hessian, out);
        out.append(",\"tree_param\":{\"num_deleted\":\"").append(deleted).append("\",\"num_feature\":\"").append(features)
                .append("\",\"num_nodes\":\"").append(nodes).append("\",\"size_leaf_vector\":\"0\"}}");
    }

    private static void floats(float[] v, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(number(v[i]));
        }
        out.append(']');
    }

    private static void ints(int[] v, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(v[i]);
        }
        out.append(']');
    }

    /** The shortest decimal that reads back as exactly {@code v} ({@link Float#toString(float)}). */
    private static String number(float v) {
        if (!Float.isFinite(v)) {
            throw corrupt("a non-finite number (" + v + ") in the model");
        }
        return Float.toString(v);
    }

    /** Moves to {@code position}, as a read would: past the end is a {@link BufferUnderflowException}. */
    private static void skipTo(ByteBuffer b, int position) {
        if (position > b.limit()) {
            throw new BufferUnderflowException();
        }
        b.position(position);
    }

    private static String string(ByteBuffer b) {
        long n = b.getLong();
        if (n < 0 || n > b.remaining()) {
            throw corrupt("string length " + n + " with " + b.remaining() + " bytes left");
        }
        byte[] s = new byte[(int) n];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException("this legacy binary XGBoost model has " + what
                + ", which cannot be converted to the current model format" + RETRAIN);
    }

    private static IllegalArgumentException corrupt(String what) {
        return new IllegalArgumentException("the legacy binary XGBoost model is corrupt: " + what + RETRAIN);
    }
}
