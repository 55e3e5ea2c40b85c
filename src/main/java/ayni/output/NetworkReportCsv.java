package ayni.output;

import ayni.metrics.graph.NetworkReport;
import ayni.metrics.graph.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a network report as tidy CSV: into a folder as nodes.csv, groups.csv and graph.csv with a manifest.json
 * (atomically: all four or none), or to a stream as three blocks, each under a title line {@code # nodes} etc. and followed by a blank line.
 * Numbers print as in the run outputs; an undefined value is an empty cell.
 */
public final class NetworkReportCsv {
    private NetworkReportCsv() {}

    /** The three tables and the manifest (what was measured, how), all or nothing. */
    public static void write(NetworkReport r, Manifest manifest, Path folder) throws IOException {
        try (AtomicFolder f = new AtomicFolder(folder)) {
            for (Table t : tables(r)) {
                try (Writer w = Files.newBufferedWriter(f.dir().resolve(t.name() + ".csv"), StandardCharsets.UTF_8)) {
                    print(t, w);
                }
            }
            manifest.write(f.dir().resolve(AtomicFolder.MANIFEST));
            f.commit();
        }
    }

    public static void print(NetworkReport r, PrintWriter out) throws IOException {
        for (Table t : tables(r)) {
            out.print("# " + t.name() + "\n");
            print(t, out);
            out.print("\n");
        }
        out.flush();
    }

    private static List<Table> tables(NetworkReport r) {
        return List.of(r.nodes(), r.groups(), r.graph());
    }

    private static void print(Table t, Appendable out) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(t.columns().toArray(String[]::new)).get();
        CSVPrinter p = new CSVPrinter(out, fmt); // not closed: that would close the caller's stream
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object c : row) cells.add(cell(c));
            p.printRecord(cells);
        }
        p.flush();
    }

    static String cell(Object c) {
        if (c instanceof Double d) return Double.isNaN(d) ? "" : TimeSeriesCsv.number(d);
        if (c instanceof Number n) return TimeSeriesCsv.number(n.doubleValue());
        return String.valueOf(c);
    }
}
