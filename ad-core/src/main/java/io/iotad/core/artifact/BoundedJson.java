package io.iotad.core.artifact;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * The JSON parser of a {@link PayloadReader}: nesting, string, number and document lengths bounded by
 * the {@link PayloadLimits}, trailing tokens refused, every failure a {@link CorruptPayloadException}.
 */
final class BoundedJson {
    private final ObjectMapper mapper;
    private final BiFunction<String, Throwable, CorruptPayloadException> corrupt;

    /**
     * @param limits the bounds
     * @param corrupt makes the exception for a problem (and its cause, possibly null), naming the payload
     */
    BoundedJson(PayloadLimits limits, BiFunction<String, Throwable, CorruptPayloadException> corrupt) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxJsonDepth())
                        .maxStringLength(limits.maxStringBytes()).maxNumberLength(1000)
                        .maxDocumentLength(limits.maxStringBytes()).build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.corrupt = corrupt;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** @return the one JSON value in {@code b} */
    JsonNode parse(byte[] b, String field) throws CorruptPayloadException {
        try {
            JsonNode node = mapper.readTree(b);
            if (node == null || node.isMissingNode()) {
                throw corrupt.apply(field + " is empty, expected JSON", null);
            }
            return node;
        } catch (JacksonException e) {
            throw corrupt.apply(field + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw corrupt.apply(field + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
