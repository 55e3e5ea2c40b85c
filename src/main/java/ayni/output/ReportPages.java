package ayni.output;

import ayni.experiment.Interval;
import ayni.model.EventLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code report.html} of a results folder, built from the folder's own files (manifest, CSVs, charts' SVG,
 * network files), so a run writes exactly the page that {@code ayni report DIR} rebuilds later. The manifest's
 * {@code kind} says which page: a run (none), a comparison or an experiment.
 */
public final class ReportPages {
    public static final String FILE = "report.html";

    /** Headline measures of a run's summary, in this order. */
    static final List<String> HEADLINE = List.of("adoption_all", "certified_share", "practice_mean", "actors_ngo",
            "actors_sme", "actors_donor", "fundingInjected", "fundingReceived_ngo", "fundingReceived_sme", "ties_funding",
            "ties_knowledge", "ties_market", "centralization_funding", "centralization_knowledge", "sales");

    /** Run charts in reading order; other SVGs of the folder follow by name. */
    static final List<String> RUN_CHARTS = List.of("power-by-kind", "power-by-ngo-type", "dependence-by-kind",
            "informational-vs-anchoring", "centralization", "funding-by-channel", "adoption-by-segment", "ngos-by-type",
            "discourse-map");

    private ReportPages() {}

    /** Writes {@code dir/report.html} for the folder's kind; returns the file. */
    public static Path write(Path dir) throws IOException {
        return write(dir, null);
    }

    /**
     * @param networks a run's network views as the page's JSON ({@link NetworkViews#json}), made by the caller from the
     *                 views in memory while the other files were written, so the GEXF need not be read back ("" for
     *                 none); null: read from the folder's network files
     */
    public static Path write(Path dir, String networks) throws IOException {
        Path manifest = dir.resolve("manifest.json");
        if (!Files.exists(manifest)) throw new IOException(dir + ": no manifest.json, so not an Ayni results folder");
        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        String kind = m.path("kind").asText("run");
        ReportPage page = switch (kind) {
            case "run" -> run(dir, m, networks);
            case "compare" -> compare(dir, m);
            case "experiment" -> experiment(dir, m);
            default -> generic(dir, m, kind);
        };
        Path file = dir.resolve(FILE);
        page.write(file);
        return file;
    }

    /** The page's JSON of a run's network views, "" when there are none. */
    public static String json(List<NetworkViews.View> views, YearMonth last) {
        return views.isEmpty() ? "" : NetworkViews.json(views, last);
    }

    // ---------------------------------------------------------------- run

    static ReportPage run(Path dir, JsonNode m, String networks) throws IOException {
        Columns ts = Columns.read(dir.resolve("timeseries.csv"));
        List<String> dates = ts.text("date");
        YearMonth first = YearMonth.parse(dates.get(0)), last = YearMonth.parse(dates.get(dates.size() - 1));
        ReportPage page = new ReportPage(m.path("title").asText(m.path("scenario").asText()), "One run of scenario "
                + m.path("scenario").asText() + ", " + first + " to " + last + ", seed " + m.path("seed").asText() + ".");
        Map<String, String> ess = new LinkedHashMap<>();
        ess.put("Scenario", m.path("scenario").asText());
        ess.put("File", m.path("scenarioFile").asText());
        ess.put("Period", first + " to " + last + " (" + dates.size() + " months)");
        ess.put("Seed", m.path("seed").asText());
        ess.put("Ayni", m.path("version").asText() + (m.hasNonNull("gitCommit") ? " (" + m.path("gitCommit").asText().substring(0, 10) + ")" : ""));
        ess.put("Run took", m.has("runSeconds") ? Numbers.of(m.path("runSeconds").asDouble()) + " s" : "");
        ess.put("Scenario SHA-256", m.path("scenarioSha256").asText().substring(0, Math.min(16, m.path("scenarioSha256").asText().length())) + "…");
        page.essentials(ess);

        List<EventRow> events = EventRow.read(dir.resolve("events.csv"));
        int w = Math.max(1, Math.min(12, dates.size() / 4));
        page.section("What happened");
        page.paragraph("Computed from this run: \"start\" is the mean of the first " + w + " months (" + first + " to "
                + dates.get(w - 1) + "), \"end\" the mean of the last " + w + " (" + dates.get(dates.size() - w) + " to " + last + ").");
        page.bullets(runSummary(ts, w, events));
        List<List<String>> rows = new ArrayList<>();
        for (String c : HEADLINE) {
            if (!ts.has(c)) continue;
            double a = mean(ts.numbers(c), 0, w), b = mean(ts.numbers(c), dates.size() - w, dates.size());
            MeasureNames.Name n = MeasureNames.of(c);
            int d = Numbers.decimalsFor(a, b);
            rows.add(List.of(n.words() + (n.unit() == MeasureNames.Unit.USD ? " (US$ per month)" : ""), n.level(a, d),
                    n.level(b, d), n.difference(b - a, d)));
        }
        page.table(new ReportPage.Table("Headline measures at the start and the end", List.of("measure", "start", "end", "change"), rows));

        page.section("Events");
        timeline(page, events, first, last);

        page.section("Charts");
        charts(page, dir, RUN_CHARTS);

        String json = networks != null ? networks : json(NetworkViews.read(dir), last);
        if (!json.isEmpty()) {
            page.section("Network");
            page.networks(json, "");
        }
        page.section("Files");
        page.links(links(dir));
        return page;
    }

