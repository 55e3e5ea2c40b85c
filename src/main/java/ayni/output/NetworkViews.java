package ayni.output;

import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.style.Palette;
import ayni.style.RingLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The network at a few months for the report page's interactive view, read from a results folder's network files:
 * the dynamic GEXF (start, middle and end of its recorded months) or, without it, the GraphML snapshots. Actors keep
 * one place on the rings by kind ({@link RingLayout}) in every month; node size grows with the number of ties. Above
 * {@link #MAX_NODES} actors in a month, SMEs are drawn as one node per size and domain (their ties merged), and
 * above {@link #MAX_LINKS} ties the strongest are kept, so large runs stay light.
 */
public final class NetworkViews {
    public static final int MAX_NODES = 700, MAX_LINKS = 8000;

    /** An actor (or a group of SMEs). */
    public record Node(String id, String label, String kind, String subtype, String domain) {}

    /** A tie at the month; {@code count} > 1 for merged ties of a group. */
    public record Link(String from, String to, String layer, double weight, int count) {}

    /** The network at one month. */
    public record View(YearMonth month, List<Node> nodes, List<Link> links) {}

    /** An actor's presence: from its first month (a "YYYY-MM-01" day) to the first month it was gone (null: to the end). */
    record Presence(Node node, String start, String end) {}

    /** A tie's weight over a span of months. */
    record Weight(String start, String end, double weight) {}

    /** A tie's life: its ends, span, layer and weights. */
    record Spell(String from, String to, String start, String end, String layer, List<Weight> weights) {}

    /** The whole dynamic network, as in network-dynamic.gexf. */
    record Dynamic(List<Presence> nodes, List<Spell> edges) {
        /** From the run itself: the same content {@link GexfWriter} writes, without reading the file back. */
        static Dynamic of(ayni.agents.World w, ayni.metrics.TieHistory history, YearMonth last) {
            List<Presence> nodes = new ArrayList<>();
            for (ayni.agents.Actor a : w.actors()) {
                if (a.enteredStep() < 0) continue;
                nodes.add(new Presence(new Node(a.id(), a.name(), a.kind().key(),
                        a instanceof ayni.agents.Ngo n ? n.type().key() : a.subtype(), a.domain() == null ? "" : a.domain().key()),
                        GexfWriter.day(w.start.plusMonths(a.enteredStep())),
                        a.exitedStep() >= 0 ? GexfWriter.day(w.start.plusMonths(a.exitedStep())) : null));
            }
            List<Spell> edges = new ArrayList<>();
            // as GexfWriter writes it: each spell clipped to the months both actors are present
            int end = (int) java.time.temporal.ChronoUnit.MONTHS.between(w.start, last) + 1;
            for (ayni.metrics.TieHistory.Edge t : history.edges()) {
                ayni.agents.Actor from = w.actor(t.from), to = w.actor(t.to);
                if (from.enteredStep() < 0 || to.enteredStep() < 0) continue;
                int lo = Math.max(from.enteredStep(), to.enteredStep());
                int hi = Math.min(from.exitedStep() >= 0 ? from.exitedStep() : end, to.exitedStep() >= 0 ? to.exitedStep() : end);
                for (int i = 0; i < t.spells(); i++) {
                    int a = Math.max(lo, t.start(i)), b = Math.min(hi, t.end(i) < 0 ? end : t.end(i));
                    if (a >= b) continue;
                    List<Weight> ws = new ArrayList<>();
                    for (int r = 0; r < t.recorded(); r++) {
                        int m = t.month(r);
                        if (m < a || m >= b) continue;
                        int next = r + 1 < t.recorded() ? Math.min(t.month(r + 1), b) : b;
                        ws.add(new Weight(GexfWriter.day(w.start.plusMonths(m)), GexfWriter.day(w.start.plusMonths(next)), t.weight(r)));
                    }
                    edges.add(new Spell(from.id(), to.id(), GexfWriter.day(w.start.plusMonths(a)),
                            b < end ? GexfWriter.day(w.start.plusMonths(b)) : null, t.layer.key(), ws));
                }
            }
            return new Dynamic(nodes, edges);
        }
    }

    private NetworkViews() {}

    /** The views of a run straight from its world and tie history (what {@link #read} gives from its GEXF). */
    public static List<View> of(ayni.agents.World w, ayni.metrics.TieHistory history, YearMonth last) {
        return views(Dynamic.of(w, history, last));
    }

    /** The views of a folder (empty when it holds no network file). */
    public static List<View> read(Path dir) throws IOException {
        Path gexf = dir.resolve("network-dynamic.gexf");
        if (Files.exists(gexf)) return fromGexf(gexf);
        List<View> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.matches("network-\\d{4}-\\d{2}\\.graphml")) out.add(fromGraphMl(p, YearMonth.parse(n.substring(8, 15))));
            }
        }
        Path fin = dir.resolve("network-final.graphml");
        if (Files.exists(fin)) out.add(fromGraphMl(fin, null));
        return out;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // results folders can be shared: never resolve a DTD or an external entity
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in);
    }

    /** Dynamic GEXF as {@link GexfWriter} writes it: views at its first, middle and last recorded months. */
    static List<View> fromGexf(Path file) throws IOException {
        List<Presence> nodes = new ArrayList<>();
        List<Spell> edges = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = reader(in);
            String id = null, label = null, start = null, end = null, from = null, to = null, layer = "";
            Map<String, String> att = new HashMap<>();
            List<Weight> ws = null;
            boolean inNode = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "node" -> {
                            inNode = true;
                            id = x.getAttributeValue(null, "id");
                            label = x.getAttributeValue(null, "label");
                            start = x.getAttributeValue(null, "start");
                            end = x.getAttributeValue(null, "end");
                            att.clear();
                        }
                        case "edge" -> {
                            inNode = false;
                            from = x.getAttributeValue(null, "source");
                            to = x.getAttributeValue(null, "target");
                            start = x.getAttributeValue(null, "start");
                            end = x.getAttributeValue(null, "end");
                            layer = "";
                            ws = new ArrayList<>();
                        }
                        case "attvalue" -> {
                            String key = x.getAttributeValue(null, "for"), value = x.getAttributeValue(null, "value");
                            if (inNode) att.put(key, value);
                            else if ("layer".equals(key)) layer = value;
                            else if ("tieWeight".equals(key) && ws != null) {
                                String s = x.getAttributeValue(null, "start");
                                ws.add(new Weight(s, x.getAttributeValue(null, "end"), Double.parseDouble(value)));
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("node")) {
                        nodes.add(new Presence(new Node(id, label, att.getOrDefault("kind", ""), att.getOrDefault("subtype", ""),
                                att.getOrDefault("domain", "")), start, end));
                        inNode = false;
                    } else if (x.getLocalName().equals("edge")) {
                        edges.add(new Spell(from, to, start, end, layer, ws));
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(file.getFileName() + ": not a readable GEXF network: " + e.getMessage(), e);
        }
        return views(new Dynamic(nodes, edges));
    }

    /** Views at the first, middle and last recorded months (the months at which tie weights were recorded). */
    static List<View> views(Dynamic d) {
        TreeSet<String> recorded = new TreeSet<>();
        for (Spell e : d.edges()) for (Weight w : e.weights()) recorded.add(w.start());
        List<Presence> nodes = d.nodes();
        List<Spell> edges = d.edges();
        List<String> months = new ArrayList<>(recorded);
        if (months.isEmpty()) return List.of();
        List<String> chosen = new ArrayList<>();
        for (String m : List.of(months.get(0), months.get(months.size() / 2), months.get(months.size() - 1))) {
            if (!chosen.contains(m)) chosen.add(m);
        }
        List<View> views = new ArrayList<>();
        for (String day : chosen) {
            List<Node> vn = new ArrayList<>();
            for (Presence n : nodes) if (within(day, n.start(), n.end())) vn.add(n.node());
            List<Link> vl = new ArrayList<>();
            for (Spell e : edges) {
                if (!within(day, e.start(), e.end())) continue;
                for (Weight w : e.weights()) {
                    if (within(day, w.start(), w.end())) {
                        vl.add(new Link(e.from(), e.to(), e.layer(), w.weight(), 1));
                        break;
                    }
                }
            }
            views.add(new View(YearMonth.parse(day.substring(0, 7)), vn, vl));
        }
        return views;
    }

    private static boolean within(String day, String start, String end) {
        return (start == null || start.compareTo(day) <= 0) && (end == null || day.compareTo(end) < 0);
    }

    /** A GraphML snapshot as {@link GraphMlWriter} writes it; {@code month} null: the last month (network-final). */
    static View fromGraphMl(Path file, YearMonth month) throws IOException {
        Map<String, String> keys = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = reader(in);
            Map<String, String> data = new HashMap<>();
            String id = null, from = null, to = null, key = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "key" -> keys.put(x.getAttributeValue(null, "id"), x.getAttributeValue(null, "attr.name"));
                        case "node" -> {
                            id = x.getAttributeValue(null, "id");
                            data.clear();
                        }
                        case "edge" -> {
                            from = x.getAttributeValue(null, "source");
                            to = x.getAttributeValue(null, "target");
                            data.clear();
                        }
                        case "data" -> key = keys.getOrDefault(x.getAttributeValue(null, "key"), "");
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && key != null) {
                    data.merge(key, x.getText(), String::concat);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "data" -> key = null;
                        case "node" -> nodes.add(new Node(id, data.getOrDefault("label", id), data.getOrDefault("kind", ""),
                                data.getOrDefault("subtype", ""), data.getOrDefault("domain", "")));
                        case "edge" -> links.add(new Link(from, to, data.getOrDefault("layer", ""),
                                Double.parseDouble(data.getOrDefault("weight", "1").trim()), 1));
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(file.getFileName() + ": not a readable GraphML network: " + e.getMessage(), e);
        }
        return new View(month, nodes, links);
    }

    /** Views with SMEs grouped by size and domain when any month has more than {@link #MAX_NODES} actors. */
    static List<View> capped(List<View> views) {
        boolean group = views.stream().anyMatch(v -> v.nodes().size() > MAX_NODES);
        List<View> out = new ArrayList<>();
        for (View v : views) {
            List<Node> nodes = v.nodes();
            List<Link> links = v.links();
            if (group) {
                Map<String, String> groupOf = new HashMap<>();
                Map<String, Integer> size = new LinkedHashMap<>();
                Map<String, Node> first = new LinkedHashMap<>();
                nodes = new ArrayList<>();
                for (Node n : v.nodes()) {
                    if (!n.kind().equals("sme")) {
                        nodes.add(n);
                        continue;
                    }
                    String g = "smes:" + n.subtype() + ":" + n.domain();
                    groupOf.put(n.id(), g);
                    size.merge(g, 1, Integer::sum);
                    first.putIfAbsent(g, n);
                }
                for (var e : size.entrySet()) {
                    Node n = first.get(e.getKey());
                    nodes.add(new Node(e.getKey(), e.getValue() + " " + n.subtype() + " SMEs" + (n.domain().isEmpty() ? ""
                            : " (" + MeasureNames.words(n.domain()) + ")"), "sme", n.subtype(), n.domain()));
                }
                Map<String, double[]> merged = new LinkedHashMap<>();
                for (Link l : v.links()) {
                    String a = groupOf.getOrDefault(l.from(), l.from()), b = groupOf.getOrDefault(l.to(), l.to());
                    if (a.equals(b)) continue;
                    double[] s = merged.computeIfAbsent(a + "\t" + b + "\t" + l.layer(), k -> new double[2]);
                    s[0] += l.weight();
                    s[1]++;
                }
                links = new ArrayList<>();
                for (var e : merged.entrySet()) {
                    String[] k = e.getKey().split("\t");
                    links.add(new Link(k[0], k[1], k[2], e.getValue()[0] / e.getValue()[1], (int) e.getValue()[1]));
                }
            }
            if (links.size() > MAX_LINKS) {
                links = new ArrayList<>(links);
                links.sort(Comparator.comparingDouble((Link l) -> -l.weight() * l.count()));
                links = links.subList(0, MAX_LINKS);
            }
            out.add(new View(v.month(), nodes, links));
        }
        return out;
    }

    /** Number of actor nodes the page draws for each view (what the browser test counts). */
    public static List<Integer> drawn(List<View> views) {
        return capped(views).stream().map(v -> v.nodes().size()).toList();
    }

    /**
     * The JSON the page's script draws: kinds and layers with colours; every node once with its place; per month the
     * nodes present (indices), their number of ties, the ties (from, to, layer, weight, count) and how many were left out.
     */
    public static String json(List<View> raw, YearMonth last) {
        List<View> views = capped(raw);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Node> all = new ArrayList<>();
        for (View v : views) {
            for (Node n : v.nodes()) if (index.putIfAbsent(n.id(), all.size()) == null) all.add(n);
        }
        List<RingLayout.Item> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) items.add(new RingLayout.Item(i, all.get(i).id(), kind(all.get(i).kind()), all.get(i).domain()));
        Map<Integer, double[]> pos = RingLayout.place(items);
        StringBuilder j = new StringBuilder("{\"kinds\":{");
        int k = 0;
        for (ActorKind ak : ActorKind.values()) {
            j.append(k++ > 0 ? "," : "").append(str(ak.key())).append(":{\"label\":").append(str(Palette.label(ak)))
                    .append(",\"colour\":").append(str(hex(Palette.kind(ak)))).append('}');
        }
        j.append("},\"layers\":{");
        k = 0;
        for (Layer l : Layer.values()) {
            j.append(k++ > 0 ? "," : "").append(str(l.key())).append(":{\"colour\":").append(str(hex(Palette.layer(l))))
                    .append(",\"shown\":").append(l != Layer.KNOWLEDGE).append('}');
        }
        j.append("},\"nodes\":[");
        for (int i = 0; i < all.size(); i++) {
            Node n = all.get(i);
            double[] p = pos.get(i);
            j.append(i > 0 ? "," : "").append('[').append(str(n.label())).append(',').append(str(n.kind())).append(',')
                    .append(str(n.subtype())).append(',').append(Math.round(p[0] * 1000)).append(',')
                    .append(Math.round(p[1] * 1000)).append(']');
        }
        j.append("],\"views\":[");
        for (int v = 0; v < views.size(); v++) {
            View view = views.get(v);
            Map<String, Integer> degree = new HashMap<>();
            for (Link l : view.links()) {
                degree.merge(l.from(), l.count(), Integer::sum);
                degree.merge(l.to(), l.count(), Integer::sum);
            }
            j.append(v > 0 ? "," : "").append("{\"month\":").append(str(String.valueOf(view.month() != null ? view.month() : last)))
                    .append(",\"ties\":").append(raw.get(v).links().size()).append(",\"nodes\":[");
            for (int i = 0; i < view.nodes().size(); i++) {
                Node n = view.nodes().get(i);
                j.append(i > 0 ? "," : "").append('[').append(index.get(n.id())).append(',').append(degree.getOrDefault(n.id(), 0))
                        .append(']');
            }
            j.append("],\"links\":[");
            for (int i = 0; i < view.links().size(); i++) {
                Link l = view.links().get(i);
                Integer a = index.get(l.from()), b = index.get(l.to());
                if (a == null || b == null) continue;
                j.append(j.charAt(j.length() - 1) == '[' ? "" : ",").append('[').append(a).append(',').append(b).append(',')
                        .append(str(l.layer())).append(',').append(String.format(Locale.ROOT, "%.2f", l.weight())).append(',')
                        .append(l.count()).append(']');
            }
            j.append("]}");
        }
        j.append("]}");
        return j.toString();
    }

    private static ActorKind kind(String key) {
        for (ActorKind k : ActorKind.values()) if (k.key().equals(key)) return k;
        return ActorKind.SME;
    }

    private static String hex(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** The page's script: draws the chosen month from the JSON, names an actor on hover, toggles layers. */
    static final String SCRIPT = """
            (function(){
            var D=JSON.parse(document.getElementById('network-data').textContent);
            var svg=document.getElementById('network-svg'),info=document.getElementById('net-info'),NS='http://www.w3.org/2000/svg';
            var shown={};Object.keys(D.layers).forEach(function(l){shown[l]=D.layers[l].shown;});
            var current=D.views.length-1;
            function el(n,a){var e=document.createElementNS(NS,n);for(var k in a)e.setAttribute(k,a[k]);return e;}
            function draw(){
              var v=D.views[current];while(svg.firstChild)svg.removeChild(svg.firstChild);
              var at={},deg={};v.nodes.forEach(function(n){at[n[0]]=D.nodes[n[0]];deg[n[0]]=n[1];});
              var g=el('g',{'class':'links'});svg.appendChild(g);
              v.links.forEach(function(l){if(!shown[l[2]])return;var a=at[l[0]],b=at[l[1]];if(!a||!b)return;
                g.appendChild(el('line',{x1:a[3],y1:a[4],x2:b[3],y2:b[4],stroke:D.layers[l[2]].colour,
                'stroke-opacity':l[2]==='knowledge'?0.15:0.35,'stroke-width':(0.4+2*l[3])*Math.min(3,Math.sqrt(l[4])),'class':'tie '+l[2]}));});
              var top=v.nodes.filter(function(n){return D.nodes[n[0]][1]!=='sme';}).sort(function(a,b){return b[1]-a[1];}).slice(0,12)
                .map(function(n){return n[0];});
              var ng=el('g',{'class':'nodes'});svg.appendChild(ng);
              v.nodes.forEach(function(n){var d=D.nodes[n[0]],sme=d[1]==='sme';
                var r=(sme?2:4)+(sme?1.2:1.6)*Math.sqrt(n[1]);
                var c=el('circle',{cx:d[3],cy:d[4],r:Math.min(r,sme?9:22).toFixed(1),fill:D.kinds[d[1]].colour,'class':'node','data-kind':d[1]});
                var t=el('title',{});t.textContent=d[0];c.appendChild(t);
                c.addEventListener('mouseenter',function(ev){info.style.display='block';
                  info.textContent=d[0]+' \\u2014 '+D.kinds[d[1]].label.replace(/s$/,'')+(d[2]?' ('+d[2]+')':'')+', '+n[1]+' ties in '+v.month;
                  var b=svg.getBoundingClientRect();info.style.left=(ev.clientX-b.left+12)+'px';info.style.top=(ev.clientY-b.top+12)+'px';});
                c.addEventListener('mouseleave',function(){info.style.display='none';});
                ng.appendChild(c);});
              top.forEach(function(i){var d=D.nodes[i];var t=el('text',{x:d[3]+8,y:d[4]+4});t.textContent=d[0].length>26?d[0].slice(0,25)+'\\u2026':d[0];ng.appendChild(t);});
              var drawnTies=g.childNodes.length;
              document.getElementById('net-caption').textContent='Network in '+v.month+': '+v.nodes.length+' nodes drawn, '+drawnTies+
                ' ties shown of '+v.ties+' (layers ticked above). Rings from outside: donors; government and companies; platforms; NGOs; SMEs. '+
                'Node size grows with the number of ties; hover a node for its name; the 12 best-connected actors other than SMEs are named.';
              var bs=document.querySelectorAll('#months button');for(var i=0;i<bs.length;i++)bs[i].className=i===current?'on':'';
            }
            var months=document.getElementById('months');months.appendChild(document.createTextNode('Month: '));
            D.views.forEach(function(v,i){var b=document.createElement('button');b.type='button';b.textContent=v.month;
              b.addEventListener('click',function(){current=i;draw();});months.appendChild(b);});
            var layers=document.getElementById('layers');layers.appendChild(document.createTextNode('Ties: '));
            Object.keys(D.layers).forEach(function(l){var lab=document.createElement('label');var cb=document.createElement('input');
              cb.type='checkbox';cb.checked=shown[l];cb.addEventListener('change',function(){shown[l]=cb.checked;draw();});
              lab.appendChild(cb);var s=document.createElement('span');s.style.color=D.layers[l].colour;s.textContent=' '+l+' ';
              lab.appendChild(s);layers.appendChild(lab);});
            var kinds=document.getElementById('kinds');Object.keys(D.kinds).forEach(function(k){var s=document.createElement('span');
              var i=document.createElement('i');i.style.background=D.kinds[k].colour;s.appendChild(i);
              s.appendChild(document.createTextNode(D.kinds[k].label));kinds.appendChild(s);});
            draw();
            })();
            """;
}
