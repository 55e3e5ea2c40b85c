package ayni.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears whole or not at all: files are written into a hidden sibling folder, which is renamed
 * onto the target only when everything is written. A crash leaves at most a hidden ".tmp" folder, never a half-written
 * result. The target is locked ({@link FolderLock}) from construction to close, and only an earlier Ayni output (a
 * folder with a manifest.json), an empty folder or a new one is ever replaced: a mistyped --out never deletes a user's
 * files.
 */
public final class AtomicFolder implements AutoCloseable {
    /** The file every Ayni output folder holds, by which it is recognised as safe to replace. */
    public static final String MANIFEST = "manifest.json";

    private final Path target;
    private final Path temp;
    private final FolderLock lock;
    private boolean committed;

    public AtomicFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        requireOurs(target, MANIFEST);
        this.lock = FolderLock.acquire(this.target);
        try {
            this.temp = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".tmp-");
        } catch (IOException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Refuses a folder that Ayni may not write into or replace: a file, or a folder that holds files but none of the
     * {@code markers} (names an Ayni output of this kind always holds), so that it may be someone else's.
     */
    public static void requireOurs(Path folder, String... markers) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (f.getParent() == null) throw new OutputRefused(folder + ": the root folder cannot be a results folder; fix: choose a folder inside it");
        if (Files.exists(f) && !Files.isDirectory(f)) {
            throw new OutputRefused(folder + ": is a file, not a folder; fix: give --out a folder name");
        }
        if (!Files.isDirectory(f)) return;
        for (String m : markers) if (Files.exists(f.resolve(m))) return;
        try (Stream<Path> s = Files.list(f)) {
            if (s.findAny().isEmpty()) return;
        }
        throw new OutputRefused(folder + ": exists and is not an Ayni results folder (it has no " + String.join(" or ", markers)
                + "), so Ayni will not write into it or replace it; fix: choose a new or empty folder for --out, or move "
                + "this one away yourself");
    }

    /** Writes files into a folder. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path dir) throws IOException;
    }

    /**
     * Writes a report's files into a hidden temporary folder inside {@code folder}, then moves each onto its place:
     * for folders that also hold stored runs, which must survive a rewrite of the report.
     */
    public static void replaceFiles(Path folder, FileWriter writer) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempDirectory(folder, ".report.tmp-");
        try {
            writer.write(tmp);
            try (Stream<Path> s = Files.list(tmp)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Path to = folder.resolve(p.getFileName().toString());
                    try {
                        Files.move(p, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } finally {
            delete(tmp);
        }
    }

    /** Where to write the files before {@link #commit()}. */
    public Path dir() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Replaces the target with the written folder. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
        committed = true;
        if (old != null) delete(old);
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed) delete(temp);
        } finally {
            lock.close();
        }
    }

    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.deleteIfExists(x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
