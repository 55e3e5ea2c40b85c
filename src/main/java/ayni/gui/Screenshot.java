package ayni.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * The screenshot mode: opens the Console on the current display, plays a number of steps (pulling any scripted
 * levers), then paints the Console, the network display, the classroom panel and the charts into one
 * {@value AyniWithUI#WIDTH} x {@value AyniWithUI#HEIGHT} PNG at their places on screen. Painting the frames (rather
 * than grabbing the screen) gives the same picture with or without a window manager and at any screen depth.
 */
public final class Screenshot {
    private Screenshot() {}

    /** The Console's tabs, in MASON's order; a screenshot shows one of them. */
    public static final java.util.List<String> TABS = java.util.List.of("About", "Console", "Displays", "Inspectors", "Model");

    /** Blocks until the picture is written; the Console shows its Model tab. */
    public static void take(AyniWithUI gui, int steps, Path file, long timeoutMillis) throws Exception {
        take(gui, steps, file, timeoutMillis, "Model");
    }

    /** Blocks until the picture is written; the Console shows {@code tab} (one of {@link #TABS}). */
    public static void take(AyniWithUI gui, int steps, Path file, long timeoutMillis, String tab) throws Exception {
        gui.pauseAt(steps);
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            gui.arrange(c);
            for (int i = 0; i < c.getTabPane().getTabCount(); i++) {
                if (tab.equals(c.getTabPane().getTitleAt(i))) c.getTabPane().setSelectedIndex(i);
            }
            console.set(c);
            c.pressPlay();
        });
        Console c = console.get();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (gui.model().nextStep() < steps || c.getPlayState() != Console.PS_PAUSED) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the GUI did not reach step " + steps + " within " + timeoutMillis / 1000 + " s");
            }
            Thread.sleep(50);
        }
        // let the last step's chart rows, log lines and repaints through
        for (int i = 0; i < 3; i++) SwingUtilities.invokeAndWait(() -> {});
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> img.set(paint(frames(gui, c))));
        write(img.get(), file);
    }

    static Map<JFrame, Rectangle> frames(AyniWithUI gui, Console c) {
        Map<JFrame, Rectangle> m = new LinkedHashMap<>();
        m.put(c, AyniWithUI.CONSOLE);
        m.put(gui.displayFrame, AyniWithUI.DISPLAY);
        m.put(gui.classroomFrame, AyniWithUI.CLASSROOM);
        m.put(gui.chartFrame, AyniWithUI.CHARTS);
        return m;
    }

    /** Paints each frame's contents at its place. Call on the Swing thread. */
    static BufferedImage paint(Map<JFrame, Rectangle> frames) {
        BufferedImage img = new BufferedImage(AyniWithUI.WIDTH, AyniWithUI.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (Map.Entry<JFrame, Rectangle> e : frames.entrySet()) {
            JFrame f = e.getKey();
            Rectangle r = e.getValue();
            f.setBounds(r);
            f.validate();
            Graphics2D fg = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
            f.getRootPane().printAll(fg);
            fg.dispose();
        }
        g.dispose();
        return img;
    }

    static void write(BufferedImage img, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) java.nio.file.Files.createDirectories(parent);
        if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer");
    }
}
