package ayni.cli;

import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parameter values given on the command line ({@code --set name=value}), applied over the scenario's. */
final class Overrides {
    private Overrides() {}

    static Parameters apply(Scenario s, Map<String, String> set, String command) {
        Parameters p = s.parameters();
        if (set == null) return p;
        List<String> names = new ArrayList<>();
        for (Parameters.Spec spec : Parameters.SPECS) names.add(spec.name());
        for (var e : set.entrySet()) {
            String name = e.getKey();
            if (!names.contains(name)) {
                String near = ayni.scenario.Suggest.closest(name, names);
                throw new Main.BadInput("ayni " + command + ": --set " + name + ": unknown parameter; fix: "
                        + (near != null ? "did you mean '" + near + "'?" : "see docs/ODD.md section 8 for the names"));
            }
            double v;
            try {
                v = Double.parseDouble(e.getValue());
            } catch (NumberFormatException ex) {
                throw new Main.BadInput("ayni " + command + ": --set " + name + "=" + e.getValue()
                        + ": not a number; fix: write e.g. --set " + name + "=" + Parameters.fmt(Parameters.spec(name).defaultValue()));
            }
            try {
                p.set(name, v);
            } catch (IllegalArgumentException ex) {
                Parameters.Spec sp = Parameters.spec(name);
                throw new Main.BadInput("ayni " + command + ": --set " + name + ": " + ex.getMessage() + "; fix: use a value between "
                        + Parameters.fmt(sp.min()) + " and " + Parameters.fmt(sp.max()) + " (" + sp.unit() + ")");
            }
        }
        return p;
    }
}
