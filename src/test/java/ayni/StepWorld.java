package ayni;

import ayni.model.AyniModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small hand-made worlds for step tests: the quiet parameters (no searches, entries, exits, decay or drift), each of
 * which a test may override, and the actors it writes as YAML.
 */
public final class StepWorld {
    private StepWorld() {}

    /** Nothing happens that the test does not ask for. */
    public static final String QUIET = "partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0, "
            + "legitimacyDecayRate: 0, ngoTypeChangeProbability: 0, discourseInfluenceRate: 0, funderPressureRate: 0, "
            + "businessNgoFoundingRate: 0";

    /** A scenario of the quiet parameters overridden by {@code params} ("key: value, ...") and the given actors. */
    public static String yaml(String params, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String kv : (QUIET + (params.isEmpty() ? "" : ", " + params)).split(",\\s*")) {
            String[] p = kv.split(":\\s*", 2);
            all.put(p[0].trim(), p[1].trim());
        }
        StringBuilder s = new StringBuilder(Tiny.HEADER + "parameters: {");
        all.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append(k).append(": ").append(v));
        return s.append("}\n").append(body).toString();
    }

    /** The model of a scenario, started (seed 11) but not stepped. */
    public static AyniModel start(String yaml) {
        AyniModel m = new AyniModel(Tiny.parse(yaml), 11);
        m.start();
        return m;
    }

    public static void steps(AyniModel m, int n) {
        for (int i = 0; i < n; i++) m.runStep();
    }
}
