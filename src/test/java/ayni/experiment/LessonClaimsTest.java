package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.metrics.StepObserver;
import ayni.metrics.TimeSeries;
import ayni.model.AyniModel;
import ayni.model.Lever;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lessons of docs/teaching.md stay true: every claim in docs/teaching-claims.yaml (which measure moves, which way,
 * within which months) is checked on the shipped scenario with its shipped seed, as the GUI runs it (measures every
 * month). Lever runs fork from the run without levers at the lever's month (a checkpoint, bit for bit the run from the
 * start) and run only as far as their claims need. A model change that breaks a lesson fails here: rewrite the lesson
 * and its claim against the new run, rather than widening the window.
 */
class LessonClaimsTest {
    static final Path CLAIMS = Path.of("docs/teaching-claims.yaml");
    static final Path LESSONS = Path.of("docs/teaching.md");

    /** One claim: {@code measure}'s mean over {@code months} (in the run with {@code lever}, or without) meets a check. */
    record Claim(int lesson, String says, String scenario, String lever, String measure, YearMonth from, YearMonth to,
                 String check, double lo, double hi, YearMonth sinceFrom, YearMonth sinceTo) {
        String run() {
            return lever == null ? "" : lever;
        }
    }

    static Map<String, Scenario> scenarios = new LinkedHashMap<>();
    static List<Claim> claims;
    /** By scenario file, then by lever ("" for the run without levers). */
    static Map<String, Map<String, TimeSeries>> runs = new LinkedHashMap<>();

