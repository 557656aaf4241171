package io.iotad.aws.s3;

import java.util.Objects;

/**
 * A place in S3, {@code s3://BUCKET/PREFIX}: a bucket and a key prefix (empty for the whole bucket; stored
 * without leading or trailing '/').
 *
 * @param bucket the bucket name (3 to 63 lower-case letters, digits, '.' and '-')
 * @param prefix the key prefix, without leading or trailing '/'; may be empty
 */
public record S3Location(String bucket, String prefix) {
    /** The URI scheme. */
    public static final String SCHEME = "s3://";

    /** Validates the fields. */
    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("S3 bucket name must be 3 to 63 lower-case letters, digits, '.' or '-', "
                    + "got '" + bucket + "'");
        }
        if (prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("//")) {
            throw new IllegalArgumentException("S3 prefix must not start or end with '/' or hold '//', got '" + prefix + "'");
        }
    }

    /**
     * @param uri {@code s3://BUCKET} or {@code s3://BUCKET/PREFIX} (a trailing '/' is dropped)
     * @return the location
     * @throws IllegalArgumentException naming the value when it is not such a URI
     */
    public static S3Location parse(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) {
            throw new IllegalArgumentException("expected s3://BUCKET/PREFIX, got '" + uri + "'");
        }
        String rest = uri.substring(SCHEME.length());
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int slash = rest.indexOf('/');
        try {
            return slash < 0 ? new S3Location(rest, "") : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + uri + "' is not a usable s3://BUCKET/PREFIX: " + e.getMessage(), e);
        }
    }

    /**
     * @param uri any text
     * @return whether it names an S3 location
     */
    public static boolean isS3(String uri) {
        return uri != null && uri.startsWith(SCHEME);
    }

    /**
     * @param relative a key below this location, such as {@code raw/day1.jsonl}
     * @return the full object key
     */
    public String key(String relative) {
        if (relative.startsWith("/") || relative.contains("..")) {
            throw new IllegalArgumentException("relative key must not start with '/' or hold '..', got '" + relative + "'");
        }
        return prefix.isEmpty() ? relative : prefix + "/" + relative;
    }

    /**
     * @param relative a sub-prefix such as {@code global}
     * @return the location below this one
     */
    public S3Location resolve(String relative) {
        return new S3Location(bucket, key(relative));
    }

    /** @return the key prefix that lists this location's objects: {@code PREFIX/}, or empty */
    public String listPrefix() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    @Override
    public String toString() {
        return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
