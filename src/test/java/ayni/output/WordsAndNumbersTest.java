package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.model.EventLog;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numbers rounded for people, measures and events in words, event marks numbered by month. */
class WordsAndNumbersTest {
    @Test
    void aRowSharesOnePrecisionAndNoiseReadsZero() {
        assertEquals(List.of("0.00", "-2.58", "2.58"), List.of(Numbers.row(5.68e-15, -2.583, 2.583)));
        assertEquals("0.000581", Numbers.of(5.80898343335325E-4));
        assertEquals("1,130,382", Numbers.of(1130382.4));
        assertEquals("0.00", Numbers.fixed(-0.001, 2), "no negative zero");
        assertEquals("45.3%", Numbers.percent(0.4531, 1));
        assertEquals("<0.001", Numbers.p(1e-7));
    }

    @Test
    void measuresInWordsWithSharesInPercentAndTheirDifferencesInPercentagePoints() {
        MeasureNames.Name n = MeasureNames.of("fundingReceived_ngo");
        assertEquals("Funding received by NGOs", n.words());
        assertEquals("Funding received by NGOs, what-if minus base (US$ per month)", n.differenceAxis("what-if minus base"));
        MeasureNames.Name share = MeasureNames.of("powerPagerank_sme");
        assertEquals("SMEs' share of power (PageRank)", share.words());
        assertEquals("45.3%", share.level(0.4531, 3));
        assertEquals("-0.3 pp", share.difference(-0.0025, 3));
        assertEquals("Micro export SMEs adopting sustainable practices", MeasureNames.of("adoption_microExport").words());
        assertEquals("Funding from Donors to NGOs", MeasureNames.of("fundingChannel_donorToNgo").words());
        assertEquals("somethingNew", MeasureNames.of("somethingNew").words());
    }

    /** An actor written without a name (the names map holds null for it) is called by its id, never a crash. */
    @Test
    void anActorWithoutANameIsCalledByItsId() {
        Map<String, String> names = new java.util.HashMap<>();
        names.put("d1", null);
        assertEquals("d1 leaves abruptly", EventWords.describe(new EventLog.Entry(24, YearMonth.of(2002, 1), "donorExit", "d1",
                "1 donor leave (abrupt)", "", EventLog.Origin.EVENT), names));
    }

    @Test
    void eventsSayWhatHappenedWithActorsByName() {
        Map<String, String> names = Map.of("misereor", "MISEREOR", "icco", "ICCO", "hivos", "HIVOS", "senasa", "SENASA");
        YearMonth m = YearMonth.of(2011, 1);
        assertEquals("MISEREOR leaves (end of funding)", EventWords.describe(new EventLog.Entry(84, m, "donorExit", "misereor",
                "1 donor leave", "last month given by 'until'", EventLog.Origin.UNTIL), names));
        assertEquals("budgets of ICCO and HIVOS cut to 80%", EventWords.describe(new EventLog.Entry(1, m, "budgetChange",
                "icco hivos", "2 budgets x0.8", "", EventLog.Origin.EVENT), names));
        assertEquals("lever: MISEREOR leaves abruptly", EventWords.describe(new EventLog.Entry(1, m, "donorExit", "misereor",
                "1 donor leave (abrupt)", "", EventLog.Origin.LEVER), names));
        assertEquals("new policy at SENASA: regulation 0.5 enforcement 0.3 certification recognition false",
                EventWords.describe(new EventLog.Entry(1, m, "policy", "senasa",
                        "1 agency: regulation 0.5 enforcement 0.3 certificationRecognition false", "", EventLog.Origin.EVENT), names));
        assertEquals("OXFAM-NOVIB leaves abruptly (no effect: already gone)", EventWords.describe(new EventLog.Entry(1, m,
                "donorExit", "oxfam-novib", "0 donors leave (abrupt), 0 grantees referred", "", EventLog.Origin.EVENT),
                Map.of("oxfam-novib", "OXFAM-NOVIB")));
        assertEquals("unknown-id leaves", EventWords.describe(new EventLog.Entry(1, m, "actorExit", "unknown-id", "", "",
                EventLog.Origin.EVENT), names));
    }

    @Test
    void eventsOfOneMonthShareANumberAndElectionsGetNone() {
        YearMonth a = YearMonth.of(2000, 1), b = YearMonth.of(2001, 1);
        List<EventLog.Entry> log = List.of(
                new EventLog.Entry(0, a, "election", "", "ties of 4 agencies weakened", "", EventLog.Origin.ELECTION),
                new EventLog.Entry(0, a, "donorExit", "misereor", "1 donor leave", "", EventLog.Origin.UNTIL),
                new EventLog.Entry(12, b, "budgetChange", "icco", "1 budget x0.5", "", EventLog.Origin.EVENT),
                new EventLog.Entry(12, b, "donorExit", "hivos", "1 donor leave", "", EventLog.Origin.EVENT));
        EventMarkers.Marks marks = EventMarkers.Marks.of(log, Map.of("misereor", "MISEREOR", "icco", "ICCO", "hivos", "HIVOS"));
        assertEquals(2, marks.numbered().size());
        assertEquals(List.of(a), marks.elections());
        assertEquals("1  2000-01  MISEREOR leaves (end of funding)", marks.numbered().get(0).keyLine());
        assertEquals("2  2001-01  ICCO's budget cut to 50%; HIVOS leaves", marks.numbered().get(1).keyLine());
        assertEquals(false, marks.numbered().get(0).strong(), "a donor leaving by its 'until' is marked light");
        assertEquals(true, marks.numbered().get(1).strong());
    }
}
