package io.iotad.eval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.iotad.core.artifact.UnsupportedVersionException;
import io.iotad.core.data.DataException;
import io.iotad.core.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@code evaluation_report.json}.
 *
 * <p>Schema (format version 1): a JSON object whose keys are the snake_case names of the
 * components of {@link EvaluationReport} and, recursively, of the records it holds:
 * {@code format_version} (int), {@code generated_at} (ISO-8601 instant), {@code title},
 * {@code model_id}, {@code metrics} (metric name to number), {@code evaluation}
 * ({@link io.iotad.eval.EvaluationResult}: {@code options}, row counts, {@code overall},
 * {@code daily}, {@code pr_curve}, {@code distribution}, {@code segments}), {@code backtest}
 * (or null) and {@code gate} (or null). A metric that is undefined for the data (NaN in Java) is
 * written as JSON {@code null} and read back as NaN. Enums are written by name. Readers of a later
 * format version get an {@link UnsupportedVersionException}; fields added within a version are
 * ignored by older readers.
 */
public final class EvaluationReportJson {
    /** The file name the pipeline uses. */
    public static final String FILE_NAME = "evaluation_report.json";

    private static final ObjectMapper MAPPER = createMapper();

    private EvaluationReportJson() {
    }

    /** @return a mapper configured for the report schema (snake_case, NaN as null); shared, thread-safe */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        SimpleModule nanAsNull = new SimpleModule("nan-as-null");
        JsonSerializer<Double> writer = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value == null || Double.isNaN(value)) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value);
                }
            }
        };
        JsonDeserializer<Double> reader = new JsonDeserializer<>() {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    return Double.NaN;
                }
                return p.getValueAsDouble();
            }

            @Override
            public Double getNullValue(DeserializationContext ctxt) {
                return Double.NaN;
            }
        };
        nanAsNull.addSerializer(Double.class, writer);
        nanAsNull.addSerializer(double.class, writer);
        nanAsNull.addDeserializer(Double.class, reader);
        nanAsNull.addDeserializer(double.class, reader);
        return new ObjectMapper()
                .registerModule(nanAsNull)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Writes the report atomically (a temporary file moved into place).
     *
     * @param report the report
     * @param file target, usually {@code <out>/evaluation_report.json}
     * @throws IOException when it cannot be written
     */
    public static void write(EvaluationReport report, Path file) throws IOException {
        AtomicFile.write(file, tmp -> MAPPER.writeValue(tmp.toFile(), report));
    }

    /**
     * @param report the report
     * @return its JSON text
     */
    public static String toJson(EvaluationReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the evaluation report", e);
        }
    }

    /**
     * @param file an {@code evaluation_report.json}
     * @return the report
     * @throws IOException when it cannot be read
     * @throws DataException when it is not a report of this schema
     * @throws UnsupportedVersionException when it was written in a later format version
     */
    public static EvaluationReport read(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "", "valid JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode version = tree == null ? null : tree.get("format_version");
        if (version == null || !version.canConvertToInt()) {
            throw new DataException(file.toString(), 0, "format_version", version == null ? "" : version.toString(),
                    "an integer format version");
        }
        if (version.intValue() > EvaluationReport.FORMAT_VERSION) {
            throw new UnsupportedVersionException("evaluation report " + file, version.intValue(),
                    EvaluationReport.FORMAT_VERSION);
        }
        try {
            return MAPPER.treeToValue(tree, EvaluationReport.class);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataException(file.toString(), 0, "", "", "an evaluation report of format version "
                    + EvaluationReport.FORMAT_VERSION + " (" + e.getMessage() + ")");
        }
    }
}