    static List<String> runSummary(Columns ts, int w, List<EventRow> events) {
        int n = ts.size();
        List<String> out = new ArrayList<>();
        double actors0 = 0, actors1 = 0, ties0 = 0, ties1 = 0;
        for (String c : ts.header()) {
            if (c.startsWith("actors_")) {
                actors0 += ts.numbers(c)[0];
                actors1 += ts.numbers(c)[n - 1];
            }
            if (c.startsWith("ties_")) {
                ties0 += ts.numbers(c)[0];
                ties1 += ts.numbers(c)[n - 1];
            }
        }
        out.add("The network went from " + Numbers.of(actors0) + " actors and " + Numbers.of(ties0) + " ties in the first month to "
                + Numbers.of(actors1) + " actors and " + Numbers.of(ties1) + " ties in the last.");
        if (ts.has("adoption_all")) out.add(change(ts, "adoption_all", w));
        if (ts.has("actors_ngo")) out.add(change(ts, "actors_ngo", w));
        if (ts.has("fundingReceived_ngo")) out.add(change(ts, "fundingReceived_ngo", w));
        // power shifts: the kinds (and NGO types) whose share of PageRank moved most
        record Shift(String column, double from, double to) {}
        List<Shift> shifts = new ArrayList<>();
        for (String c : ts.header()) {
            if (!c.startsWith("powerPagerank_") && !c.startsWith("powerPagerankNgo_")) continue;
            double[] v = ts.numbers(c);
            shifts.add(new Shift(c, mean(v, 0, w), mean(v, n - w, n)));
        }
        shifts.sort(Comparator.comparingDouble((Shift s) -> -Math.abs(s.to() - s.from())));
        List<String> moved = new ArrayList<>();
        for (Shift s : shifts.subList(0, Math.min(3, shifts.size()))) {
            if (Math.abs(s.to() - s.from()) < 0.005) continue;
            moved.add(MeasureNames.of(s.column()).words().replace(" share of power (PageRank)", "").replaceFirst("'s?$", "") + " "
                    + (s.to() > s.from() ? "gained" : "lost") + " " + Numbers.fixed(100 * Math.abs(s.to() - s.from()), 1)
                    + " percentage points (" + Numbers.percent(s.from(), 1) + " to " + Numbers.percent(s.to(), 1) + ")");
        }
        out.add(moved.isEmpty() ? "No actor kind's share of power (PageRank) moved by half a percentage point or more."
                : "Biggest power shifts (share of PageRank): " + String.join("; ", moved) + ".");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (EventRow e : events) kinds.merge(e.entry().kind(), 1, Integer::sum);
        if (events.isEmpty()) {
            out.add("No dated events.");
        } else {
            List<String> parts = new ArrayList<>();
            kinds.forEach((k, c) -> parts.add(c + " " + MeasureNames.words(k) + (c > 1 ? " events" : " event")));
            out.add(events.size() + " dated events (" + String.join(", ", parts) + "); numbered below and on the charts.");
        }
        return out;
    }

