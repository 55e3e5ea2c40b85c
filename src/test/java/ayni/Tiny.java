package ayni;

import ayni.scenario.Scenario;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;

/** Hand-made scenarios for tests, written as YAML so they go through the same loader as users' files. */
public final class Tiny {
    private Tiny() {}

    public static final String HEADER = """
            name: tiny
            title: Tiny hand-made world
            start: 2000-01
            end: 2004-12
            seed: 7
            """;

    public static Scenario parse(String yaml) {
        try {
            return ScenarioLoader.parse("tiny.yaml", yaml);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** One donor funding one NGO, which can support a group of SMEs. */
    public static String donorAndNgo(String donorExtra, String parameters) {
        return HEADER + (parameters == null ? "" : "parameters:\n" + parameters) + """
                donors:
                  - id: d1
                    kind: internationalNgo
                    budget: 120000
                    domains: {organic: 1}
                    grantCycleYears: 2
                    channels: {ngo: 1}
                    discourse: [0, 0]
                """ + (donorExtra == null ? "" : donorExtra) + """
                ngos:
                  - id: n1
                    type: conventional
                    domain: organic
                    cash: 0
                    monthlyCost: 1000
                    knowledge: 0.6
                    legitimacy: 0.5
                    discourse: [0, 0]
                smes:
                  - id: g
                    domain: organic
                    count: 20
                    discourse: [0, 0]
                ties:
                  - {from: d1, to: n1, layer: funding, weight: 0.8}
                """;
    }
}
