package io.iotad.core.artifact;

/**
 * The safety rules for the entries of a model artifact: regular files only, no name that could
 * escape the directory the archive is unpacked in, nothing but the two known entries, each
 * within its size bound.
 */
final class EntryNames {
    private EntryNames() {
    }

    /**
     * @param e an archive entry
     * @param source the artifact's name
     * @return the entry's name without a leading {@code ./}; empty for the archive's own {@code ./} directory
     * @throws CorruptArtifactException for a link, a device, an escaping name or an unexpected entry
     */
    static String check(UstarReader.Entry e, String source) {
        String name = e.name();
        if (e.type() == '1' || e.type() == '2') {
            throw new CorruptArtifactException(source, "entry '" + name + "' is a " + (e.type() == '1' ? "hard" : "symbolic")
                    + " link to '" + e.linkName() + "'; a model artifact holds regular files only");
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            throw new CorruptArtifactException(source, "entry '" + name + "' has an absolute path, which escapes the target directory");
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw new CorruptArtifactException(source, "entry '" + name + "' contains '..', which escapes the target directory");
            }
        }
        String plain = name.startsWith("./") ? name.substring(2) : name;
        if (e.type() == '5') {
            if (plain.isEmpty() || plain.equals(".")) {
                return "";
            }
            throw unexpected(name, source);
        }
        if (!e.isFile()) {
            throw new CorruptArtifactException(source, "entry '" + name + "' has tar type '" + e.type()
                    + "'; a model artifact holds regular files only");
        }
        if (!plain.equals(ModelArtifact.MANIFEST_ENTRY) && !plain.equals(ModelArtifact.PAYLOAD_ENTRY)
                && !ArtifactAttachments.NAMES.contains(plain)) {
            throw unexpected(name, source);
        }
        return plain;
    }

    /**
     * @param e an archive entry
     * @param limit its size bound in bytes
     * @param limitName the {@link ArtifactLimits} component that sets the bound
     * @param source the artifact's name
     * @throws CorruptArtifactException when the entry is larger than the bound
     */
    static void checkSize(UstarReader.Entry e, long limit, String limitName, String source) {
        if (e.size() > limit) {
            throw new CorruptArtifactException(source, "entry '" + e.name() + "' has " + e.size()
                    + " bytes, above the limit of " + limit + " bytes (ArtifactLimits." + limitName + ")");
        }
    }

    private static CorruptArtifactException unexpected(String name, String source) {
        return new CorruptArtifactException(source, "unexpected entry '" + name + "'; a model artifact holds only "
                + ModelArtifact.MANIFEST_ENTRY + " and " + ModelArtifact.PAYLOAD_ENTRY + " (and optionally "
                + String.join(", ", new java.util.TreeSet<>(ArtifactAttachments.NAMES)) + ")");
    }
}
