package io.iotad.core.artifact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Builds archives by hand, including hostile ones the library never writes. */
final class RawArchive {
    /**
     * @param name entry name as stored
     * @param type tar type flag
     * @param linkName link target (for links)
     * @param content the bytes
     */
    record Entry(String name, char type, String linkName, byte[] content) {
        static Entry file(String name, byte[] content) {
            return new Entry(name, '0', "", content);
        }
    }

    private RawArchive() {
    }

    static void write(Path file, List<Entry> entries) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (Entry e : entries) {
                byte[] h = UstarWriter.header(e.name(), e.content().length, 0);
                h[156] = (byte) e.type();
                byte[] link = e.linkName().getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(link, 0, h, 157, link.length);
                for (int i = 148; i < 156; i++) {
                    h[i] = ' ';
                }
                long sum = 0;
                for (byte b : h) {
                    sum += b & 0xff;
                }
                byte[] chk = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(chk, 0, h, 148, 6);
                h[154] = 0;
                out.write(h);
                out.write(e.content());
                int rest = e.content().length % 512;
                if (rest != 0) {
                    out.write(new byte[512 - rest]);
                }
            }
            out.write(new byte[1024]);
        }
    }

    /** @return the manifest and payload bytes of a valid artifact, unverified */
    static ArtifactEntries entries(Path artifact) throws IOException {
        try (var in = Files.newInputStream(artifact)) {
            return ArtifactEntries.read(in, artifact.toString(), ArtifactLimits.DEFAULTS);
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }
}
