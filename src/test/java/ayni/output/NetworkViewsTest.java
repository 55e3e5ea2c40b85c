package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network view's months, actors and ties, read from a hand-made GEXF; large months grouped. */
class NetworkViewsTest {
    @TempDir
    Path tmp;

    @Test
    void viewsAtTheFirstMiddleAndLastRecordedMonthHoldWhoWasThereAndTheTiesWeights() throws Exception {
        Path f = tmp.resolve("network-dynamic.gexf");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic">
                <nodes>
                <node id="d" label="Donor D" start="2000-01-01" end="2001-01-01"><attvalues><attvalue for="kind" value="donor"/></attvalues></node>
                <node id="n" label="NGO N" start="2000-01-01"><attvalues><attvalue for="kind" value="ngo"/><attvalue for="subtype" value="producer"/></attvalues></node>
                <node id="s" label="SME S" start="2000-07-01"><attvalues><attvalue for="kind" value="sme"/></attvalues></node>
                </nodes><edges>
                <edge id="e0" source="d" target="n" start="2000-01-01" end="2001-01-01"><attvalues><attvalue for="layer" value="funding"/>
                  <attvalue for="tieWeight" value="0.5" start="2000-01-01" end="2000-07-01"/>
                  <attvalue for="tieWeight" value="0.25" start="2000-07-01" end="2001-01-01"/></attvalues></edge>
                <edge id="e1" source="n" target="s" start="2000-07-01"><attvalues><attvalue for="layer" value="knowledge"/>
                  <attvalue for="tieWeight" value="0.75" start="2000-07-01" end="2001-01-01"/>
                  <attvalue for="tieWeight" value="0.9" start="2001-01-01" end="2001-02-01"/></attvalues></edge>
                </edges></graph></gexf>
                """);
        List<NetworkViews.View> v = NetworkViews.read(tmp);
        assertEquals(List.of(YearMonth.of(2000, 1), YearMonth.of(2000, 7), YearMonth.of(2001, 1)), v.stream().map(NetworkViews.View::month).toList());
        assertEquals(List.of("d", "n"), ids(v.get(0)));
        assertEquals(List.of("d", "n", "s"), ids(v.get(1)));
        assertEquals(List.of("n", "s"), ids(v.get(2)), "the donor left in 2001-01");
        assertEquals(0.5, v.get(0).links().get(0).weight());
        assertEquals(0.25, v.get(1).links().get(0).weight());
        assertEquals(0.75, v.get(1).links().get(1).weight());
        assertEquals(1, v.get(2).links().size());
        assertEquals(0.9, v.get(2).links().get(0).weight());
        assertEquals("NGO N", v.get(0).nodes().get(1).label());
        assertEquals(List.of(2, 3, 2), NetworkViews.drawn(v));
        String json = NetworkViews.json(v, YearMonth.of(2001, 1));
        assertTrue(json.contains("\"month\":\"2000-07\""), json);
        assertTrue(json.contains("[\"NGO N\",\"ngo\",\"producer\","), json);
    }

    @Test
    void aMonthWithTooManyActorsShowsSmesAsOneNodePerSizeAndDomainWithTheirTiesMerged() {
        List<NetworkViews.Node> nodes = new ArrayList<>(List.of(new NetworkViews.Node("n", "NGO", "ngo", "conventional", "organic")));
        List<NetworkViews.Link> links = new ArrayList<>();
        for (int i = 0; i < NetworkViews.MAX_NODES + 50; i++) {
            String size = i % 2 == 0 ? "micro" : "small";
            nodes.add(new NetworkViews.Node("s" + i, "SME " + i, "sme", size, "organic"));
            links.add(new NetworkViews.Link("n", "s" + i, "knowledge", i % 2 == 0 ? 0.2 : 0.6, 1));
        }
        List<NetworkViews.View> capped = NetworkViews.capped(List.of(new NetworkViews.View(YearMonth.of(2000, 1), nodes, links)));
        NetworkViews.View v = capped.get(0);
        assertEquals(3, v.nodes().size(), "the NGO and two groups of SMEs");
        assertEquals(List.of("375 micro SMEs (organic)", "375 small SMEs (organic)"),
                v.nodes().subList(1, 3).stream().map(NetworkViews.Node::label).toList());
        assertEquals(2, v.links().size());
        assertEquals(375, v.links().get(0).count());
        assertEquals(0.2, v.links().get(0).weight(), 1e-12);
        // below the cap nothing is grouped
        List<NetworkViews.View> small = NetworkViews.capped(List.of(new NetworkViews.View(YearMonth.of(2000, 1),
                nodes.subList(0, 11), links.subList(0, 10))));
        assertEquals(11, small.get(0).nodes().size());
    }

    private static List<String> ids(NetworkViews.View v) {
        return v.nodes().stream().map(NetworkViews.Node::id).toList();
    }
}
