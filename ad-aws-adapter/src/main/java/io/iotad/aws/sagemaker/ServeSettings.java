package io.iotad.aws.sagemaker;

import java.util.Map;

/**
 * How {@code iotad sagemaker serve} listens.
 *
 * @param host the address to bind, {@code 0.0.0.0} in a container
 * @param port the port, 0 for any free one; SageMaker's is 8080 or {@value #PORT_VARIABLE}
 * @param maxPayloadBytes largest request body accepted; a larger one is answered 413
 * @param maxThreads Jetty's threads, 8 to 1000 (its acceptor and selectors take some of them)
 * @param reasonsByDefault whether answers carry each row's reason when the request does not say
 */
public record ServeSettings(String host, int port, long maxPayloadBytes, int maxThreads, boolean reasonsByDefault) {
    /** The variable SageMaker sets to move the serving port. */
    public static final String PORT_VARIABLE = "SAGEMAKER_BIND_TO_PORT";
    /** The port SageMaker calls when it sets no other. */
    public static final int DEFAULT_PORT = 8080;
    /** Default payload limit: SageMaker's own default {@code MaxPayloadInMB}, 6 MB. */
    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 6L * 1024 * 1024;
    /** Largest payload Batch Transform sends ({@code MaxPayloadInMB} at most 100). */
    public static final long MAX_PAYLOAD_BYTES = 100L * 1024 * 1024;
    /** Variable that sets the payload limit in MB (1 to 100), e.g. from a SageMaker model's environment. */
    public static final String MAX_PAYLOAD_VARIABLE = "IOTAD_MAX_PAYLOAD_MB";
    /** Variable that turns reasons on ({@code true}) for requests that do not ask, e.g. in Batch Transform. */
    public static final String REASONS_VARIABLE = "IOTAD_REASONS";

    /** Validates the fields. */
    public ServeSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
        if (maxPayloadBytes < 1 || maxPayloadBytes > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("maxPayloadBytes must be in [1, " + MAX_PAYLOAD_BYTES + "], got " + maxPayloadBytes);
        }
        if (maxThreads < 8 || maxThreads > 1000) {
            throw new IllegalArgumentException("maxThreads must be in [8, 1000], got " + maxThreads);
        }
    }

    /**
     * The settings of a container: port from {@value #PORT_VARIABLE} (else {@value #DEFAULT_PORT}), payload limit
     * from {@value #MAX_PAYLOAD_VARIABLE} (else 6 MB), reasons from {@value #REASONS_VARIABLE}, all addresses,
     * a request thread per core and a half (at least 8).
     *
     * @param environment the process environment
     * @return the settings
     * @throws IllegalArgumentException naming the variable whose value is not usable
     */
    public static ServeSettings fromEnvironment(Map<String, String> environment) {
        int port = DEFAULT_PORT;
        String p = environment.get(PORT_VARIABLE);
        if (p != null && !p.isBlank()) {
            port = parse(PORT_VARIABLE, p, 1, 65535);
        }
        long payload = DEFAULT_MAX_PAYLOAD_BYTES;
        String m = environment.get(MAX_PAYLOAD_VARIABLE);
        if (m != null && !m.isBlank()) {
            payload = parse(MAX_PAYLOAD_VARIABLE, m, 1, 100) * 1024L * 1024L;
        }
        boolean reasons = Boolean.parseBoolean(environment.getOrDefault(REASONS_VARIABLE, "false").trim());
        int threads = Math.max(8, Runtime.getRuntime().availableProcessors() * 3 / 2);
        return new ServeSettings("0.0.0.0", port, payload, threads, reasons);
    }

    /**
     * @param newHost the address
     * @param newPort the port
     * @return these settings on another address and port
     */
    public ServeSettings withAddress(String newHost, int newPort) {
        return new ServeSettings(newHost, newPort, maxPayloadBytes, maxThreads, reasonsByDefault);
    }

    /**
     * @param bytes the payload limit
     * @return these settings with another payload limit
     */
    public ServeSettings withMaxPayloadBytes(long bytes) {
        return new ServeSettings(host, port, bytes, maxThreads, reasonsByDefault);
    }

    private static int parse(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer in [" + min + ", " + max + "], got '" + value + "'");
        }
    }
}
