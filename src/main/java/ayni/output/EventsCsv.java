package ayni.output;

import ayni.model.EventLog;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the event log: one row per applied event, in the order applied, with what happened in words. */
public final class EventsCsv {
    public static final String[] HEADER = {"step", "date", "kind", "targets", "effect", "note", "origin", "what"};

    private EventsCsv() {}

    /** @param names actor id → name, for the {@code what} column (the event in words, {@link EventWords}) */
    public static void write(List<EventLog.Entry> entries, java.util.Map<String, String> names, Path file) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(HEADER).get();
        try (Writer w = TextFile.writer(file); CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (EventLog.Entry e : entries) {
                p.printRecord(e.step(), e.month(), e.kind(), e.targets(), e.effect(), e.note(),
                        e.origin().name().toLowerCase(), EventWords.describe(e, names));
            }
        }
    }
}
