package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderLockTest {
    @TempDir
    Path tmp;

    /** Holds a folder's lock in a separate process until killed: {@code Holder FOLDER}. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            FolderLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    static Process holder(Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", r.readLine());
        return p;
    }

    @Test
    void aSecondProcessIsRefusedAndAKilledHolderNeverBlocks() throws Exception {
        Path folder = tmp.resolve("results").resolve("run");
        Process p = holder(folder);
        try {
            OutputRefused e = assertThrows(OutputRefused.class, () -> FolderLock.acquire(folder));
            assertTrue(e.getMessage().contains("another Ayni command is writing this folder (pid " + p.pid()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            // the command line says so with exit 2 before simulating anything
            Path scenario = Files.writeString(tmp.resolve("s.yaml"), ayni.Tiny.donorAndNgo(null, null));
            java.io.StringWriter err = new java.io.StringWriter();
            int code = ayni.cli.Main.execute(new String[] {"run", scenario.toString(), "--out", folder.toString(), "--quiet"},
                    new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains("another Ayni command is writing this folder"), err.toString());
        } finally {
            p.destroyForcibly(); // SIGKILL: no chance to release anything
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(FolderLock.lockFile(folder)), "the killed holder's lock file is left behind");
        FolderLock.acquire(folder).close(); // the lock died with its process
        assertTrue(Files.readString(FolderLock.lockFile(folder)).startsWith("pid " + ProcessHandle.current().pid() + " "));
    }

    @Test
    void anotherThreadIsRefusedTheSameThreadMayTakeItAgain() throws Exception {
        Path folder = tmp.resolve("f");
        try (FolderLock a = FolderLock.acquire(folder)) {
            try (FolderLock b = FolderLock.acquire(folder)) {
                assertEquals(a, b);
            }
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try {
                    FolderLock.acquire(folder).close();
                    return null;
                } catch (Exception e) {
                    return e;
                }
            });
            assertTrue(other.get(30, TimeUnit.SECONDS) instanceof OutputRefused);
            // AtomicFolder takes the same lock: a writer in this thread proceeds
            try (AtomicFolder out = new AtomicFolder(folder)) {
                Files.writeString(out.dir().resolve(AtomicFolder.MANIFEST), "{}");
                out.commit();
            }
        }
        CompletableFuture<Throwable> later = CompletableFuture.supplyAsync(() -> {
            try {
                FolderLock.acquire(folder).close();
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        assertEquals(null, later.get(30, TimeUnit.SECONDS));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(".f.lock", "f"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
