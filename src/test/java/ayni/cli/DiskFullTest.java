package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk: results written onto a 600 KB tmpfs (mounted here when the tests run as root, as in CI; skipped
 * elsewhere). The command says so in one line, exits with 1, leaves no partial output behind, only the lock file, and
 * holds no file on the disk open afterwards (checked through /proc/self/fd, and by unmounting it at once).
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    static boolean run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Writes into {@code file} until the disk is full. */
    static void fill(Path file) {
        byte[] block = new byte[4096];
        try (java.io.OutputStream o = Files.newOutputStream(file)) {
            while (true) o.write(block);
        } catch (java.io.IOException full) {
            // no space left: what was written stays, which is the point
        }
    }

    @Test
    void aFullDiskGivesAClearErrorAndLeavesNothingPartial() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && "root".equals(System.getProperty("user.name"))
                && run("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", disk.toString()), "needs root to mount a tmpfs");
        try {
            for (String[] args : List.of(
                    new String[] {"run", "scenarios/agro-ecological.yaml", "--steps", "24", "--quiet", "--out", disk.resolve("run").toString()},
                    new String[] {"metrics", "src/test/resources/networks/lesmis.csv", "--out", disk.resolve("m").toString()})) {
                // fill the disk first for the small metrics output: write until no byte fits (a fixed size failed when
                // the space the first command's files took was not yet given back)
                if (args[0].equals("metrics")) fill(disk.resolve("filler"));
                StringWriter out = new StringWriter(), err = new StringWriter();
                int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
                assertEquals(1, code, err.toString());
                assertEquals(1, err.toString().strip().lines().count(), err.toString());
                assertTrue(err.toString().contains("No space left on device; nothing was written; fix:"), err.toString());
                try (Stream<Path> s = Files.list(disk)) {
                    List<String> left = s.map(p -> p.getFileName().toString())
                            .filter(n -> !n.equals("filler") && !n.endsWith(".lock")).toList();
                    assertEquals(List.of(), left, "no partial output");
                }
                assertEquals(List.of(), openFilesUnder(disk), String.join(" ", args) + ": files left open after the failure");
            }
            assertTrue(run("umount", disk.toString()), "the disk unmounts at once: nothing on it is still open");
        } finally {
            run("umount", "-l", disk.toString()); // after a failed assertion, lazily
        }
    }

    /** The files this process holds open under a folder (deleted ones too), from /proc/self/fd. */
    static List<String> openFilesUnder(Path dir) throws Exception {
        String root = dir.toRealPath().toString() + "/";
        List<String> open = new java.util.ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith(root)) open.add(target);
                } catch (java.io.IOException gone) {
                    // the descriptor of the listing itself, closed meanwhile
                }
            }
        }
        return open;
    }
}
