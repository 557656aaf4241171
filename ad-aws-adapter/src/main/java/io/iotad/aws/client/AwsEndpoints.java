package io.iotad.aws.client;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the AWS clients send their requests: the services' own endpoints (nothing overridden), one local
 * endpoint for every service (LocalStack style: {@code --aws-endpoint http://127.0.0.1:4566}) or one per
 * service ({@code --aws-endpoint s3=http://127.0.0.1:4568 --aws-endpoint dynamodb=http://127.0.0.1:4567},
 * as with s3rver and dynalite).
 *
 * @param all the endpoint of every service without its own, or null
 * @param byService endpoints of single services, keyed by {@link #SERVICES} name
 */
public record AwsEndpoints(URI all, Map<String, URI> byService) {
    /** The services this library talks to. */
    public static final Set<String> SERVICES = Set.of("s3", "dynamodb");
    /** No override: the SDK resolves each service's endpoint from the region. */
    public static final AwsEndpoints DEFAULT = new AwsEndpoints(null, Map.of());

    /** Validates and copies the fields. */
    public AwsEndpoints {
        if (all != null) {
            checkUri(all, "the endpoint");
        }
        byService = Map.copyOf(byService);
        byService.forEach((service, uri) -> {
            if (!SERVICES.contains(service)) {
                throw new IllegalArgumentException("unknown AWS service '" + service + "' in an endpoint override; expected one of "
                        + SERVICES.stream().sorted().toList());
            }
            checkUri(uri, "the " + service + " endpoint");
        });
    }

    /**
     * Parses {@code --aws-endpoint} values: {@code URL} for every service, {@code SERVICE=URL} for one.
     *
     * @param values the option's values, possibly empty
     * @return the endpoints
     * @throws IllegalArgumentException naming the value that is not an http(s) URL or names an unknown service
     */
    public static AwsEndpoints parse(Collection<String> values) {
        URI all = null;
        Map<String, URI> byService = new LinkedHashMap<>();
        for (String v : values) {
            String text = v.trim();
            int eq = text.indexOf('=');
            int scheme = text.indexOf("://");
            if (eq > 0 && (scheme < 0 || eq < scheme)) {
                String service = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (byService.put(service, uri(text.substring(eq + 1).trim(), v)) != null) {
                    throw new IllegalArgumentException("--aws-endpoint names the " + service + " endpoint twice");
                }
            } else {
                if (all != null) {
                    throw new IllegalArgumentException("--aws-endpoint gives two endpoints for every service: " + all + " and " + v
                            + "; name the service of one, e.g. s3=" + v);
                }
                all = uri(text, v);
            }
        }
        return new AwsEndpoints(all, byService);
    }

    /**
     * @param service a {@link #SERVICES} name
     * @return the endpoint its client is sent to, if overridden
     */
    public Optional<URI> of(String service) {
        return Optional.ofNullable(byService.getOrDefault(service, all));
    }

    /** @return whether any endpoint is overridden (a local server rather than AWS) */
    public boolean overridden() {
        return all != null || !byService.isEmpty();
    }

    private static URI uri(String text, String option) {
        try {
            URI u = URI.create(text);
            checkUri(u, "--aws-endpoint '" + option + "'");
            return u;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--aws-endpoint '" + option + "' is not a URL such as http://127.0.0.1:4566 or "
                    + "s3=http://127.0.0.1:4568: " + e.getMessage(), e);
        }
    }

    private static void checkUri(URI u, String what) {
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http or https URL with a host, got '" + u + "'");
        }
    }
}
