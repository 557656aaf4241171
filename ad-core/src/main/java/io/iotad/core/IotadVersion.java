package io.iotad.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version, as built by Maven; recorded in every model artifact and run report. */
public final class IotadVersion {
    private static final String VERSION = load();

    private IotadVersion() {
    }

    private static String load() {
        try (InputStream in = IotadVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the library version, such as {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a Maven build */
    public static String version() {
        return VERSION;
    }
}
