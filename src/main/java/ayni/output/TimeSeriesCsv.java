package ayni.output;

import ayni.metrics.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a time series as tidy CSV: a header, then one row per step with date first. Numbers print the same on every machine. */
public final class TimeSeriesCsv {
    private TimeSeriesCsv() {}

    public static void write(TimeSeries ts, Path file) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("date");
        header.addAll(ts.columns());
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new)).get();
        try (Writer w = TextFile.writer(file); CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (int i = 0; i < ts.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(ts.date(i));
                for (double v : ts.row(i)) row.add(number(v));
                p.printRecord(row);
            }
        }
    }

    /** Whole numbers without a decimal point; others in Java's shortest round-trip form. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
