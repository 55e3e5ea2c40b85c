package ayni.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used; carries every problem found, each on one line. */
public final class ScenarioException extends Exception {
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
