package org.grounded.io.refi;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip whose one entry inflates to gigabytes of zeros from a few megabytes, without the
 * gigabytes ever existing: one mebibyte of zeros is deflated once with a full flush (so the
 * compressed block refers to nothing before it) and that block is repeated. Written by hand
 * because {@link java.util.zip.ZipOutputStream} would have to deflate every byte again.
 */
final class ZipBomb {

    private static final int MEBIBYTE = 1 << 20;

    private ZipBomb() {
    }

    /**
     * @param small      entries stored as they are, before the bomb
     * @param mebibytes  how much the bomb inflates to (below 4 GiB, so no ZIP64 is needed)
     */
    static Path write(Path file, Map<String, String> small, String bombName, int mebibytes) throws IOException {
        byte[] block = fullyFlushedZeros();
        byte[] zeros = new byte[MEBIBYTE];
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) {
            crc.update(zeros);
        }
        long compressed = (long) block.length * mebibytes + 2;
        long uncompressed = (long) mebibytes * MEBIBYTE;

        Map<String, byte[]> stored = new LinkedHashMap<>();
        small.forEach((name, text) -> stored.put(name, text.getBytes(StandardCharsets.UTF_8)));
        List<byte[]> central = new ArrayList<>();
        try (OutputStream file0 = Files.newOutputStream(file); CountingOut out = new CountingOut(file0)) {
            for (Map.Entry<String, byte[]> entry : stored.entrySet()) {
                CRC32 entryCrc = new CRC32();
                entryCrc.update(entry.getValue());
                long offset = out.count;
                out.write(header(0x04034b50, 0, entryCrc.getValue(), entry.getValue().length, entry.getValue().length,
                        entry.getKey(), -1));
                out.write(entry.getValue());
                central.add(header(0x02014b50, 0, entryCrc.getValue(), entry.getValue().length, entry.getValue().length,
                        entry.getKey(), offset));
            }
            long offset = out.count;
            out.write(header(0x04034b50, 8, crc.getValue(), compressed, uncompressed, bombName, -1));
            for (int i = 0; i < mebibytes; i++) {
                out.write(block);
            }
            out.write(new byte[] {0x03, 0x00}); // an empty final block
            central.add(header(0x02014b50, 8, crc.getValue(), compressed, uncompressed, bombName, offset));
            long centralStart = out.count;
            for (byte[] header : central) {
                out.write(header);
            }
            ByteArrayOutputStream end = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(end);
            data.writeInt(Integer.reverseBytes(0x06054b50));
            data.writeShort(0);
            data.writeShort(0);
            data.writeShort(Short.reverseBytes((short) central.size()));
            data.writeShort(Short.reverseBytes((short) central.size()));
            data.writeInt(Integer.reverseBytes((int) (out.count - centralStart)));
            data.writeInt(Integer.reverseBytes((int) centralStart));
            data.writeShort(0);
            out.write(end.toByteArray());
        }
        return file;
    }

    private static byte[] fullyFlushedZeros() {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[MEBIBYTE]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.end();
        return out.toByteArray();
    }

    /** A local header (offset -1) or a central directory header. */
    private static byte[] header(int signature, int method, long crc, long compressed, long uncompressed, String name,
                                 long offset) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(Integer.reverseBytes(signature));
        if (offset >= 0) {
            data.writeShort(Short.reverseBytes((short) 20)); // version made by
        }
        data.writeShort(Short.reverseBytes((short) 20)); // version needed
        data.writeShort(Short.reverseBytes((short) 0x0800)); // UTF-8 names
        data.writeShort(Short.reverseBytes((short) method));
        data.writeShort(0); // time
        data.writeShort(Short.reverseBytes((short) 0x21)); // 1980-01-01
        data.writeInt(Integer.reverseBytes((int) crc));
        data.writeInt(Integer.reverseBytes((int) compressed));
        data.writeInt(Integer.reverseBytes((int) uncompressed));
        data.writeShort(Short.reverseBytes((short) nameBytes.length));
        data.writeShort(0); // extra
        if (offset >= 0) {
            data.writeShort(0); // comment
            data.writeShort(0); // disk
            data.writeShort(0); // internal attributes
            data.writeInt(0); // external attributes
            data.writeInt(Integer.reverseBytes((int) offset));
        }
        data.write(nameBytes);
        return bytes.toByteArray();
    }

    private static final class CountingOut extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
