package io.iotad.core.artifact;

import java.io.IOException;

/**
 * A detector payload that cannot be decoded: it ends early, a count or length is out of its bound,
 * a value is refused by the detector it would build, or it is not the strategy's payload at all.
 * The message names the payload, the field and the value found.
 */
public final class CorruptPayloadException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what the payload, e.g. {@code "isolation_forest payload"}
     * @param problem what is wrong, with the field and the value found
     */
    public CorruptPayloadException(String what, String problem) {
        super("corrupt " + what + ": " + problem);
    }

    /**
     * @param what the payload, e.g. {@code "isolation_forest payload"}
     * @param problem what is wrong
     * @param cause the underlying failure
     */
    public CorruptPayloadException(String what, String problem, Throwable cause) {
        super("corrupt " + what + ": " + problem, cause);
    }
}
