package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder's files decode, with Java's own reader, to the very pixels that were encoded. */
class PngEncoderTest {
    @Test
    void aChartDecodesToItsOwnPixels() throws Exception {
        BufferedImage img = Charts.lines("a chart", "value", List.of("2000-01", "2000-02", "2000-03"), List.of("a", "b"),
                List.of(new double[] {0, 1, 0.5}, new double[] {0.2, 0.1, 0.9}), List.of(Charts.PALETTE[0], Charts.PALETTE[1]),
                Charts.SHARE, "source", EventMarkers.Marks.NONE).createBufferedImage(420, 260);
        assertSamePixels(img, decode(img));
    }

    @Test
    void everyFilterAndBothColourTypesRoundTrip() throws Exception {
        // rows that favour None (noise), Sub (horizontal runs) and Up (vertical stripes), with and without alpha
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB}) {
            BufferedImage img = new BufferedImage(37, 23, type);
            java.util.Random r = new java.util.Random(5);
            for (int y = 0; y < 23; y++) {
                for (int x = 0; x < 37; x++) {
                    int p = y < 8 ? r.nextInt() : y < 16 ? 0xFF000000 | (y * 9 << 8) : (x % 3 == 0 ? 0x80FF0000 : 0x400000FF);
                    img.setRGB(x, y, p);
                }
            }
            assertSamePixels(img, decode(img));
        }
    }

    @Test
    void otherImageTypesAndSubImagesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PngEncoder.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), new ByteArrayOutputStream()));
        BufferedImage big = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.write(big.getSubimage(2, 2, 4, 4), new ByteArrayOutputStream()));
    }

    private static BufferedImage decode(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(img, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        boolean alpha = expected.getType() == BufferedImage.TYPE_INT_ARGB;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y), a = actual.getRGB(x, y);
                if (!alpha) e |= 0xFF000000;
                assertEquals(Integer.toHexString(e), Integer.toHexString(a), "pixel " + x + "," + y);
            }
        }
    }
}
