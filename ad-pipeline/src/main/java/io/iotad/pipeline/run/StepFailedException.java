package io.iotad.pipeline.run;

/** A workflow step threw; carries the step's name and the original cause. */
public final class StepFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String step;

    /**
     * @param step the failed step's name
     * @param cause what it threw
     */
    public StepFailedException(String step, Throwable cause) {
        super("step " + step + " failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        this.step = step;
    }

    /** @return the failed step's name */
    public String step() {
        return step;
    }
}
