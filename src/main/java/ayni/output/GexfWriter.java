package ayni.output;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.World;
import ayni.metrics.TieHistory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the whole run as a dynamic GEXF 1.3 network that Gephi's timeline plays: actors with the months they were
 * present, ties with their spells and their weight at every recorded month (a dynamic attribute), layers as an edge
 * attribute. Dates are the first day of each month.
 */
public final class GexfWriter {
    private GexfWriter() {}

    public static void write(World w, TieHistory history, YearMonth last, String title, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace("http://gexf.net/1.3");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            element(x, "creator", "Ayni " + Manifest.version());
            element(x, "description", title);
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("timeformat", "date");
            x.writeAttribute("timerepresentation", "interval");
            attributes(x, "node", "static", new String[][] {{"kind", "string"}, {"subtype", "string"}, {"domain", "string"}});
            attributes(x, "edge", "static", new String[][] {{"layer", "string"}});
            attributes(x, "edge", "dynamic", new String[][] {{"tieWeight", "double"}});
            x.writeStartElement("nodes");
            for (Actor a : w.actors()) {
                if (a.enteredStep() < 0) continue; // never present
                x.writeStartElement("node");
                x.writeAttribute("id", a.id());
                x.writeAttribute("label", a.name());
                x.writeAttribute("start", day(w.start.plusMonths(a.enteredStep())));
                if (a.exitedStep() >= 0) x.writeAttribute("end", day(w.start.plusMonths(a.exitedStep())));
                x.writeStartElement("attvalues");
                value(x, "kind", a.kind().key());
                value(x, "subtype", a instanceof Ngo n ? n.type().key() : a.subtype());
                value(x, "domain", a.domain() == null ? "" : a.domain().key());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int id = 0;
            for (TieHistory.Spell s : history.spells()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + id++);
                x.writeAttribute("source", w.actor(s.from).id());
                x.writeAttribute("target", w.actor(s.to).id());
                x.writeAttribute("start", day(s.start));
                if (s.end != null) x.writeAttribute("end", day(s.end));
                x.writeStartElement("attvalues");
                value(x, "layer", s.layer);
                for (int i = 0; i < s.months.size(); i++) {
                    x.writeEmptyElement("attvalue");
                    x.writeAttribute("for", "tieWeight");
                    x.writeAttribute("value", Double.toString(s.weights.get(i)));
                    x.writeAttribute("start", day(s.months.get(i)));
                    YearMonth next = i + 1 < s.months.size() ? s.months.get(i + 1) : (s.end != null ? s.end : last.plusMonths(1));
                    x.writeAttribute("end", day(next));
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void attributes(XMLStreamWriter x, String cls, String mode, String[][] attrs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", mode);
        for (String[] a : attrs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", a[0]);
            x.writeAttribute("title", a[0]);
            x.writeAttribute("type", a[1]);
        }
        x.writeEndElement();
    }

    private static void value(XMLStreamWriter x, String key, String v) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", v);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    static String day(YearMonth m) {
        return m + "-01";
    }
}
