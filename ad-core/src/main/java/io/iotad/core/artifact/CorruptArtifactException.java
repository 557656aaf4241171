package io.iotad.core.artifact;

/**
 * A model artifact that cannot be trusted: a checksum mismatch, a missing, unexpected, oversized
 * or unsafe entry, a malformed archive or manifest. The message names the artifact and the problem.
 */
public final class CorruptArtifactException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source the artifact's file name or other origin
     * @param problem what is wrong, with the expected and actual values where there are any
     */
    public CorruptArtifactException(String source, String problem) {
        super("model artifact " + source + ": " + problem);
    }

    /**
     * @param source the artifact's file name or other origin
     * @param problem what is wrong
     * @param cause the underlying failure
     */
    public CorruptArtifactException(String source, String problem, Throwable cause) {
        super("model artifact " + source + ": " + problem, cause);
    }
}