    @BeforeAll
    static void runEverythingTheClaimsNeed() throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(CLAIMS.toFile());
        claims = new ArrayList<>();
        for (JsonNode c : root.get("claims")) claims.add(claim(c, root.get("scenario").asText()));
        for (Claim c : claims) {
            if (!scenarios.containsKey(c.scenario())) scenarios.put(c.scenario(), ScenarioLoader.load(Path.of(c.scenario())));
        }
        for (Map.Entry<String, Scenario> s : scenarios.entrySet()) {
            runs.put(s.getKey(), run(s.getValue(), claims.stream().filter(c -> c.scenario().equals(s.getKey())).toList()));
        }
    }

    static Claim claim(JsonNode c, String defaultScenario) {
        String check = null;
        for (String k : List.of("mean", "change", "minusBase")) {
            if (c.has(k)) {
                if (check != null) throw new IllegalArgumentException("claim '" + c.get("says").asText() + "' has both " + check + " and " + k);
                check = k;
            }
        }
        if (check == null) throw new IllegalArgumentException("claim '" + c.get("says").asText() + "' has no mean, change or minusBase");
        JsonNode m = c.get("months"), r = c.get(check), since = c.get("since");
        String lever = c.hasNonNull("lever") ? c.get("lever").asText() : null;
        if (check.equals("minusBase") && lever == null) throw new IllegalArgumentException("minusBase needs a lever: " + c);
        if (check.equals("change") && since == null) throw new IllegalArgumentException("change needs since: " + c);
        String scenario = c.hasNonNull("scenario") ? c.get("scenario").asText() : defaultScenario;
        return new Claim(c.get("lesson").asInt(), c.get("says").asText(), scenario, lever, c.get("measure").asText(),
                YearMonth.parse(m.get(0).asText()), YearMonth.parse(m.get(1).asText()), check, r.get(0).asDouble(),
                r.get(1).asDouble(), since == null ? null : YearMonth.parse(since.get(0).asText()),
                since == null ? null : YearMonth.parse(since.get(1).asText()));
    }

    /** The run without levers and each lever run, each as far as its claims need; lever runs forked from the first. */
    static Map<String, TimeSeries> run(Scenario s, List<Claim> cs) throws Exception {
        Map<String, Integer> need = new TreeMap<>();
        for (Claim c : cs) {
            int last = s.stepOf(c.to()) + 1;
            need.merge(c.run(), last, Math::max);
            if (!c.check().equals("mean") || c.lever() == null) need.merge("", last, Math::max);
        }
        Map<String, Integer> forkAt = new LinkedHashMap<>();
        for (String lever : need.keySet()) if (!lever.isEmpty()) forkAt.put(lever, step(s, lever));
        int trunkSteps = need.getOrDefault("", 0);
        for (int at : forkAt.values()) trunkSteps = Math.max(trunkSteps, at);
        AyniModel model = new AyniModel(s, s.seed(), s.parameters());
        StepObserver observer = new StepObserver(1);
        model.addObserver(observer);
        model.start();
        Map<String, Object[]> checkpoints = new LinkedHashMap<>();
        List<Map.Entry<String, Integer>> byStep = new ArrayList<>(forkAt.entrySet());
        byStep.sort(Map.Entry.comparingByValue());
        int done = 0;
        for (Map.Entry<String, Integer> f : byStep) {
            while (done < f.getValue() && model.runStep()) done++;
            checkpoints.put(f.getKey(), Forks.copy(new Object[] {model, observer}));
        }
        while (done < trunkSteps && model.runStep()) done++;
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        out.put("", observer.series());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<TimeSeries>> branches = new LinkedHashMap<>();
            for (Map.Entry<String, Object[]> cp : checkpoints.entrySet()) {
                String lever = cp.getKey();
                branches.put(lever, pool.submit(() -> {
                    AyniModel m = (AyniModel) cp.getValue()[0];
                    StepObserver o = (StepObserver) cp.getValue()[1];
                    String[] la = leverAndArgument(lever);
                    m.pull(Lever.byKey(la[0]), la[1]);
                    int d = forkAt.get(lever);
                    while (d < need.get(lever) && m.runStep()) d++;
                    return o.series();
                }));
            }
            for (Map.Entry<String, Future<TimeSeries>> b : branches.entrySet()) out.put(b.getKey(), b.getValue().get());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static final Pattern LEVER = Pattern.compile("([a-z-]+)(?::([^@]+))?@(\\d{4}-\\d{2})");

    static String[] leverAndArgument(String text) {
        Matcher m = LEVER.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("lever '" + text + "' is not NAME[:ARG]@YYYY-MM");
        return new String[] {m.group(1), m.group(2)};
    }

    /** The step before which a lever is pulled, as the GUI's --lever NAME@YYYY-MM does. */
    static int step(Scenario s, String lever) {
        Matcher m = LEVER.matcher(lever);
        if (!m.matches()) throw new IllegalArgumentException("lever '" + lever + "' is not NAME[:ARG]@YYYY-MM");
        return s.stepOf(YearMonth.parse(m.group(3)));
    }

    static double mean(TimeSeries ts, String measure, Scenario s, YearMonth from, YearMonth to) {
        double[] col = ts.column(measure);
        int a = s.stepOf(from), b = s.stepOf(to);
        if (b >= col.length) throw new IllegalStateException(measure + ": the run stops before " + to);
        double sum = 0;
        for (int i = a; i <= b; i++) sum += col[i];
        return sum / (b - a + 1);
    }

    /** The value a claim checks. */
    static double observed(Claim c) {
        Map<String, TimeSeries> runs = LessonClaimsTest.runs.get(c.scenario());
        Scenario s = scenarios.get(c.scenario());
        double v = mean(runs.get(c.run()), c.measure(), s, c.from(), c.to());
        return switch (c.check()) {
            case "mean" -> v;
            case "change" -> v - mean(runs.get(c.run()), c.measure(), s, c.sinceFrom(), c.sinceTo());
            case "minusBase" -> v - mean(runs.get(""), c.measure(), s, c.from(), c.to());
            default -> throw new IllegalStateException(c.check());
        };
    }

    @Test
    void everyClaimOfEveryLessonHoldsOnTheShippedRun() {
        List<String> broken = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Claim c : claims) {
            double v = observed(c);
            boolean ok = v >= c.lo() && v <= c.hi();
            String line = String.format(java.util.Locale.ROOT, "lesson %d: %s: %s %s %s..%s = %.4g, expected %s..%s%s",
                    c.lesson(), c.says(), c.measure(), c.check(), c.from(), c.to(), v, c.lo(), c.hi(),
                    (c.lever() == null ? "" : " (lever " + c.lever() + ")") + " on " + c.scenario());
            all.append(ok ? "  ok  " : "  BROKEN  ").append(line).append('\n');
            if (!ok) broken.add(line);
        }
        System.out.print(all);
        assertTrue(broken.isEmpty(), "lessons that the run no longer shows (rewrite the lesson and its claim in "
                + CLAIMS + "):\n" + String.join("\n", broken));
    }

    @Test
    void everyLessonHasClaimsAndEveryClaimIsWrittenInItsLesson() throws Exception {
        String doc = Files.readString(LESSONS).replaceAll("\\s+", " ");
        Matcher lessons = Pattern.compile("## Lesson (\\d+)").matcher(Files.readString(LESSONS));
        int count = 0;
        while (lessons.find()) {
            int n = Integer.parseInt(lessons.group(1));
            count++;
            assertTrue(claims.stream().anyMatch(c -> c.lesson() == n), "lesson " + n + " has no claim in " + CLAIMS);
        }
        assertEquals(3, count, "lessons in " + LESSONS);
        for (Claim c : claims) {
            assertTrue(doc.contains(c.says().replaceAll("\\s+", " ")), "claim not written in " + LESSONS + ": " + c.says());
        }
    }

    @Test
    void aLeverRunDiffersFromTheRunWithoutItOnlyFromItsMonth() {
        // the fork is the run from the start up to the lever: its months before the lever equal the base's exactly
        for (Map.Entry<String, Map<String, TimeSeries>> sr : runs.entrySet()) for (Map.Entry<String, TimeSeries> r : sr.getValue().entrySet()) {
            if (r.getKey().isEmpty()) continue;
            int at = step(scenarios.get(sr.getKey()), r.getKey());
            TimeSeries base = sr.getValue().get(""), lever = r.getValue();
            for (int i = 0; i < at; i++) assertTrue(java.util.Arrays.equals(base.row(i), lever.row(i)), r.getKey() + " differs before its month, at " + base.date(i));
            boolean differs = false;
            for (int i = at; i < Math.min(base.size(), lever.size()); i++) differs |= !java.util.Arrays.equals(base.row(i), lever.row(i));
            assertTrue(differs, r.getKey() + " changes nothing");
        }
    }
}
