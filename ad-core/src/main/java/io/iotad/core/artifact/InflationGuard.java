package io.iotad.core.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the compressed bytes taken from the file ({@link #compressed(InputStream)}) and the decompressed
 * bytes handed on ({@link #inflated(InputStream)}), and refuses a stream whose expansion ratio is
 * above {@link ArtifactLimits#maxCompressionRatio()} once more than
 * {@link ArtifactLimits#RATIO_CHECK_AFTER_BYTES} have been decompressed: a gzip bomb is refused
 * after a few milliseconds of inflating instead of after inflating its whole claimed size.
 */
final class InflationGuard {
    private final String source;
    private final int maxRatio;
    private long compressed;
    private long inflated;

    InflationGuard(String source, ArtifactLimits limits) {
        this.source = source;
        this.maxRatio = limits.maxCompressionRatio();
    }

    /** @return a stream counting what is read from {@code raw}, the compressed file */
    InputStream compressed(InputStream raw) {
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    compressed++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    compressed += n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(n);
                compressed += Math.max(0, s);
                return s;
            }
        };
    }

    /** @return a stream counting what {@code gz} inflates, checking the ratio as it goes */
    InputStream inflated(InputStream gz) {
        return new FilterInputStream(gz) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // read instead of skipping, so that every inflated byte is counted
                byte[] buf = new byte[(int) Math.min(n, 8192)];
                int r = read(buf, 0, buf.length);
                return Math.max(0, r);
            }
        };
    }

    private void count(int n) {
        inflated += n;
        if (inflated > ArtifactLimits.RATIO_CHECK_AFTER_BYTES && inflated > (long) maxRatio * Math.max(1, compressed)) {
            throw new CorruptArtifactException(source, "inflates to more than " + maxRatio + " times its compressed size ("
                    + inflated + " bytes from " + compressed + " compressed); refused as a likely decompression bomb"
                    + " (ArtifactLimits.maxCompressionRatio=" + maxRatio + ")");
        }
    }
}
