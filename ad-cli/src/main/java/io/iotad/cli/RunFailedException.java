package io.iotad.cli;

/** A run that stopped on purpose: a data contract, a quarantine limit or an evaluation gate failed. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and why */
    public RunFailedException(String message) {
        super(message);
    }
}
