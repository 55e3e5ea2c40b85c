package ayni.experiment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The finished runs of an experiment, one CSV file per run in a folder ({@code run-000042.csv}). A file is written
 * under a temporary name and renamed when complete, so a run is either there whole or not at all: an experiment
 * killed at any moment and started again runs only what is missing. Doubles are written in full precision, so a
 * run read back is the run that was written, bit for bit.
 */
public final class RunStore {
    static final String END = "end";
    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() { return dir; }

    static String fileName(int index) {
        return String.format("run-%06d.csv", index);
    }

    /** Deletes files left half-written by a run that was killed. */
    public void cleanTemps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) if (p.getFileName().toString().endsWith(".tmp")) Files.delete(p);
        }
    }

    /** The numbers of the runs stored. */
    public TreeSet<Integer> finished() throws IOException {
        TreeSet<Integer> out = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.matches("run-\\d{6,}\\.csv")) out.add(Integer.parseInt(n.substring(4, n.length() - 4)));
            }
        }
        return out;
    }

    public boolean has(int index) {
        return Files.isRegularFile(dir.resolve(fileName(index)));
    }

    /** The header of a run file: run identity, swept parameters, step and date, then the measures. */
    static List<String> header(List<String> factors, List<String> measures) {
        List<String> h = new ArrayList<>(List.of("run", "arm", "point", "replication", "seed"));
        h.addAll(factors);
        h.add("step");
        h.add("date");
        h.addAll(measures);
        return h;
    }

    public void write(RunRecord r, List<String> factors) throws IOException {
        Path tmp = dir.resolve(fileName(r.run().index()) + "." + Thread.currentThread().getId() + ".tmp");
        try (Writer w = ayni.output.TextFile.writer(tmp);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(header(factors, r.measures()));
            for (int row = 0; row < r.dates().size(); row++) {
                p.printRecord(line(r, factors, Integer.toString(r.steps().get(row)), r.dates().get(row), r.values()[row]));
            }
            p.printRecord(line(r, factors, "-1", END, r.end()));
        } catch (IOException e) {
            Files.deleteIfExists(tmp); // a full disk: no half-written run left behind
            throw e;
        }
        Path target = dir.resolve(fileName(r.run().index()));
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> line(RunRecord r, List<String> factors, String step, String date, double[] values) {
        Plan.Run run = r.run();
        List<String> out = new ArrayList<>(List.of(Integer.toString(run.index()), run.arm(), Integer.toString(run.point()),
                Integer.toString(run.replication()), Long.toString(run.seed())));
        for (String f : factors) out.add(Double.toString(run.factors().get(f)));
        out.add(step);
        out.add(date);
        for (double v : values) out.add(Double.toString(v));
        return out;
    }

    /** Reads a run back; fails with the file's name when it does not match the plan. */
    public RunRecord read(Plan.Run expected, List<String> factors, List<String> measures) throws IOException {
        Path f = dir.resolve(fileName(expected.index()));
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            if (!p.getHeaderNames().equals(header(factors, measures))) {
                throw new IllegalStateException(f + " has columns " + p.getHeaderNames() + ", expected "
                        + header(factors, measures) + "; it belongs to another version of the experiment");
            }
            List<Integer> steps = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            double[] end = null;
            for (CSVRecord rec : p) {
                if (!rec.get("arm").equals(expected.arm()) || Long.parseLong(rec.get("seed")) != expected.seed()
                        || Integer.parseInt(rec.get("replication")) != expected.replication()) {
                    throw new IllegalStateException(f + " holds run " + rec.get("run") + " of arm " + rec.get("arm")
                            + ", seed " + rec.get("seed") + "; the plan expects arm " + expected.arm() + ", seed " + expected.seed());
                }
                double[] v = new double[measures.size()];
                for (int m = 0; m < v.length; m++) v[m] = Double.parseDouble(rec.get(measures.get(m)));
                if (END.equals(rec.get("date"))) {
                    end = v;
                } else {
                    steps.add(Integer.parseInt(rec.get("step")));
                    dates.add(rec.get("date"));
                    rows.add(v);
                }
            }
            if (end == null) throw new IllegalStateException(f + " has no end row");
            return new RunRecord(expected, List.copyOf(measures), steps, dates, rows.toArray(new double[0][]), end);
        }
    }

    /** Copies the run files of another store (a shard's) into this one; returns how many were new. */
    public int copyFrom(RunStore other) throws IOException {
        int n = 0;
        for (int i : other.finished()) {
            if (has(i)) continue;
            Path tmp = dir.resolve(fileName(i) + ".copy.tmp");
            Files.copy(other.dir.resolve(fileName(i)), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dir.resolve(fileName(i)), StandardCopyOption.ATOMIC_MOVE);
            n++;
        }
        return n;
    }

    /** Reads key=value lines (the plan stamp). */
    static Map<String, String> readStamp(Path f) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(f)) return m;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }

    static void writeStamp(Path f, Map<String, String> m) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : m.entrySet()) sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        Path tmp = f.resolveSibling(f.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
