package ayni.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One writer per results folder: an exclusive lock on the hidden file {@code .NAME.lock} beside the folder NAME (beside,
 * not inside, because a results folder is replaced whole when it is written again). The lock is the operating
 * system's ({@link FileChannel#tryLock}), which it releases when the process ends however it ends, so a killed run
 * never leaves a folder locked. The file holds the last writer's process id, for the refusal message, and is never
 * deleted: deleting it would let a process that opened it just before lock a file no longer under that name while a
 * third locks a new one (and in Java any open and close of the file, even to read it, drops this process's lock, so
 * it is only ever read through the locked channel). A second
 * process (or a second thread of this one) that wants the folder while it is held is refused at once, never made to
 * wait. The same thread may take the lock again (a command that holds it while its writer takes it too).
 */
public final class FolderLock implements AutoCloseable {
    /** Locks this JVM holds: the OS lock is per process, so threads are told apart here. */
    private static final Map<Path, FolderLock> HELD = new HashMap<>();
    /** Locks a command took for its whole run, released by {@link #releaseCommandLocks()} when it returns. */
    private static final ThreadLocal<List<FolderLock>> COMMAND = ThreadLocal.withInitial(ArrayList::new);

    private final Path folder;
    private final Path file;
    private final Thread owner;
    private final FileChannel channel;
    private final FileLock lock;
    private int depth = 1;

    private FolderLock(Path folder, Path file, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.file = file;
        this.owner = Thread.currentThread();
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a folder: {@code .NAME.lock} in its parent. */
    public static Path lockFile(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return f.resolveSibling("." + f.getFileName() + ".lock");
    }

    /** Takes the folder's lock or refuses with a one-line message. Creates the parent folder if needed. */
    public static FolderLock acquire(Path folder) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (f.getParent() == null) throw new OutputRefused(folder + ": the root folder cannot be a results folder; fix: choose a folder inside it");
        synchronized (HELD) {
            FolderLock mine = HELD.get(f);
            if (mine != null) {
                if (mine.owner != Thread.currentThread()) throw busy(folder, "this process");
                mine.depth++;
                return mine;
            }
            Files.createDirectories(f.getParent());
            Path file = lockFile(f);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (IOException e) {
                ch.close();
                throw new IOException(folder + ": cannot lock " + file.getFileName() + " (" + e.getMessage()
                        + "); fix: write results on a local file system that supports locks", e);
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw busy(folder, holder.isEmpty() ? "another process" : holder);
            }
            try {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
            } catch (IOException e) { // a full disk: the command fails, and must not keep the file open
                ch.close();
                throw e;
            }
            FolderLock lock = new FolderLock(f, file, ch, l);
            HELD.put(f, lock);
            return lock;
        }
    }

    /**
     * Takes the lock of a folder a command is about to write, first checking that it is a folder Ayni may write
     * ({@link AtomicFolder#requireOurs}), and keeps it until the command returns: a second command for the same
     * folder is refused at its start, not after hours of simulation.
     */
    public static void acquireForCommand(Path folder, String... markers) throws IOException {
        AtomicFolder.requireOurs(folder, markers.length == 0 ? new String[] {AtomicFolder.MANIFEST} : markers);
        COMMAND.get().add(acquire(folder));
    }

    /** Releases the locks the current thread's command took (the command line's entry point calls this). */
    public static void releaseCommandLocks() {
        List<FolderLock> mine = COMMAND.get();
        for (FolderLock l : mine) {
            try {
                l.close();
            } catch (IOException e) {
                // the OS releases the lock when the process ends anyway
            }
        }
        mine.clear();
    }

    private static OutputRefused busy(Path folder, String who) {
        return new OutputRefused(folder + ": another Ayni command is writing this folder (" + who + "); fix: wait until "
                + "it has finished, or write elsewhere with --out (a killed command's lock is released with it)");
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(200);
            ch.read(b, 0);
            return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    public Path folder() {
        return folder;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (--depth > 0) return;
            HELD.remove(folder);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
