package io.iotad.core.config;

/**
 * A configuration that cannot be used: an unknown key, a value of the wrong type or out of range,
 * a duplicate key, malformed YAML or a malformed override. The message names the source (file or
 * {@code --set}), the line when known, the dotted key path, the value and what was expected.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The file or override the problem is in. */
    private final String source;
    /** The 1-based line, 0 when unknown. */
    private final int line;
    /** The dotted key path at fault. */
    private final String keyPath;

    /**
     * @param source the file name, or the override text, the problem is in
     * @param line 1-based line, or 0 when unknown (overrides, whole-file problems)
     * @param keyPath dotted key path such as {@code feature_engineering.lookback_days}; empty for the top level
     * @param problem what is wrong and what was expected
     */
    public ConfigException(String source, int line, String keyPath, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.keyPath = keyPath;
    }

    /** @return the file or override the problem is in */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the dotted key path at fault; empty for the top level */
    public String keyPath() {
        return keyPath;
    }
}
