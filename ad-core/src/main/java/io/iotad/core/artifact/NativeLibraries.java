package io.iotad.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The versions of the native-code libraries on the class path (xgboost4j, the DuckDB and SQLite JDBC
 * drivers, libsvm), as the jars themselves say at run time: the library's Maven
 * {@code pom.properties} where the jar carries one (it survives in a shaded jar), else the
 * {@code Bundle-Version} of the manifest of the jar that holds the library's class (when that jar is
 * the library's own, told by its {@code Bundle-SymbolicName}). A library whose class is absent is
 * not listed; one present whose version neither source gives is listed as {@value #UNKNOWN}.
 * Probing loads no class's static initialiser, so no native code is loaded by asking.
 */
public final class NativeLibraries {
    /** The value of a library on the class path whose jar states no version. */
    public static final String UNKNOWN = "unknown";
    /** The prefix of the environment keys, e.g. {@code native.xgboost4j}. */
    public static final String KEY_PREFIX = "native.";

    private static final List<Library> LIBRARIES = List.of(
            new Library("xgboost4j", "ml.dmlc.xgboost4j.java.XGBoost", "ml.dmlc/xgboost4j_2.12", "ml.dmlc.xgboost4j"),
            new Library("duckdb_jdbc", "org.duckdb.DuckDBDriver", "org.duckdb/duckdb_jdbc", "org.duckdb.duckdb_jdbc"),
            new Library("sqlite-jdbc", "org.sqlite.JDBC", "org.xerial/sqlite-jdbc", "org.xerial.sqlite-jdbc"),
            new Library("libsvm", "libsvm.svm", "tw.edu.ntu.csie/libsvm", "tw.edu.ntu.csie.libsvm"));

    private NativeLibraries() {
    }

    /**
     * @return {@code native.<library>} to its version for each known library on this class path, sorted
     */
    public static Map<String, String> versions() {
        return versions(NativeLibraries.class.getClassLoader());
    }

    /**
     * @param loader the class loader to probe
     * @return {@code native.<library>} to its version for each known library the loader sees, sorted
     */
    public static Map<String, String> versions(ClassLoader loader) {
        Map<String, String> out = new TreeMap<>();
        for (Library lib : LIBRARIES) {
            Class<?> probe;
            try {
                probe = Class.forName(lib.probeClass(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            out.put(KEY_PREFIX + lib.key(), lib.version(probe, loader));
        }
        return out;
    }

    /** A library: its environment key, a class it holds, its Maven coordinates and OSGi name. */
    private record Library(String key, String probeClass, String mavenPath, String bundleName) {
        String version(Class<?> probe, ClassLoader loader) {
            String fromPom = pomVersion(loader);
            if (fromPom != null) {
                return fromPom;
            }
            String fromManifest = manifestVersion(probe);
            return fromManifest != null ? fromManifest : UNKNOWN;
        }

        private String pomVersion(ClassLoader loader) {
            try (InputStream in = loader.getResourceAsStream("META-INF/maven/" + mavenPath + "/pom.properties")) {
                if (in == null) {
                    return null;
                }
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                return v == null || v.isBlank() ? null : v.trim();
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        }

        private String manifestVersion(Class<?> probe) {
            try {
                if (probe.getProtectionDomain().getCodeSource() == null) {
                    return null;
                }
                URL location = probe.getProtectionDomain().getCodeSource().getLocation();
                Path jar = Path.of(location.toURI());
                if (!Files.isRegularFile(jar)) {
                    return null;
                }
                try (JarFile file = new JarFile(jar.toFile(), false)) {
                    Manifest m = file.getManifest();
                    if (m == null) {
                        return null;
                    }
                    Attributes main = m.getMainAttributes();
                    String name = main.getValue("Bundle-SymbolicName");
                    String v = main.getValue("Bundle-Version");
                    return name != null && name.split(";")[0].trim().equals(bundleName) && v != null ? v.trim() : null;
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }
}
