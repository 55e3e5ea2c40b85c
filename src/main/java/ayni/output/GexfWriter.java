package ayni.output;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.World;
import ayni.metrics.TieHistory;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Writes the whole run as a dynamic GEXF 1.3 network that Gephi's timeline plays: actors with the months they were
 * present; one edge per tie (from, to, layer) with the layer as its {@code kind}, so Gephi keeps the layers of one
 * pair apart, and its spells (a tie that dissolves and forms again has several); its weight at every recorded month
 * as a dynamic attribute. No spell or weight extends past either actor's presence. Dates are the first day of each
 * month; an interval's end is the first month the actor or tie was gone. Streamed: nothing is built in memory.
 */
public final class GexfWriter {
    private GexfWriter() {}

    public static void write(World w, TieHistory history, YearMonth last, String title, Path file) throws IOException {
        int steps = (int) java.time.temporal.ChronoUnit.MONTHS.between(w.start, last) + 2; // dates up to the month after the last
        String[] day = new String[Math.max(steps, 1)];
        for (int i = 0; i < day.length; i++) day[i] = day(w.start.plusMonths(i));
        int end = day.length - 1; // the step after the last: the end of anything still present
        try (Writer x = TextFile.writer(file)) {
            x.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
            x.write("<meta><creator>Ayni " + escape(Manifest.version()) + "</creator><description>" + escape(title)
                    + "</description></meta>\n");
            x.write("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n");
            x.write("<attributes class=\"node\" mode=\"static\"><attribute id=\"kind\" title=\"kind\" type=\"string\"/>"
                    + "<attribute id=\"subtype\" title=\"subtype\" type=\"string\"/>"
                    + "<attribute id=\"domain\" title=\"domain\" type=\"string\"/></attributes>\n");
            x.write("<attributes class=\"edge\" mode=\"static\"><attribute id=\"layer\" title=\"layer\" type=\"string\"/></attributes>\n");
            x.write("<attributes class=\"edge\" mode=\"dynamic\"><attribute id=\"tieWeight\" title=\"tieWeight\" type=\"double\"/></attributes>\n");
            x.write("<nodes>\n");
            for (Actor a : w.actors()) {
                if (a.enteredStep() < 0) continue; // never present
                x.write("<node id=\"");
                x.write(escape(a.id()));
                x.write("\" label=\"");
                x.write(escape(a.name()));
                x.write("\" start=\"");
                x.write(day[a.enteredStep()]);
                if (a.exitedStep() >= 0) {
                    x.write("\" end=\"");
                    x.write(day[a.exitedStep()]);
                }
                x.write("\"><attvalues><attvalue for=\"kind\" value=\"");
                x.write(a.kind().key());
                x.write("\"/><attvalue for=\"subtype\" value=\"");
                x.write(escape(a instanceof Ngo n ? n.type().key() : a.subtype()));
                x.write("\"/><attvalue for=\"domain\" value=\"");
                x.write(a.domain() == null ? "" : a.domain().key());
                x.write("\"/></attvalues></node>\n");
            }
            x.write("</nodes>\n<edges>\n");
            int id = 0;
            int[] s = new int[4], e = new int[4];
            for (TieHistory.Edge t : history.edges()) {
                Actor from = w.actor(t.from), to = w.actor(t.to);
                if (from.enteredStep() < 0 || to.enteredStep() < 0) continue;
                // the interval both actors are present; every spell is clipped to it
                int lo = Math.max(from.enteredStep(), to.enteredStep());
                int hi = Math.min(gone(from, end), gone(to, end));
                if (s.length < t.spells()) {
                    s = new int[t.spells()];
                    e = new int[t.spells()];
                }
                int n = 0;
                for (int i = 0; i < t.spells(); i++) {
                    int a = Math.max(lo, t.start(i)), b = Math.min(hi, t.end(i) < 0 ? end : t.end(i));
                    if (a < b) {
                        s[n] = a;
                        e[n++] = b;
                    }
                }
                if (n == 0) continue;
                x.write("<edge id=\"e");
                x.write(Integer.toString(id++));
                x.write("\" source=\"");
                x.write(escape(from.id()));
                x.write("\" target=\"");
                x.write(escape(to.id()));
                x.write("\" kind=\"");
                x.write(t.layer.key());
                x.write("\"><attvalues><attvalue for=\"layer\" value=\"");
                x.write(t.layer.key());
                x.write("\"/>");
                int spell = 0;
                for (int i = 0; i < t.recorded(); i++) {
                    int m = t.month(i);
                    while (spell < n && e[spell] <= m) spell++;
                    if (spell == n || m < s[spell]) continue; // recorded outside every clipped spell
                    int next = i + 1 < t.recorded() ? Math.min(t.month(i + 1), e[spell]) : e[spell];
                    if (next <= m) continue;
                    x.write("<attvalue for=\"tieWeight\" value=\"");
                    x.write(Double.toString(t.weight(i)));
                    x.write("\" start=\"");
                    x.write(day[m]);
                    x.write("\" end=\"");
                    x.write(day[next]);
                    x.write("\"/>");
                }
                x.write("</attvalues><spells>");
                for (int i = 0; i < n; i++) {
                    x.write("<spell start=\"");
                    x.write(day[s[i]]);
                    if (e[i] < end) {
                        x.write("\" end=\"");
                        x.write(day[e[i]]);
                    }
                    x.write("\"/>");
                }
                x.write("</spells></edge>\n");
            }
            x.write("</edges>\n</graph>\n</gexf>\n");
        }
    }

    /** First step an actor was gone, or {@code end} while present. */
    private static int gone(Actor a, int end) {
        return a.exitedStep() >= 0 ? a.exitedStep() : end;
    }

    /** Text made safe for an XML attribute or element. */
    static String escape(String v) {
        if (v == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                case '\t' -> "&#9;";
                default -> c < 0x20 ? "" : null; // other control characters are not allowed in XML 1.0
            };
            if (r == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(v.length() + 16).append(v, 0, i);
                b.append(r);
            }
        }
        return b == null ? v : b.toString();
    }

    static String day(YearMonth m) {
        return m + "-01";
    }
}
