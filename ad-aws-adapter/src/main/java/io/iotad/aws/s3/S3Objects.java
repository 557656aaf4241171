package io.iotad.aws.s3;

import io.iotad.core.files.AtomicFile;
import io.iotad.core.progress.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The object operations the adapters need, on one client: list a prefix (every page), upload a file,
 * download an object to a file atomically. SDK failures become {@link IOException}s naming the object.
 */
public final class S3Objects {
    /** Keys per listing page, S3's own maximum. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final S3Client s3;
    private final int pageSize;

    /** @param s3 the client; not closed by this class */
    public S3Objects(S3Client s3) {
        this(s3, DEFAULT_PAGE_SIZE);
    }

    /**
     * @param s3 the client; not closed by this class
     * @param pageSize keys per listing page, 1 to 1000
     */
    public S3Objects(S3Client s3, int pageSize) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        if (pageSize < 1 || pageSize > DEFAULT_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be in [1, 1000], got " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /**
     * @param location a bucket and prefix
     * @return the keys below it (every page of the listing), in key order
     * @throws IOException when listing fails, naming the location
     */
    public List<String> list(S3Location location) throws IOException {
        try {
            List<String> keys = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(location.bucket()).prefix(location.listPrefix())
                    .maxKeys(pageSize)).contents()) {
                keys.add(o.key());
            }
            return keys;
        } catch (SdkException e) {
            throw new IOException("cannot list " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file a local file
     * @param bucket the bucket
     * @param key the object key
     * @throws IOException when the file cannot be read or the upload fails
     */
    public void upload(Path file, String bucket, String key) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "nothing to upload");
        }
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromFile(file));
        } catch (SdkException | UncheckedIOException e) {
            throw new IOException("cannot upload " + file + " to s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Downloads to a temporary file beside the target, then renames it over the target.
     *
     * @param bucket the bucket
     * @param key the object key
     * @param target the local file (parent folders are created)
     * @throws NoSuchFileException naming the object when it does not exist
     * @throws IOException when the download or the write fails
     */
    public void download(String bucket, String key, Path target) throws IOException {
        try {
            AtomicFile.write(target, tmp -> {
                Files.delete(tmp); // the SDK writes a new file
                s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build(), tmp);
            });
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("s3://" + bucket + "/" + key, null, "no such object");
        } catch (SdkException | UncheckedIOException e) {
            throw new IOException("cannot download s3://" + bucket + "/" + key + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Downloads every object below a location into a folder, keeping the keys' relative paths.
     *
     * @param location the bucket and prefix
     * @param dir the local folder
     * @param progress told after each object ({@code "s3 download"}, done, total)
     * @return the number of objects downloaded
     * @throws IOException when listing or a download fails
     */
    public int downloadAll(S3Location location, Path dir, ProgressListener progress) throws IOException {
        List<String> keys = list(location);
        String strip = location.listPrefix();
        Path root = dir.toAbsolutePath().normalize();
        int done = 0;
        for (String key : keys) {
            if (key.endsWith("/")) {
                continue; // a "folder" marker object some tools create
            }
            Path target = root.resolve(key.substring(strip.length())).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("object key s3://" + location.bucket() + "/" + key + " escapes " + location);
            }
            download(location.bucket(), key, target);
            progress.progress("s3 download", ++done, keys.size());
        }
        return done;
    }
}
