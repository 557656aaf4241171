package io.iotad.core.detect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.PayloadReader;
import io.iotad.core.artifact.PayloadWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The payload codec of a detector whose fitted state is a small value Jackson can bind (numbers,
 * strings, arrays, lists, maps, records): the payload is one JSON object, {@code {"options": …,
 * "state": …}}, the options in their {@link DetectorOptions#toMap()} form. Doubles round-trip bit
 * for bit (shortest decimal form; NaN and the infinities as strings). Meant for custom detectors
 * that keep a few numbers per apartment; bulk state (trees, support vectors) wants a binary codec.
 * The document is written by {@link PayloadWriter#writeJsonDocument} and read by
 * {@link PayloadReader#readJsonDocument}, with the payload format's bounds on size and nesting;
 * every refusal is a {@link io.iotad.core.artifact.CorruptPayloadException}.
 *
 * <pre>{@code
 * new JsonStateCodec<>(1, MyDetector.class, MyOptions::parse, new TypeReference<Map<String, double[]>>() { },
 *         MyDetector::stats, MyDetector::new);
 * }</pre>
 *
 * @param <O> the options type
 * @param <D> the detector type
 * @param <S> the state type
 */
public final class JsonStateCodec<O extends DetectorOptions, D extends Detector, S> implements PayloadCodec {

    private final int version;
    private final Class<D> type;
    private final Function<Map<String, ?>, O> options;
    private final JavaType stateType;
    private final Function<D, S> state;
    private final BiFunction<O, S, D> restore;

    /**
     * @param version the payload version written, at least 1; every version up to it is read the same way
     * @param type the detector class written
     * @param options the strategy's options parser, for the options read back
     * @param stateType the state's type, for binding it back
     * @param state the detector's fitted state
     * @param restore rebuilds a detector from its options and state, throwing {@link IllegalArgumentException}
     *     for values it refuses
     */
    public JsonStateCodec(int version, Class<D> type, Function<Map<String, ?>, O> options, TypeReference<S> stateType,
                          Function<D, S> state, BiFunction<O, S, D> restore) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
        this.version = version;
        this.type = Objects.requireNonNull(type, "type");
        this.options = Objects.requireNonNull(options, "options");
        this.stateType = TypeFactory.defaultInstance().constructType(Objects.requireNonNull(stateType, "stateType"));
        this.state = Objects.requireNonNull(state, "state");
        this.restore = Objects.requireNonNull(restore, "restore");
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public void write(Detector detector, OutputStream out) throws IOException {
        if (!type.isInstance(detector)) {
            throw new IllegalArgumentException("this codec writes " + type.getSimpleName() + ", got a "
                    + detector.strategy() + " detector");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("options", detector.options().toMap());
        doc.put("state", state.apply(type.cast(detector)));
        PayloadWriter w = new PayloadWriter(out);
        w.writeJsonDocument(doc);
        w.flush();
    }

    @Override
    public Detector read(InputStream in, int payloadVersion) throws IOException {
        String what = type.getSimpleName() + " payload";
        PayloadReader.requireVersion(what, payloadVersion, version);
        PayloadReader r = new PayloadReader(in, what);
        JsonNode doc = r.readJsonDocument("payload");
        if (!doc.path("options").isObject() || !doc.has("state")) {
            throw r.corrupt("expected a JSON object with 'options' (an object) and 'state'");
        }
        try {
            O o = options.apply(r.json().convertValue(doc.get("options"), new TypeReference<Map<String, Object>>() { }));
            S s = r.json().convertValue(doc.get("state"), stateType);
            if (s == null) {
                throw r.corrupt("'state' is null");
            }
            return restore.apply(o, s);
        } catch (IllegalArgumentException e) {
            // convertValue wraps binding errors in IllegalArgumentException too
            throw r.corrupt(e.getMessage(), e);
        } catch (RuntimeException e) {
            // a restore function that trips over a value it did not expect (a null in a list, say)
            throw r.corrupt("the state cannot be restored: " + e, e);
        }
    }
}
