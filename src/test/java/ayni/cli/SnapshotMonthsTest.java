package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.scenario.Scenario;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotMonthsTest {
    static final Scenario S = Tiny.parse(Tiny.donorAndNgo(null, null)); // 2000-01 .. 2004-12, 60 months

    @Test
    void monthsSeriesAndYearly() {
        assertEquals(Set.of(0, 60 - 1), SnapshotMonths.steps(List.of("2000-01", "2004-12"), S, 60));
        assertEquals(Set.of(0, 12, 24, 36, 48), SnapshotMonths.steps(List.of("yearly"), S, 60));
        assertEquals(Set.of(0, 12, 24), SnapshotMonths.steps(List.of("yearly"), S, 36)); // only the months simulated
        assertEquals(Set.of(6, 18, 30), SnapshotMonths.steps(List.of("2000-07..2002-07/1y"), S, 60));
        assertEquals(Set.of(6, 12, 18), SnapshotMonths.steps(List.of("2000-07..2001-08/6m"), S, 60));
        assertEquals(Set.of(12, 36), SnapshotMonths.steps(List.of("2001-01..2010-01/2y"), S, 60)); // stops at the end
        assertEquals(Set.of(0, 3, 12), SnapshotMonths.steps(List.of("2000-01", "2000-04", "2001-01..2001-01/1y"), S, 60));
    }

    @Test
    void mistakesSayHowToWriteIt() {
        for (String bad : List.of("2000-13", "1999-01..2001-01/1y", "2002-01..2001-01/1y", "2000-01..2001-01/0y",
                "2000-01..2001-01", "monthly", "2000-01..2001-01/1w", "2030-01")) {
            Main.BadInput e = assertThrows(Main.BadInput.class, () -> SnapshotMonths.steps(List.of(bad), S, 60), bad);
            assertTrue(e.getMessage().startsWith("ayni run: --snapshots ") && e.getMessage().contains("fix:"), e.getMessage());
        }
    }
}