    private static String change(Columns ts, String c, int w) {
        double[] v = ts.numbers(c);
        double a = mean(v, 0, w), b = mean(v, v.length - w, v.length);
        MeasureNames.Name n = MeasureNames.of(c);
        int d = Numbers.decimalsFor(a, b);
        String unit = n.unit() == MeasureNames.Unit.USD ? " US$ per month" : "";
        return n.words() + (Math.abs(b - a) <= Math.pow(10, -d) / 2 ? " stayed at about " + n.level(b, d) + unit
                : (b > a ? " rose" : " fell") + " from " + n.level(a, d) + " to " + n.level(b, d) + unit) + ".";
    }

    static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += v[i];
        return s / Math.max(1, to - from);
    }

    /** The events on the time line, numbered by month as on the charts. */
    static void timeline(ReportPage page, List<EventRow> rows, YearMonth first, YearMonth last) {
        if (rows.isEmpty()) {
            page.paragraph("No dated events.");
            return;
        }
        Map<EventLog.Entry, EventRow> byEntry = new java.util.IdentityHashMap<>();
        List<EventLog.Entry> entries = new ArrayList<>();
        for (EventRow r : rows) {
            entries.add(r.entry());
            byEntry.put(r.entry(), r);
        }
        EventMarkers.Marks marks = EventMarkers.Marks.of(entries, e -> byEntry.get(e).what());
        List<ReportPage.Event> events = new ArrayList<>();
        for (EventMarkers.Mark mk : marks.numbered()) {
            List<String> notes = new ArrayList<>();
            for (EventRow r : rows) {
                String note = r.entry().note();
                if (r.entry().month().equals(mk.month()) && r.entry().origin() != EventLog.Origin.ELECTION
                        && !note.isEmpty() && !note.startsWith("last month given") && !notes.contains(note)) notes.add(note);
            }
            events.add(new ReportPage.Event(mk.number(), mk.month(), String.join("; ", mk.what()), String.join(" · ", notes), mk.strong()));
        }
        for (EventRow r : rows) {
            if (r.entry().origin() == EventLog.Origin.ELECTION) events.add(new ReportPage.Event(0, r.entry().month(), r.what(), "", false));
        }
        page.timeline(first, last, events);
    }

    /** Every SVG chart of the folder (not network pictures: the interactive view replaces them), in the given order first. */
    static void charts(ReportPage page, Path dir, List<String> order) throws IOException {
        List<String> names = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".svg") && !n.startsWith("network-")) names.add(n.substring(0, n.length() - 4));
            }
        }
        names.sort(Comparator.comparingInt((String n) -> {
            int i = order.indexOf(n);
            for (int k = 0; i < 0 && k < order.size(); k++) if (n.startsWith(order.get(k))) i = k;
            return i < 0 ? order.size() : i;
        }).thenComparing(n -> n));
        if (names.isEmpty()) page.paragraph("No charts (SVG) in this folder.");
        for (String n : names) page.chart(dir.resolve(n + ".svg"));
    }

    /** Links to the folder's data files, each with what it holds. */
    static List<ReportPage.Link> links(Path dir) throws IOException {
        Map<String, String> what = new LinkedHashMap<>();
        what.put("timeseries.csv", "every measure, one row per month (docs/ODD.md 9.1)");
        what.put("events.csv", "the events applied, with what happened in words");
        what.put("events-whatif.csv", "the what-if arm's events");
        what.put("events-base.csv", "the base arm's events");
        what.put("compare.csv", "both arms' means and 95% intervals and their paired difference, per month and measure");
        what.put("summary.csv", "end-of-period values with 95% intervals");
        what.put("summary.md", "the end-of-period table as text");
        what.put("comparison.csv", "each arm's paired difference from the reference arm at the end of the period");
        what.put("runs.csv", "every run's recorded months (tidy: one row per run and month)");
        what.put("ends.csv", "every run's end-of-period values");
        what.put("points.csv", "the sweep's points and their responses");
        what.put("sensitivity.csv", "sensitivity indices per parameter and response");
        what.put("precision.csv", "replications needed per measure");
        what.put("hypotheses.csv", "the hypotheses' tests and verdicts");
        what.put("variance.csv", "each measure's variance split into parameter uncertainty and stochastic spread");
        what.put("report.md", "the written report");
        what.put("network-final.graphml", "the network in the last month (GraphML: Gephi, igraph, networkx)");
        what.put("network-dynamic.gexf", "the whole run as a dynamic network (GEXF: Gephi's timeline)");
        what.put("manifest.json", "what produced this folder: scenario and hash, seed, every parameter, versions");
        List<ReportPage.Link> out = new ArrayList<>();
        for (var e : what.entrySet()) {
            if (Files.exists(dir.resolve(e.getKey()))) out.add(new ReportPage.Link(e.getKey(), "— " + e.getValue()));
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.matches("network-\\d{4}-\\d{2}\\.graphml")) out.add(new ReportPage.Link(n, "— the network in " + n.substring(8, 15)));
            }
        }
        if (Files.isDirectory(dir.resolve("siena"))) out.add(new ReportPage.Link("siena/", "— RSiena panel waves"));
        return out;
    }

    // ---------------------------------------------------------------- compare

    static ReportPage compare(Path dir, JsonNode m) throws IOException {
        String base = m.path("base").asText(), whatif = m.path("whatif").asText();
        ReportPage page = new ReportPage(m.path("whatifTitle").asText(whatif) + " compared with the base",
                m.path("replications").asInt() + " paired replications of " + whatif + " and " + base + ".");
        Map<String, String> ess = new LinkedHashMap<>();
        ess.put("Base", base + " (" + m.path("baseFile").asText() + ")");
        ess.put("What-if", whatif + " (" + m.path("whatifFile").asText() + ")");
        ess.put("Base title", m.path("baseTitle").asText());
        ess.put("Replications", m.path("replications").asText() + " per arm, same seeds in both");
        JsonNode seeds = m.path("seeds");
        ess.put("Seeds", seeds.size() > 0 ? seeds.get(0).asText() + " to " + seeds.get(seeds.size() - 1).asText() : "");
        ess.put("Months", m.path("steps").asText());
        ess.put("End of period", "mean of each run's last " + m.path("window").asText() + " months");
        ess.put("Ayni", m.path("version").asText());
        page.essentials(ess);
        Rows summary = Rows.read(dir.resolve("summary.csv"));
        page.section("What happened");
        List<String> bullets = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        record Effect(String text, double size) {}
        List<Effect> clear = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        for (Map<String, String> r : summary.rows()) {
            String c = r.get("measure");
            MeasureNames.Name n = MeasureNames.of(c);
            double b = num(r.get("base_mean")), wi = num(r.get("whatif_mean")), d = num(r.get("difference_mean")),
                    lo = num(r.get("difference_low")), hi = num(r.get("difference_high"));
            int dec = Numbers.decimalsFor(b, wi, lo, hi);
            table.add(List.of(n.words() + (n.unit() == MeasureNames.Unit.USD ? " (US$ per month)" : ""),
                    n.level(b, dec) + " (" + n.level(num(r.get("base_low")), dec) + " to " + n.level(num(r.get("base_high")), dec) + ")",
                    n.level(wi, dec) + " (" + n.level(num(r.get("whatif_low")), dec) + " to " + n.level(num(r.get("whatif_high")), dec) + ")",
                    n.difference(d, dec) + " (" + n.difference(lo, dec) + " to " + n.difference(hi, dec) + ")",
                    Numbers.p(num(r.get("difference_p")))));
            if (lo > 0 || hi < 0) {
                clear.add(new Effect(n.words() + ": " + n.level(b, dec) + usd(n) + " in the base, " + n.level(wi, dec) + " in the what-if ("
                        + n.difference(d, dec) + ", 95% CI " + n.difference(lo, dec) + " to " + n.difference(hi, dec) + ")",
                        Math.abs(d) / Math.max(Math.abs(b), 1e-12)));
            } else {
                unclear.add(n.words().toLowerCase(java.util.Locale.ROOT));
            }
        }
        clear.sort(Comparator.comparingDouble((Effect e) -> -e.size()));
        if (clear.isEmpty()) bullets.add("No end-of-period difference is clear: every paired 95% interval includes zero.");
        for (Effect e : clear.subList(0, Math.min(6, clear.size()))) bullets.add(e.text() + ".");
        if (clear.size() > 6) bullets.add((clear.size() - 6) + " more measures differ clearly (table below).");
        if (!unclear.isEmpty()) bullets.add("No clear difference (interval includes zero): " + String.join(", ", unclear) + ".");
        page.paragraph("Computed from the end-of-period values (" + ess.get("End of period") + "), what-if minus base paired by"
                + " replication, largest relative differences first.");
        page.bullets(bullets);
        page.table(new ReportPage.Table("End-of-period values with 95% confidence intervals (shares in percent, differences"
                + " of shares in percentage points)", List.of("measure", "base", "what-if", "difference", "p"), table));
        Path ev = dir.resolve("events-whatif.csv");
        if (Files.exists(ev)) {
            page.section("Events of the what-if");
            List<EventRow> rows = EventRow.read(ev);
            String start = firstDate(dir.resolve("compare.csv"));
            if (start != null) {
                YearMonth s0 = YearMonth.parse(start);
                timeline(page, rows, s0, s0.plusMonths(m.path("steps").asInt() - 1));
            }
        }
        page.section("Charts");
        charts(page, dir, List.of("arms-", "difference-", "power-by-kind-", "funding-by-channel-"));
        page.section("Files");
        page.links(links(dir));
        return page;
    }

    private static String firstDate(Path compareCsv) throws IOException {
        if (!Files.exists(compareCsv)) return null;
        try (var r = Files.newBufferedReader(compareCsv, StandardCharsets.UTF_8)) {
            r.readLine();
            String line = r.readLine();
            return line == null ? null : line.substring(0, line.indexOf(','));
        }
    }

    // ---------------------------------------------------------------- experiment

    static ReportPage experiment(Path dir, JsonNode m) throws IOException {
        String kind = m.path("experimentKind").asText();
        ReportPage page = new ReportPage(m.path("title").asText(m.path("experiment").asText()), "Experiment "
                + m.path("experiment").asText() + ": " + kind + ", " + m.path("runs").asText() + " runs.");
        Map<String, String> ess = new LinkedHashMap<>();
        ess.put("Experiment", m.path("experiment").asText() + " (" + m.path("file").asText() + ")");
        ess.put("Kind", kind);
        ess.put("Scenario", m.path("scenario").asText());
        List<String> arms = new ArrayList<>();
        for (JsonNode a : m.path("arms")) arms.add(a.path("name").asText());
        ess.put("Arms", String.join(", ", arms));
        ess.put("Replications", m.path("replications").asText());
        ess.put("Months", m.path("steps").asText());
        ess.put("End of period", "mean of each run's last " + m.path("window").asText() + " months");
        ess.put("Ayni", m.path("version").asText());
        page.essentials(ess);
        page.section("What happened");
        List<String> bullets = new ArrayList<>();
        Path comparison = dir.resolve("comparison.csv");
        if (Files.exists(comparison)) {
            List<List<String>> table = new ArrayList<>();
            for (Map<String, String> r : Rows.read(comparison).rows()) {
                MeasureNames.Name n = MeasureNames.of(r.get("measure"));
                double ref = num(r.get("referenceMean")), arm = num(r.get("armMean")), d = num(r.get("difference")),
                        lo = num(r.get("pairedLow")), hi = num(r.get("pairedHigh"));
                int dec = Numbers.decimalsFor(ref, arm, lo, hi);
                table.add(List.of(r.get("arm") + " minus " + r.get("reference"), n.words(), n.level(ref, dec), n.level(arm, dec),
                        n.difference(d, dec) + " (" + n.difference(lo, dec) + " to " + n.difference(hi, dec) + ")",
                        Numbers.p(num(r.get("pairedP")))));
                if (lo > 0 || hi < 0) {
                    bullets.add(r.get("arm") + ": " + n.words() + " " + n.difference(d, dec) + usd(n) + " against " + r.get("reference")
                            + " (95% CI " + n.difference(lo, dec) + " to " + n.difference(hi, dec) + ").");
                }
            }
            if (bullets.isEmpty()) bullets.add("No arm differs clearly from the reference arm at the end: every paired 95% interval includes zero.");
            page.paragraph("Computed from the paired end-of-period differences (each arm minus the reference arm, same seeds):"
                    + " the measures whose 95% interval excludes zero.");
            page.bullets(bullets);
            page.table(new ReportPage.Table("Paired differences at the end of the period, with 95% confidence intervals",
                    List.of("contrast", "measure", "reference", "arm", "difference (95% CI)", "p"), table));
        }
        Path ends = dir.resolve("ends.csv");
        if (Files.exists(ends) && !kind.equals("sweep")) {
            Rows e = Rows.read(ends);
            List<String> measures = new ArrayList<>();
            boolean after = false;
            for (String h : e.header()) {
                if (after) measures.add(h);
                if (h.equals("window")) after = true;
            }
            List<List<String>> table = new ArrayList<>();
            for (String c : measures) {
                List<String> row = new ArrayList<>(List.of(MeasureNames.of(c).words()));
                List<Interval> ivs = new ArrayList<>();
                for (String a : arms) {
                    List<Double> v = new ArrayList<>();
                    for (Map<String, String> r : e.rows()) if (r.get("arm").equals(a)) v.add(num(r.get(c)));
                    ivs.add(Interval.of(v.stream().mapToDouble(Double::doubleValue).toArray(), 0.95));
                }
                double[] all = ivs.stream().flatMapToDouble(i -> java.util.stream.DoubleStream.of(i.low(), i.high())).toArray();
                int dec = Numbers.decimalsFor(all);
                MeasureNames.Name n = MeasureNames.of(c);
                for (Interval i : ivs) row.add(n.level(i.mean(), dec) + " (" + n.level(i.low(), dec) + " to " + n.level(i.high(), dec) + ")");
                table.add(row);
            }
            List<String> head = new ArrayList<>(List.of("measure"));
            head.addAll(arms);
            page.table(new ReportPage.Table("End-of-period values by arm: mean over replications with 95% confidence interval",
                    head, table));
        }
        Path sens = dir.resolve("sensitivity.csv");
        if (Files.exists(sens)) {
            Rows s = Rows.read(sens);
            List<List<String>> table = new ArrayList<>();
            for (Map<String, String> r : s.rows()) {
                List<String> row = new ArrayList<>(List.of(MeasureNames.of(r.get("response")).words(), r.get("parameter")));
                for (String h : s.header().subList(3, s.header().size())) row.add(Numbers.of(num(r.get(h))));
                table.add(row);
            }
            List<String> head = new ArrayList<>(List.of("response", "parameter"));
            head.addAll(s.header().subList(3, s.header().size()));
            page.paragraph("A " + s.rows().get(0).get("method") + " sweep: which parameters move each response (table below and charts).");
            page.table(new ReportPage.Table("Sensitivity of each response to each parameter", head, table));
        }
        Path hyp = dir.resolve("hypotheses.csv");
        if (Files.exists(hyp)) {
            Rows h = Rows.read(hyp);
            List<List<String>> table = new ArrayList<>();
            for (Map<String, String> r : h.rows()) {
                List<String> row = new ArrayList<>();
                for (String c : h.header()) {
                    String v = r.get(c);
                    row.add(v.matches("-?[0-9.]+([eE]-?[0-9]+)?") && v.length() > 8 ? Numbers.of(num(v)) : v);
                }
                table.add(row);
            }
            page.section("Hypotheses");
            page.table(new ReportPage.Table("Hypotheses tested on this experiment", h.header(), table));
        }
        page.section("Charts");
        charts(page, dir, List.of("arms-", "paired-difference-", "difference-", "sensitivity-", "hypotheses-forest"));
        page.section("Files");
        page.links(links(dir));
        return page;
    }

    /** " US$ per month" after an amount of money, else nothing. */
    private static String usd(MeasureNames.Name n) {
        return n.unit() == MeasureNames.Unit.USD ? " US$ per month" : "";
    }

    /**
     * Any other folder (e.g. a calibration, until it has a page of its own): the manifest's plain values, every chart
     * and links to every file.
     */
    static ReportPage generic(Path dir, JsonNode m, String kind) throws IOException {
        ReportPage page = new ReportPage(m.path("title").asText(m.path(kind).asText(kind)), "Results of kind '" + kind + "'.");
        Map<String, String> ess = new LinkedHashMap<>();
        m.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getKey().toLowerCase(java.util.Locale.ROOT).contains("sha256")) {
                ess.put(e.getKey(), e.getValue().asText());
            }
        });
        page.essentials(ess);
        page.section("Charts");
        charts(page, dir, List.of());
        page.section("Files");
        List<ReportPage.Link> files = new ArrayList<>(links(dir));
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if ((n.endsWith(".csv") || n.endsWith(".md")) && files.stream().noneMatch(l -> l.file().equals(n))) {
                    files.add(new ReportPage.Link(n, ""));
                }
            }
        }
        page.links(files);
        return page;
    }

    static double num(String s) {
        if (s == null || s.isEmpty()) return Double.NaN;
        if (s.equals("Inf")) return Double.POSITIVE_INFINITY;
        if (s.equals("-Inf")) return Double.NEGATIVE_INFINITY;
        return Double.parseDouble(s);
    }

    // ---------------------------------------------------------------- reading

    /** A CSV as header and rows of name → value. */
    record Rows(List<String> header, List<Map<String, String>> rows) {
        static Rows read(Path f) throws IOException {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                 CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord rec : p) rows.add(rec.toMap());
                return new Rows(p.getHeaderNames(), rows);
            }
        }
    }

    /** timeseries.csv by column. */
    record Columns(List<String> header, List<String[]> rows) {
        static Columns read(Path f) throws IOException {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) if (!l.isEmpty()) rows.add(l.split(",", -1));
            return new Columns(List.of(lines.get(0).split(",")), rows);
        }

        int size() {
            return rows.size();
        }

        boolean has(String c) {
            return header.contains(c);
        }

        List<String> text(String c) {
            int i = header.indexOf(c);
            return rows.stream().map(r -> r[i]).toList();
        }

        double[] numbers(String c) {
            int i = header.indexOf(c);
            double[] out = new double[rows.size()];
            for (int t = 0; t < out.length; t++) out[t] = num(rows.get(t)[i]);
            return out;
        }
    }

    /** A row of events.csv: the logged event and what happened in words. */
    record EventRow(EventLog.Entry entry, String what) {
        static List<EventRow> read(Path f) throws IOException {
            if (!Files.exists(f)) return List.of();
            List<EventRow> out = new ArrayList<>();
            for (Map<String, String> r : Rows.read(f).rows()) {
                EventLog.Entry e = new EventLog.Entry(Integer.parseInt(r.get("step")), YearMonth.parse(r.get("date")),
                        r.get("kind"), r.get("targets"), r.get("effect"), r.get("note"),
                        EventLog.Origin.valueOf(r.get("origin").toUpperCase(java.util.Locale.ROOT)));
                String what = r.get("what");
                out.add(new EventRow(e, what != null && !what.isEmpty() ? what : EventWords.describe(e, Map.of())));
            }
            return out;
        }
    }
}
