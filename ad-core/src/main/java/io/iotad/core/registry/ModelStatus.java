package io.iotad.core.registry;

/** Approval state of a registered model version, as in the SageMaker Model Registry. */
public enum ModelStatus {
    /** Registered by a training run whose evaluation passed the gate; waits for a person. */
    PENDING_MANUAL_APPROVAL("PendingManualApproval"),
    /** Approved for scoring; the newest approved version of a group is the one inference uses. */
    APPROVED("Approved"),
    /** Rejected by a person; never used for scoring. */
    REJECTED("Rejected");

    private final String display;

    ModelStatus(String display) {
        this.display = display;
    }

    /** @return the registry's spelling, e.g. {@code PendingManualApproval} */
    public String display() {
        return display;
    }

    /**
     * @param target a state
     * @return whether a person may move a version from this state to {@code target}
     */
    public boolean canMoveTo(ModelStatus target) {
        return switch (this) {
            case PENDING_MANUAL_APPROVAL -> target == APPROVED || target == REJECTED;
            case APPROVED -> target == REJECTED;
            case REJECTED -> false;
        };
    }

    /**
     * @param text the registry spelling or the enum name, any case
     * @return the status
     */
    public static ModelStatus parse(String text) {
        for (ModelStatus s : values()) {
            if (s.display.equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown model status '" + text + "'; expected PendingManualApproval, Approved or Rejected");
    }
}
