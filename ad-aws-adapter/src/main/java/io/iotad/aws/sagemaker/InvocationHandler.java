package io.iotad.aws.sagemaker;

import io.iotad.core.artifact.LoadedModel;
import io.iotad.core.data.DataException;
import io.iotad.core.frame.FeatureSchema;
import io.iotad.core.score.Scores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The routes of the SageMaker serving contract:
 *
 * <ul>
 *   <li>{@code GET /ping}: 200 (the model was loaded before the server started);</li>
 *   <li>{@code GET /execution-parameters}: what Batch Transform should send ({@code MultiRecord} batches up to the
 *       payload limit);</li>
 *   <li>{@code POST /invocations}: rows as {@code text/csv} (header row first) or {@code application/jsonlines},
 *       answered with one score line per row in input order, as the {@code Accept} header asks ({@code text/csv} or
 *       {@code application/jsonlines}; absent or {@code *}{@code /*}: the request's own type). Reasons are added when
 *       the custom attribute {@code reasons=true} is sent ({@code X-Amzn-SageMaker-Custom-Attributes}) or
 *       {@value ServeSettings#REASONS_VARIABLE} is {@code true}.</li>
 * </ul>
 *
 * A malformed body is answered 400 with the reason (line, field, value, what was expected), a body over the
 * payload limit 413, an unsupported content type 415, an unsupported {@code Accept} 406.
 */
final class InvocationHandler extends Handler.Abstract {
    /** Header SageMaker passes a request's custom attributes in. */
    static final String CUSTOM_ATTRIBUTES = "X-Amzn-SageMaker-Custom-Attributes";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InvocationHandler.class);

    private final LoadedModel model;
    private final FeatureSchema features;
    private final ServeSettings settings;

    InvocationHandler(LoadedModel model, ServeSettings settings) {
        super(InvocationType.BLOCKING);
        this.model = model;
        this.features = model.detector().features();
        this.settings = settings;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        try {
            switch (path) {
                case "/ping" -> {
                    if (!method.equals("GET")) {
                        return reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "/ping takes GET\n");
                    }
                    return reply(response, callback, HttpStatus.OK_200, "");
                }
                case "/execution-parameters" -> {
                    long mb = Math.max(1, settings.maxPayloadBytes() / (1024 * 1024));
                    return reply(response, callback, HttpStatus.OK_200, "application/json",
                            "{\"MaxConcurrentTransforms\":" + settings.maxThreads() + ",\"BatchStrategy\":\"MULTI_RECORD\","
                                    + "\"MaxPayloadInMB\":" + mb + "}");
                }
                case "/invocations" -> {
                    if (!method.equals("POST")) {
                        return reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "/invocations takes POST\n");
                    }
                    return invoke(request, response, callback);
                }
                default -> {
                    return reply(response, callback, HttpStatus.NOT_FOUND_404, "no route " + path
                            + "; the routes are GET /ping, GET /execution-parameters and POST /invocations\n");
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.error("request {} {} failed", method, path, e);
            return reply(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "internal error: " + e.getMessage() + "\n");
        }
    }

    private boolean invoke(Request request, Response response, Callback callback) throws IOException {
        String contentType = mediaType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (contentType == null || !(contentType.equals(ScoreLines.CSV) || isJsonLines(contentType))) {
            return reply(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "Content-Type must be text/csv or "
                    + "application/jsonlines, got " + request.getHeaders().get(HttpHeader.CONTENT_TYPE) + "\n");
        }
        String accept = accept(request.getHeaders().get(HttpHeader.ACCEPT), contentType);
        if (accept == null) {
            return reply(response, callback, HttpStatus.NOT_ACCEPTABLE_406, "Accept must be text/csv or application/jsonlines, "
                    + "got " + request.getHeaders().get(HttpHeader.ACCEPT) + "\n");
        }
        long declared = request.getLength();
        if (declared > settings.maxPayloadBytes()) {
            return tooLarge(response, callback, declared);
        }
        String body = readBody(request);
        if (body == null) {
            return tooLarge(response, callback, -1);
        }
        InvocationRows rows;
        try {
            rows = contentType.equals(ScoreLines.CSV) ? InvocationRows.fromCsv(body, features)
                    : InvocationRows.fromJsonLines(body, features);
        } catch (DataException | IllegalArgumentException e) {
            String hint = contentType.equals(ScoreLines.CSV) && !headerNamesAFeature(body)
                    ? " (a text/csv body starts with a header row naming its columns; for SplitType=Line batches send "
                    + "application/jsonlines)" : "";
            return reply(response, callback, HttpStatus.BAD_REQUEST_400, "malformed request: " + e.getMessage() + hint + "\n");
        }
        Scores scores = model.detector().score(rows.frame());
        String answer = ScoreLines.render(rows, scores, accept, reasonsAsked(request));
        return reply(response, callback, HttpStatus.OK_200, accept, answer);
    }

    private boolean tooLarge(Response response, Callback callback, long declared) {
        return reply(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "request body "
                + (declared >= 0 ? "of " + declared + " bytes " : "") + "is over the payload limit of " + settings.maxPayloadBytes()
                + " bytes; send smaller batches (Batch Transform: MaxPayloadInMB) or raise " + ServeSettings.MAX_PAYLOAD_VARIABLE
                + "\n");
    }

    /** @return the body as text, or null when it is longer than the payload limit */
    private String readBody(Request request) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(Math.max(request.getLength(), 1024), 1 << 20));
        byte[] chunk = new byte[8192];
        long total = 0;
        try (InputStream in = Content.Source.asInputStream(request)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > settings.maxPayloadBytes()) {
                    return null;
                }
                buf.write(chunk, 0, n);
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** @return whether the body's first line names one of the model's features, as a header row does */
    private boolean headerNamesAFeature(String body) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        for (String cell : first.split("[,;]")) {
            if (features.names().contains(cell.trim().replace("\"", ""))) {
                return true;
            }
        }
        return false;
    }

    private boolean reasonsAsked(Request request) {
        String attrs = request.getHeaders().get(CUSTOM_ATTRIBUTES);
        if (attrs != null) {
            for (String part : attrs.split("[,;]")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.equals("reasons=true")) {
                    return true;
                }
                if (p.equals("reasons=false")) {
                    return false;
                }
            }
        }
        return settings.reasonsByDefault();
    }

    private static String mediaType(String header) {
        if (header == null) {
            return null;
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJsonLines(String type) {
        return type.equals(ScoreLines.JSON_LINES) || type.equals("application/jsonl") || type.equals("application/x-jsonlines");
    }

    /** @return the answer's type for an Accept header, or null when it names none this server writes */
    static String accept(String header, String contentType) {
        String own = contentType.equals(ScoreLines.CSV) ? ScoreLines.CSV : ScoreLines.JSON_LINES;
        if (header == null || header.isBlank()) {
            return own;
        }
        for (String part : header.split(",")) {
            String t = mediaType(part);
            if (t.equals("*/*") || t.isEmpty()) {
                return own;
            }
            if (t.equals(ScoreLines.CSV) || t.equals("text/*")) {
                return ScoreLines.CSV;
            }
            if (isJsonLines(t) || t.equals("application/*")) {
                return ScoreLines.JSON_LINES;
            }
        }
        return null;
    }

    private static boolean reply(Response response, Callback callback, int status, String text) {
        return reply(response, callback, status, "text/plain", text);
    }

    private static boolean reply(Response response, Callback callback, int status, String type, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
        Content.Sink.write(response, true, text, callback);
        return true;
    }
}
