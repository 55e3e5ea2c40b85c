package ayni.calibration;

import ayni.stats.abc.Simulation;
import ayni.stats.abc.SimulationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Simulations stored one small CSV file each ({@code g0003/s000042.csv}; {@code predictive/} for posterior-predictive
 * runs, {@code planted/} for a recovery calibration's planted run), written under a temporary name and renamed when complete, so a simulation is there whole or not at all.
 * Doubles are written in full precision: a simulation read back is the one written, bit for bit.
 */
public final class FileStore implements SimulationStore {
    private final Path dir;
    private final List<String> header;
    private final int params;
    private final int outputs;
    private final Map<Long, Simulation> cache = new ConcurrentHashMap<>();

    public FileStore(Path dir, List<String> parameterIds, List<String> outputNames) {
        this.dir = dir;
        this.params = parameterIds.size();
        this.outputs = outputNames.size();
        List<String> h = new ArrayList<>(List.of("generation", "index", "seed"));
        for (String p : parameterIds) h.add("z:" + p);
        for (String p : parameterIds) h.add("theta:" + p);
        for (String o : outputNames) h.add("out:" + o);
        this.header = List.copyOf(h);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() { return dir; }

    static Path file(Path dir, int generation, int index) {
        String g = generation == -1 ? "predictive" : generation == -2 ? "planted" : String.format("g%04d", generation);
        return dir.resolve(g).resolve(String.format("s%06d.csv", index));
    }

    private static long key(int generation, int index) {
        return ((long) generation << 32) | (index & 0xffffffffL);
    }

    @Override
    public Simulation get(int generation, int index) {
        Simulation s = cache.get(key(generation, index));
        if (s != null) return s;
        Path f = file(dir, generation, index);
        if (!Files.isRegularFile(f)) return null;
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            if (lines.size() != 2 || !List.of(lines.get(0).split(",", -1)).equals(header)) {
                throw new IllegalStateException(f + " has columns " + (lines.isEmpty() ? "[]" : lines.get(0))
                        + ", expected " + String.join(",", header) + "; it belongs to another calibration");
            }
            String[] v = lines.get(1).split(",", -1);
            double[] z = new double[params], theta = new double[params], out = new double[outputs];
            for (int k = 0; k < params; k++) {
                z[k] = Double.parseDouble(v[3 + k]);
                theta[k] = Double.parseDouble(v[3 + params + k]);
            }
            for (int k = 0; k < outputs; k++) out[k] = Double.parseDouble(v[3 + 2 * params + k]);
            s = new Simulation(Integer.parseInt(v[0]), Integer.parseInt(v[1]), z, theta, Long.parseLong(v[2]), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.put(key(generation, index), s);
        return s;
    }

    @Override
    public void put(Simulation s) {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        sb.append(s.generation()).append(',').append(s.index()).append(',').append(s.seed());
        for (double x : s.z()) sb.append(',').append(x);
        for (double x : s.theta()) sb.append(',').append(x);
        for (double x : s.outputs()) sb.append(',').append(x);
        sb.append('\n');
        Path target = file(dir, s.generation(), s.index());
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.put(key(s.generation(), s.index()), s);
    }

    /** Deletes files left half-written by a calibration that was killed. */
    public void cleanTemps() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) if (p.getFileName().toString().endsWith(".tmp")) Files.delete(p);
        }
    }

    /** Every stored simulation file (relative paths), for merging shards. */
    public List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().matches("s\\d{6,}\\.csv")) out.add(dir.relativize(p));
            }
        }
        return out;
    }

    /** Copies another store's simulations that this one lacks; returns how many. */
    public int copyFrom(FileStore other) throws IOException {
        int n = 0;
        for (Path rel : other.files()) {
            Path to = dir.resolve(rel);
            if (Files.exists(to)) continue;
            Files.createDirectories(to.getParent());
            Path tmp = to.resolveSibling(to.getFileName() + ".copy.tmp");
            Files.copy(other.dir.resolve(rel), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
            n++;
        }
        return n;
    }

    /** Deletes every stored simulation (a fresh start). */
    public void clear() throws IOException {
        for (Path rel : files()) Files.delete(dir.resolve(rel));
        cache.clear();
    }
}
