package io.iotad.core.detect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.iotad.core.artifact.PayloadCodec;
import io.iotad.core.artifact.UnsupportedVersionException;
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
    private static final ObjectMapper JSON = JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

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
        this.stateType = JSON.getTypeFactory().constructType(Objects.requireNonNull(stateType, "stateType"));
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
        JSON.writeValue(out, doc);
        out.flush();
    }

    @Override
    public Detector read(InputStream in, int payloadVersion) throws IOException {
        if (payloadVersion < 1 || payloadVersion > version) {
            throw new UnsupportedVersionException(type.getSimpleName() + " payload", payloadVersion, version);
        }
        try {
            JsonNode doc = JSON.readTree(in);
            if (doc == null || !doc.path("options").isObject() || !doc.has("state")) {
                throw new IOException("corrupt " + type.getSimpleName() + " payload: expected a JSON object with "
                        + "'options' (an object) and 'state'");
            }
            O o = options.apply(JSON.convertValue(doc.get("options"), new TypeReference<Map<String, Object>>() { }));
            S s = JSON.convertValue(doc.get("state"), stateType);
            if (s == null) {
                throw new IOException("corrupt " + type.getSimpleName() + " payload: 'state' is null");
            }
            return restore.apply(o, s);
        } catch (JacksonException e) {
            throw new IOException("corrupt " + type.getSimpleName() + " payload: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            // convertValue wraps binding errors in IllegalArgumentException too
            throw new IOException("corrupt " + type.getSimpleName() + " payload: " + e.getMessage(), e);
        }
    }
}
