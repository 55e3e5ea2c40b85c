package ayni.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes the charts' and pictures' images as PNG (ISO/IEC 15948) straight from their pixel arrays. Java's own PNG
 * writer reads every row through the generic raster interface and tries every filter on every row; for the ten charts
 * of a run that was most of the time spent writing them (docs/ODD.md 10.1). Here each row gets the filter (None, Sub
 * or Up) whose bytes have the smallest sum of magnitudes, the usual heuristic of PNG encoders, and the data is
 * deflated at {@link #LEVEL}. 8-bit RGBA for images with some transparency, 8-bit RGB for opaque ones; the pixels are the image's own,
 * without gamma or colour-space chunks, as Java's writer writes them.
 */
final class PngEncoder {
    /**
     * zlib's level. Measured on the eleven images of an organic production run (2026-12-07, load 5 on 2 cores, C1):
     * level 3 with opaque images as RGB took 0.30-0.32 s against 0.56-0.60 s for Java's writer, for 1,908 KB against
     * 1,943 KB; level 1 was no faster and larger.
     */
    static final int LEVEL = 3;
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    private PngEncoder() {}

    /** Writes the image to a file. */
    static void write(BufferedImage img, java.nio.file.Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
            write(img, out);
        }
    }

    /** Encodes an image of int pixels ({@code TYPE_INT_ARGB} or {@code TYPE_INT_RGB}); other types are refused. */
    static void write(BufferedImage img, OutputStream out) throws IOException {
        boolean alpha;
        if (img.getType() == BufferedImage.TYPE_INT_ARGB) alpha = true;
        else if (img.getType() == BufferedImage.TYPE_INT_RGB) alpha = false;
        else throw new IllegalArgumentException("PNG encoder: image type " + img.getType() + " is not int ARGB or RGB");
        java.awt.image.WritableRaster raster = img.getRaster();
        if (raster.getDataBuffer().getOffset() != 0 || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0) {
            throw new IllegalArgumentException("PNG encoder: a sub-image is not supported");
        }
        int w = img.getWidth(), h = img.getHeight();
        int[] px = ((DataBufferInt) raster.getDataBuffer()).getData();
        int scan = ((java.awt.image.SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        if (alpha) alpha = !opaque(px, w, h, scan); // a chart on an opaque background: a quarter less to deflate
        int channels = alpha ? 4 : 3, stride = w * channels;

        DataOutputStream o = new DataOutputStream(out);
        o.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8); // bits per channel
        hd.writeByte(alpha ? 6 : 2); // colour type: RGBA or RGB
        hd.writeByte(0); // deflate
        hd.writeByte(0); // adaptive filtering
        hd.writeByte(0); // no interlace
        chunk(o, "IHDR", header.toByteArray(), header.size());

        ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4 + 1024);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] prev = new byte[stride], cur = new byte[stride];
            byte[][] filtered = {new byte[stride + 1], new byte[stride + 1], new byte[stride + 1]};
            for (int y = 0; y < h; y++) {
                int base = y * scan;
                for (int x = 0, j = 0; x < w; x++) {
                    int p = px[base + x];
                    cur[j++] = (byte) (p >>> 16);
                    cur[j++] = (byte) (p >>> 8);
                    cur[j++] = (byte) p;
                    if (alpha) cur[j++] = (byte) (p >>> 24);
                }
                z.write(filtered[filter(cur, prev, channels, filtered)]);
                byte[] t = prev;
                prev = cur;
                cur = t;
            }
        } finally {
            deflater.end();
        }
        chunk(o, "IDAT", idat.toByteArray(), idat.size());
        chunk(o, "IEND", new byte[0], 0);
        o.flush();
    }

    private static boolean opaque(int[] px, int w, int h, int scan) {
        for (int y = 0; y < h; y++) {
            for (int x = 0, base = y * scan; x < w; x++) if (px[base + x] >>> 24 != 0xFF) return false;
        }
        return true;
    }

    /** Fills the three candidate rows (filter byte first) and returns the index of the one to write. */
    private static int filter(byte[] cur, byte[] prev, int bpp, byte[][] out) {
        byte[] none = out[0], sub = out[1], up = out[2];
        none[0] = 0;
        sub[0] = 1;
        up[0] = 2;
        long sNone = 0, sSub = 0, sUp = 0;
        for (int i = 0; i < cur.length; i++) {
            byte c = cur[i];
            byte s = (byte) (c - (i >= bpp ? cur[i - bpp] : 0));
            byte u = (byte) (c - prev[i]);
            none[i + 1] = c;
            sub[i + 1] = s;
            up[i + 1] = u;
            sNone += Math.abs(c);
            sSub += Math.abs(s);
            sUp += Math.abs(u);
        }
        if (sNone <= sSub && sNone <= sUp) return 0;
        return sSub <= sUp ? 1 : 2;
    }

    private static void chunk(DataOutputStream o, String type, byte[] data, int length) throws IOException {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        o.writeInt(length);
        o.write(t);
        o.write(data, 0, length);
        o.writeInt((int) crc.getValue());
    }
}
