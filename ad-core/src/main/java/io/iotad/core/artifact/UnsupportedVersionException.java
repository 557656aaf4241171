package io.iotad.core.artifact;

/** A payload, manifest or archive written in a format version this library cannot read. */
public final class UnsupportedVersionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what what carries the version, e.g. "isolation_forest payload"
     * @param found the version found
     * @param supported the highest version this library reads
     */
    public UnsupportedVersionException(String what, int found, int supported) {
        super("Unknown version " + found + " of the " + what + ", this library supports at most version " + supported);
    }
}
