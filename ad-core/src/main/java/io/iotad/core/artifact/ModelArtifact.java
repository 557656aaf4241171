package io.iotad.core.artifact;

import io.iotad.core.IotadVersion;
import io.iotad.core.detect.Detector;
import io.iotad.core.detect.DetectorStrategies;
import io.iotad.core.detect.DetectorStrategy;
import io.iotad.core.files.AtomicFile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The model artifact, {@code model.tar.gz}: a gzip-compressed POSIX ustar archive holding exactly
 * two regular files, {@value #MANIFEST_ENTRY} (the {@link ModelManifest} as JSON, written first)
 * and {@value #PAYLOAD_ENTRY} (the detector, written by its strategy's versioned
 * {@link PayloadCodec}; no Java serialisation).
 *
 * <p>Writing is atomic: the archive is written through {@link AtomicFile} (a temporary file beside
 * the target, renamed over it). Given the same detector and metadata (including {@code createdAt}) the bytes are the
 * same.
 *
 * <p>Reading trusts nothing: it refuses links, absolute names and names with {@code ..}, any entry
 * besides the two above, duplicate entries and entries above the {@link ArtifactLimits}, and a gzip
 * stream inflating more than {@link ArtifactLimits#maxCompressionRatio()} times its size (a
 * decompression bomb, refused after {@link ArtifactLimits#RATIO_CHECK_AFTER_BYTES}); it reads
 * the gzip stream to its end so that its CRC-32 covers the manifest; it checks the manifest's format version, the payload's SHA-256 against the manifest (before decoding) and
 * the payload version against the codec, and that the decoded detector matches the manifest.
 */
public final class ModelArtifact {
    /** The artifact layout version this library writes and the highest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** Name of the manifest entry. */
    public static final String MANIFEST_ENTRY = "manifest.json";
    /** Name of the payload entry. */
    public static final String PAYLOAD_ENTRY = "payload.bin";

    private ModelArtifact() {
    }

    /**
     * Writes a detector and its metadata as {@code model.tar.gz}, atomically.
     *
     * @param file the target file (parent directories are created; an existing file is replaced)
     * @param detector a fitted detector whose strategy is on the class path
     * @param metadata lineage, feature-pipeline spec, metrics and creation time
     * @return the manifest written
     * @throws IOException when writing fails (the target is then left as it was)
     * @throws IllegalArgumentException when the detector's strategy is unknown or its payload exceeds
     *     {@link ArtifactLimits#DEFAULT_MAX_PAYLOAD_BYTES}, so that the default reader would refuse it
     */
    public static ModelManifest write(Path file, Detector detector, ArtifactMetadata metadata) throws IOException {
        return write(file, detector, metadata, ArtifactAttachments.NONE);
    }

    /**
     * Writes a detector, its metadata and optional attachments (the feature profile, the alert policy)
     * as {@code model.tar.gz}, atomically; the attachments follow the payload.
     *
     * @param file the target file (parent directories are created; an existing file is replaced)
     * @param detector a fitted detector whose strategy is on the class path
     * @param metadata lineage, feature-pipeline spec, metrics and creation time
     * @param attachments the optional entries ({@link ArtifactAttachments#NONE} for none)
     * @return the manifest written
     * @throws IOException when writing fails (the target is then left as it was)
     * @throws IllegalArgumentException when the detector's strategy is unknown or its payload exceeds
     *     {@link ArtifactLimits#DEFAULT_MAX_PAYLOAD_BYTES}
     */
    public static ModelManifest write(Path file, Detector detector, ArtifactMetadata metadata,
                                      ArtifactAttachments attachments) throws IOException {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(metadata, "metadata");
        DetectorStrategy<?> strategy = DetectorStrategies.byName(detector.strategy());
        PayloadCodec codec = strategy.codec();
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // the payload is staged beside the target so that its size and SHA-256 are known before the
        // manifest, which precedes it in the archive, is written
        Path payload = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID()
                + ".payload.tmp"));
        try {
            MessageDigest sha = FrameContentHash.sha256();
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(payload)), sha)) {
                codec.write(detector, out);
            }
            long payloadSize = Files.size(payload);
            if (payloadSize > ArtifactLimits.DEFAULT_MAX_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("the " + detector.strategy() + " payload has " + payloadSize
                        + " bytes, above the readers' default limit of " + ArtifactLimits.DEFAULT_MAX_PAYLOAD_BYTES);
            }
            ModelManifest manifest = new ModelManifest(FORMAT_VERSION, strategy.name(), codec.version(),
                    detector.options().toMap(), detector.features().names(), detector.missingValuePolicy().name(),
                    metadata.featurePipeline(), metadata.lineage(), metadata.metrics(), IotadVersion.version(),
                    metadata.createdAt(), HexFormat.of().formatHex(sha.digest()), metadata.featureBaseline(),
                    metadata.provenance());
            byte[] manifestBytes = ManifestJson.write(manifest);
            long mtime = metadata.createdAt().getEpochSecond();
            AtomicFile.write(target, archive -> {
                try (FileOutputStream fos = new FileOutputStream(archive.toFile())) {
                    GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(fos, 1 << 16), 1 << 16);
                    UstarWriter tar = new UstarWriter(gz);
                    tar.add(MANIFEST_ENTRY, manifestBytes, mtime);
                    try (InputStream in = Files.newInputStream(payload)) {
                        tar.add(PAYLOAD_ENTRY, payloadSize, in, mtime);
                    }
                    for (Map.Entry<String, byte[]> a : attachments.entries().entrySet()) {
                        tar.add(a.getKey(), a.getValue(), mtime);
                    }
                    tar.finish();
                    gz.finish();
                    gz.flush();
                    fos.getFD().sync();
                }
            });
            return manifest;
        } finally {
            Files.deleteIfExists(payload);
        }
    }

    /**
     * Reads and verifies an artifact with the {@link ArtifactLimits#DEFAULTS default limits}.
     *
     * @param file the {@code model.tar.gz}
     * @return the manifest and the decoded detector
     * @throws IOException when the file cannot be read
     * @throws CorruptArtifactException for a damaged or unsafe archive or a checksum mismatch
     * @throws UnsupportedVersionException for a format or payload version newer than this library reads
     */
    public static LoadedModel read(Path file) throws IOException {
        return read(file, ArtifactLimits.DEFAULTS);
    }

    /**
     * Reads and verifies an artifact.
     *
     * @param file the {@code model.tar.gz}
     * @param limits entry size bounds
     * @return the manifest and the decoded detector
     * @throws IOException when the file cannot be read
     * @throws CorruptArtifactException for a damaged or unsafe archive or a checksum mismatch
     * @throws UnsupportedVersionException for a format or payload version newer than this library reads
     */
    public static LoadedModel read(Path file, ArtifactLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), limits);
        }
    }

    /**
     * Reads and verifies an artifact from a stream with the {@link ArtifactLimits#DEFAULTS default limits}.
     *
     * @param in the {@code model.tar.gz} bytes; not closed by this method
     * @param sourceName the artifact's name, for error messages
     * @return the manifest and the decoded detector
     * @throws IOException when reading fails
     * @throws CorruptArtifactException for a damaged or unsafe archive or a checksum mismatch
     * @throws UnsupportedVersionException for a format or payload version newer than this library reads
     */
    public static LoadedModel read(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, ArtifactLimits.DEFAULTS);
    }

    /**
     * Reads and verifies an artifact from a stream (for example an object-store download).
     *
     * @param in the {@code model.tar.gz} bytes; not closed by this method
     * @param sourceName the artifact's name, for error messages
     * @param limits entry size bounds
     * @return the manifest and the decoded detector
     * @throws IOException when reading fails
     * @throws CorruptArtifactException for a damaged or unsafe archive or a checksum mismatch
     * @throws UnsupportedVersionException for a format or payload version newer than this library reads
     */
    public static LoadedModel read(InputStream in, String sourceName, ArtifactLimits limits) throws IOException {
        return decode(ArtifactEntries.read(in, sourceName, limits), sourceName);
    }

    /**
     * Reads and verifies an artifact unpacked into a folder, as SageMaker hands a model to a serving
     * container ({@code /opt/ml/model/} holding {@value #MANIFEST_ENTRY} and {@value #PAYLOAD_ENTRY}), with
     * the same checks as the archive: sizes, versions, the payload checksum and the decoded detector.
     * Other files in the folder are ignored.
     *
     * @param dir the folder
     * @param limits entry size bounds
     * @return the manifest and the decoded detector
     * @throws java.nio.file.NoSuchFileException naming the folder and the missing entry
     * @throws IOException when a file cannot be read
     * @throws CorruptArtifactException for an entry above its limit or a checksum mismatch
     */
    public static LoadedModel readDirectory(Path dir, ArtifactLimits limits) throws IOException {
        Objects.requireNonNull(limits, "limits");
        byte[] manifest = readEntryFile(dir, MANIFEST_ENTRY, limits.maxManifestBytes(), "maxManifestBytes");
        byte[] payload = readEntryFile(dir, PAYLOAD_ENTRY, limits.maxPayloadBytes(), "maxPayloadBytes");
        Map<String, byte[]> attached = new TreeMap<>();
        for (String name : ArtifactAttachments.NAMES) {
            if (Files.isRegularFile(dir.resolve(name))) {
                attached.put(name, readEntryFile(dir, name, ArtifactAttachments.MAX_BYTES, "ArtifactAttachments.MAX_BYTES"));
            }
        }
        return decode(new ArtifactEntries(manifest, payload, ArtifactAttachments.of(attached)), dir.toString());
    }

    /**
     * Verifies an artifact and writes its two entries into a folder ({@value #MANIFEST_ENTRY},
     * {@value #PAYLOAD_ENTRY}), each atomically: the layout of a SageMaker training job's {@code model/}
     * output, which SageMaker packs into its own {@code model.tar.gz} and unpacks again for serving.
     *
     * @param artifact the {@code model.tar.gz}
     * @param dir the folder (created when absent)
     * @param limits entry size bounds
     * @return the verified model
     * @throws IOException when reading or writing fails
     * @throws CorruptArtifactException for a damaged or unsafe archive or a checksum mismatch
     */
    public static LoadedModel unpack(Path artifact, Path dir, ArtifactLimits limits) throws IOException {
        ArtifactEntries entries;
        try (InputStream in = Files.newInputStream(artifact)) {
            entries = ArtifactEntries.read(in, artifact.toString(), limits);
        }
        LoadedModel model = decode(entries, artifact.toString());
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve(MANIFEST_ENTRY), t -> Files.write(t, entries.manifest()));
        AtomicFile.write(dir.resolve(PAYLOAD_ENTRY), t -> Files.write(t, entries.payload()));
        for (Map.Entry<String, byte[]> a : entries.attachments().entries().entrySet()) {
            AtomicFile.write(dir.resolve(a.getKey()), t -> Files.write(t, a.getValue()));
        }
        return model;
    }

    private static byte[] readEntryFile(Path dir, String name, long max, String limitName) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "a model folder must hold " + MANIFEST_ENTRY
                    + " and " + PAYLOAD_ENTRY);
        }
        long size = Files.size(file);
        if (size > max) {
            throw new CorruptArtifactException(dir.toString(), name + " has " + size + " bytes, above " + limitName + "=" + max);
        }
        return Files.readAllBytes(file);
    }

    private static LoadedModel decode(ArtifactEntries entries, String sourceName) throws IOException {
        ModelManifest manifest = ManifestJson.read(entries.manifest(), sourceName, FORMAT_VERSION);
        String actual = HexFormat.of().formatHex(FrameContentHash.sha256().digest(entries.payload()));
        if (!actual.equalsIgnoreCase(manifest.payloadSha256())) {
            throw new CorruptArtifactException(sourceName, "payload checksum mismatch: the manifest expects SHA-256 "
                    + manifest.payloadSha256() + " but " + PAYLOAD_ENTRY + " has " + actual);
        }
        DetectorStrategy<?> strategy;
        try {
            strategy = DetectorStrategies.byName(manifest.strategy());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("model artifact " + sourceName + " needs " + e.getMessage()
                    + " (is the module providing it on the class path?)", e);
        }
        PayloadCodec codec = strategy.codec();
        if (manifest.payloadVersion() < 1 || manifest.payloadVersion() > codec.version()) {
            throw new UnsupportedVersionException(strategy.name() + " payload", manifest.payloadVersion(), codec.version());
        }
        Detector detector;
        try (InputStream payload = new ByteArrayInputStream(entries.payload())) {
            detector = codec.read(payload, manifest.payloadVersion());
        } catch (CorruptPayloadException e) {
            throw new CorruptArtifactException(sourceName, e.getMessage(), e);
        } catch (UnsupportedVersionException | CorruptArtifactException e) {
            throw e;
        } catch (RuntimeException e) {
            // a codec that let a detector's own check escape (or a third-party codec with a bug):
            // still a refusal with a reason, never a stack trace from deep inside decoding
            throw new CorruptArtifactException(sourceName, "the " + manifest.strategy() + " payload cannot be decoded: "
                    + e, e);
        }
        if (!detector.strategy().equalsIgnoreCase(manifest.strategy())
                || !detector.features().names().equals(manifest.features())) {
            throw new CorruptArtifactException(sourceName, "the payload decodes to a " + detector.strategy()
                    + " detector reading " + detector.features().names() + " but the manifest describes a "
                    + manifest.strategy() + " detector reading " + manifest.features());
        }
        return new LoadedModel(manifest, detector, entries.attachments());
    }

    /**
     * Reads only the manifest, without checking or decoding the payload (for listings).
     *
     * @param file the {@code model.tar.gz}
     * @return the manifest
     * @throws IOException when the file cannot be read
     * @throws CorruptArtifactException for a damaged or unsafe archive
     * @throws UnsupportedVersionException for a newer format version
     */
    public static ModelManifest readManifest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ArtifactEntries entries = ArtifactEntries.read(in, file.toString(), ArtifactLimits.DEFAULTS);
            return ManifestJson.read(entries.manifest(), file.toString(), FORMAT_VERSION);
        }
    }
}
