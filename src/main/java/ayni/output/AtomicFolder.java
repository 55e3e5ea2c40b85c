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
 * result.
 */
public final class AtomicFolder implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    public AtomicFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.temp = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".tmp-");
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
    public void close() {
        if (!committed) delete(temp);
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
