package ayni.model;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What happened when: scenario events, elections, donors leaving by their {@code until}, and a teacher's levers. */
public final class EventLog implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where a logged event came from. */
    public enum Origin { EVENT, ELECTION, UNTIL, LEVER }

    /** One applied event: when, what kind, whom it addressed, what it did, and the scenario's note. */
    public record Entry(int step, YearMonth month, String kind, String targets, String effect, String note,
                        Origin origin) implements Serializable {}

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
