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
 * of a run that was most of the time spent writing them (docs/ODD.md 10.1). Here rows are not filtered (filter type
 * None) and are deflated at {@link #LEVEL}: on charts, with their large flat areas, deflate alone gave the smallest
 * files (the eleven images of an organic run: 1,857 KB unfiltered, 1,908 KB with the usual choice per row among None,
 * Sub and Up, 1,962 KB all Up, 2,041 KB all Sub; 1,943 KB from Java's writer). 8-bit RGBA for images with some transparency, 8-bit RGB for opaque ones; the pixels are the image's own,
 * without gamma or colour-space chunks, as Java's writer writes them.
 */
final class PngEncoder {
    /**
     * zlib's level. Measured on the eleven images of an organic production run, encoded in memory one after another
     * (2026-12-07, 2 cores at load 7, quick compiler, two or more rounds each): level 3 took 0.15-0.25 s for 1,857 KB,
     * Java's writer 0.69-0.86 s in the same rounds for 1,943 KB; level 1 0.20-0.25 s for 1,949 KB; level 6 0.31-0.35 s
     * for 1,684 KB.
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
            byte[] row = new byte[stride + 1]; // filter type 0 (None) first
            for (int y = 0; y < h; y++) {
                int base = y * scan;
                for (int x = 0, j = 1; x < w; x++) {
                    int p = px[base + x];
                    row[j++] = (byte) (p >>> 16);
                    row[j++] = (byte) (p >>> 8);
                    row[j++] = (byte) p;
                    if (alpha) row[j++] = (byte) (p >>> 24);
                }
                z.write(row);
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
