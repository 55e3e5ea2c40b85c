package ayni.output;

import ayni.metrics.graph.NetworkReport;
import ayni.metrics.graph.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a network report as tidy CSV: into a folder as nodes.csv, groups.csv and graph.csv with a manifest.json
 * (atomically: all four or none), or to a stream as three blocks, each under a title line {@code # nodes} etc. and
 * followed by a blank line. Numbers print as in the run outputs (on the console rounded to {@link #CONSOLE_DIGITS}
 * significant digits); an undefined value is an empty cell.
 */
public final class NetworkReportCsv {
    private NetworkReportCsv() {}

    /** The three tables and the manifest (what was measured, how), all or nothing. */
    public static void write(NetworkReport r, Manifest manifest, Path folder) throws IOException {
        try (AtomicFolder f = new AtomicFolder(folder)) {
            for (Table t : tables(r)) {
                try (Writer w = TextFile.writer(f.dir().resolve(t.name() + ".csv"))) {
                    print(t, w, 0);
                }
            }
            manifest.write(f.dir().resolve(AtomicFolder.MANIFEST));
            f.commit();
        }
    }

    /** Significant digits of numbers printed to the console (files keep every digit). */
    public static final int CONSOLE_DIGITS = 6;

    public static void print(NetworkReport r, PrintWriter out) throws IOException {
        for (Table t : tables(r)) {
            out.print("# " + t.name() + "\n");
            print(t, out, CONSOLE_DIGITS);
            out.print("\n");
        }
        out.flush();
    }

    private static List<Table> tables(NetworkReport r) {
        return List.of(r.nodes(), r.groups(), r.graph());
    }

    /** @param digits significant digits, no exponent (0: every digit, as in the run outputs) */
    private static void print(Table t, Appendable out, int digits) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(t.columns().toArray(String[]::new)).get();
        CSVPrinter p = new CSVPrinter(out, fmt); // not closed: that would close the caller's stream
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object c : row) cells.add(digits > 0 ? rounded(c, digits) : cell(c));
            p.printRecord(cells);
        }
        p.flush();
    }

    /** 0.000580898 rather than 5.80898343335325E-4; whole numbers as they are. */
    static String rounded(Object c, int digits) {
        if (c instanceof Double d && Double.isFinite(d) && d != Math.rint(d)) {
            return java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
        }
        return cell(c);
    }

    static String cell(Object c) {
        if (c instanceof Double d) return Double.isNaN(d) ? "" : TimeSeriesCsv.number(d);
        if (c instanceof Number n) return TimeSeriesCsv.number(n.doubleValue());
        return String.valueOf(c);
    }
}
