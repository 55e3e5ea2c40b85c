package ayni.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page of results ({@code report.html}): opens from the file system with no server and no
 * network; the charts' SVG, the styles and the little script of the network view are all inside it. Built in reading
 * order: a title, the essentials (a definition list), then sections of text, charts, tables, an event timeline, the
 * network view and links to the folder's files. Every output that writes a folder adds one (docs/ODD.md 9.11).
 */
public final class ReportPage {
    /** A table: header and rows of already formatted cells; numeric columns are right-aligned. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {}

    /** An event on the timeline; {@code number} ties it to the charts' numbered marks (0: unnumbered). */
    public record Event(int number, YearMonth month, String what, String note, boolean strong) {}

    /** A link to a file in the folder and what it holds. */
    public record Link(String file, String what) {}

    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern SIZE = Pattern.compile("\\s(width|height)=\"([0-9.]+)\"");
    private static final Pattern IDS = Pattern.compile("(\\bid=\"|url\\(#|href=\"#)([^\")]+)");

    private final String title;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> toc = new ArrayList<>();
    private int charts, sections;
    private boolean networks;

    public ReportPage(String title, String subtitle) {
        this.title = title;
        body.append("<header><h1>").append(esc(title)).append("</h1>");
        if (subtitle != null && !subtitle.isEmpty()) body.append("<p class=\"sub\">").append(esc(subtitle)).append("</p>");
        body.append("</header>\n");
    }

    /** Name–value pairs shown as a compact list (scenario, period, seed, version, ...). */
    public ReportPage essentials(Map<String, String> items) {
        body.append("<dl class=\"essentials\">");
        for (Map.Entry<String, String> e : items.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) continue;
            body.append("<div><dt>").append(esc(e.getKey())).append("</dt><dd>").append(esc(e.getValue())).append("</dd></div>");
        }
        body.append("</dl>\n");
        return this;
    }

    /** Starts a section with a heading (listed in the page's contents). */
    public ReportPage section(String heading) {
        String id = "s" + ++sections;
        toc.add(new String[] {id, heading});
        body.append("<h2 id=\"").append(id).append("\">").append(esc(heading)).append("</h2>\n");
        return this;
    }

    public ReportPage paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    public ReportPage bullets(List<String> items) {
        if (items.isEmpty()) return this;
        body.append("<ul>");
        for (String s : items) body.append("<li>").append(esc(s)).append("</li>");
        body.append("</ul>\n");
        return this;
    }

    /** A chart from its SVG file, inlined (ids made unique within the page, sized to the page's width). */
    public ReportPage chart(Path svg) throws IOException {
        return chart(svg.getFileName().toString().replaceFirst("\\.svg$", ""), Files.readString(svg, StandardCharsets.UTF_8));
    }

    public ReportPage chart(String name, String svgText) {
        String prefix = "c" + ++charts + "-";
        int start = svgText.indexOf("<svg");
        if (start < 0) throw new IllegalArgumentException("not an SVG: " + name);
        String svg = svgText.substring(start);
        Matcher root = SVG_ROOT.matcher(svg);
        if (root.find()) {
            String tag = root.group();
            Matcher size = SIZE.matcher(tag);
            String w = null, h = null;
            while (size.find()) {
                if (size.group(1).equals("width")) w = size.group(2);
                else h = size.group(2);
            }
            String newTag = tag;
            if (w != null && h != null && !tag.contains("viewBox")) {
                newTag = SIZE.matcher(tag).replaceAll("").replaceFirst("<svg", "<svg viewBox=\"0 0 " + w + " " + h + "\"");
            }
            newTag = newTag.replaceFirst("<svg", "<svg class=\"chart\" role=\"img\" aria-label=\"" + esc(name) + "\"");
            svg = newTag + svg.substring(root.end());
        }
        // several SVGs in one document share one id space: Batik's default ids (clipPath1, ...) would clash; charts
        // written by ChartFiles carry their name in their ids and are copied as they are
        if (svg.contains("url(#clipPath")) svg = IDS.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + prefix + m.group(2)));
        body.append("<figure class=\"chart\" id=\"chart-").append(esc(name)).append("\">").append(svg)
                .append("<figcaption><a href=\"").append(esc(name)).append(".png\">").append(esc(name))
                .append(".png</a> · <a href=\"").append(esc(name)).append(".svg\">").append(esc(name))
                .append(".svg</a></figcaption></figure>\n");
        return this;
    }

    public ReportPage table(Table t) {
        body.append("<div class=\"table\"><table>");
        if (t.caption() != null) body.append("<caption>").append(esc(t.caption())).append("</caption>");
        body.append("<thead><tr>");
        for (String h : t.header()) body.append("<th>").append(esc(h)).append("</th>");
        body.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                boolean num = i > 0 && c.matches("[-−+<>~0-9.,%∞ a-z()–]*[0-9∞–][0-9.,%a-z() ]*");
                body.append(num ? "<td class=\"n\">" : "<td>").append(esc(c)).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    /** The events on a time line from {@code first} to {@code last}, then listed with their notes. */
    public ReportPage timeline(YearMonth first, YearMonth last, List<Event> events) {
        double span = Math.max(1, ChronoUnit.MONTHS.between(first, last));
        int width = 1000, left = 20, right = 20, axis = 58;
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" viewBox=\"0 0 " + width + " 84\" role=\"img\" aria-label=\"timeline\">");
        svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"").append(axis)
                .append("\" y2=\"").append(axis).append("\" class=\"axis\"/>");
        double plotW = width - left - right;
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            YearMonth jan = YearMonth.of(y, 1);
            if (jan.isBefore(first)) continue;
            double x = left + plotW * ChronoUnit.MONTHS.between(first, jan) / span;
            boolean labelled = (last.getYear() - first.getYear()) <= 25 || y % 5 == 0;
            svg.append("<line x1=\"").append(f1(x)).append("\" x2=\"").append(f1(x)).append("\" y1=\"").append(axis)
                    .append("\" y2=\"").append(axis + 4).append("\" class=\"axis\"/>");
            if (labelled) {
                svg.append("<text x=\"").append(f1(x)).append("\" y=\"").append(axis + 16).append("\" class=\"year\">")
                        .append(y).append("</text>");
            }
        }
        int row = 0;
        YearMonth previous = null;
        for (Event e : events) {
            double x = left + plotW * ChronoUnit.MONTHS.between(first, e.month()) / span;
            if (e.number() == 0) {
                svg.append("<line x1=\"").append(f1(x)).append("\" x2=\"").append(f1(x)).append("\" y1=\"").append(axis - 8)
                        .append("\" y2=\"").append(axis).append("\" class=\"minor\"><title>").append(esc(e.month() + " " + e.what()))
                        .append("</title></line>");
                continue;
            }
            row = previous != null && ChronoUnit.MONTHS.between(previous, e.month()) / span < 0.03 ? (row + 1) % 3 : 0;
            previous = e.month();
            double y = 12 + 14 * row;
            svg.append("<g class=\"ev").append(e.strong() ? " strong" : "").append("\"><title>").append(esc(e.month() + ": " + e.what()))
                    .append("</title><line x1=\"").append(f1(x)).append("\" x2=\"").append(f1(x)).append("\" y1=\"").append(f1(y + 6))
                    .append("\" y2=\"").append(axis).append("\"/><circle cx=\"").append(f1(x)).append("\" cy=\"").append(f1(y))
                    .append("\" r=\"7\"/><text x=\"").append(f1(x)).append("\" y=\"").append(f1(y + 3.5)).append("\">")
                    .append(e.number()).append("</text></g>");
        }
        svg.append("</svg>");
        body.append("<figure class=\"timeline\">").append(svg).append("</figure>\n<ol class=\"events\">");
        for (Event e : events) {
            if (e.number() == 0) continue;
            body.append("<li value=\"").append(e.number()).append("\"><b>").append(e.month()).append("</b> ")
                    .append(esc(e.what()));
            if (e.note() != null && !e.note().isEmpty()) body.append("<br><span class=\"note\">").append(esc(e.note())).append("</span>");
            body.append("</li>");
        }
        body.append("</ol>\n");
        List<String> minor = new ArrayList<>();
        for (Event e : events) if (e.number() == 0) minor.add(e.month() + " " + e.what());
        if (!minor.isEmpty()) body.append("<p class=\"note\">Short ticks: ").append(esc(String.join("; ", minor))).append(".</p>\n");
        return this;
    }

    /** The interactive network view ({@link NetworkViews}): its data as JSON, drawn by the page's script. */
    public ReportPage networks(String json, String caption) {
        networks = true;
        body.append("<div id=\"network\"><div class=\"controls\"><span id=\"months\"></span><span id=\"layers\"></span></div>")
                .append("<div class=\"netwrap\"><svg id=\"network-svg\" viewBox=\"0 0 1000 1000\" role=\"img\" aria-label=\"network\"></svg>")
                .append("<div id=\"net-info\" class=\"info\"></div></div><p id=\"net-caption\" class=\"note\">")
                .append(esc(caption)).append("</p><div id=\"kinds\"></div></div>\n")
                .append("<script type=\"application/json\" id=\"network-data\">").append(json.replace("</", "<\\/"))
                .append("</script>\n");
        return this;
    }

    public ReportPage links(List<Link> links) {
        body.append("<ul class=\"files\">");
        for (Link l : links) {
            body.append("<li><a href=\"").append(esc(l.file())).append("\">").append(esc(l.file())).append("</a> ")
                    .append(esc(l.what())).append("</li>");
        }
        body.append("</ul>\n");
        return this;
    }

    public String html() {
        StringBuilder sb = new StringBuilder(body.length() + 8000);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"Ayni ").append(esc(Manifest.version())).append("\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(CSS).append("</style></head><body>\n");
        if (!toc.isEmpty()) {
            sb.append("<nav><b>Contents</b>");
            for (String[] t : toc) sb.append("<a href=\"#").append(t[0]).append("\">").append(esc(t[1])).append("</a>");
            sb.append("</nav>\n");
        }
        sb.append("<main>\n").append(body).append("</main>\n");
        if (networks) sb.append("<script>").append(NetworkViews.SCRIPT).append("</script>\n");
        sb.append("</body></html>\n");
        return sb.toString();
    }

    /** Writes the page atomically: into a temporary file beside it, then renamed. */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, html(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String f1(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0;background:#fafafa}
            nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:6px 16px;z-index:2;font-size:13px}
            nav a{margin-left:14px;color:#1f5fa0;text-decoration:none}
            main{max-width:1180px;margin:0 auto;padding:8px 20px 40px;background:#fff}
            header h1{font-size:24px;margin:18px 0 2px}.sub{color:#555;margin:0 0 10px}
            h2{font-size:19px;border-bottom:2px solid #e4e4e4;padding-bottom:3px;margin-top:32px}
            dl.essentials{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:4px 18px;margin:10px 0}
            dl.essentials div{display:flex;gap:8px}dt{color:#666;min-width:96px}dd{margin:0;font-weight:500;overflow-wrap:anywhere}
            figure{margin:14px 0}figure.chart svg{width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:12px;color:#666}a{color:#1f5fa0}
            .table{overflow-x:auto}table{border-collapse:collapse;font-size:13px;margin:8px 0}caption{text-align:left;color:#555;padding:4px 0}
            th,td{border-bottom:1px solid #e6e6e6;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            svg.timeline{width:100%;height:auto}.timeline .axis{stroke:#888}.timeline .year{font-size:11px;text-anchor:middle;fill:#555}
            .timeline .minor{stroke:#bbb;stroke-width:2}.ev line{stroke:#999}.ev circle{fill:#fff;stroke:#777}
            .ev.strong circle{fill:#333;stroke:#333}.ev text{font-size:10px;text-anchor:middle;fill:#333;font-weight:bold}
            .ev.strong text{fill:#fff}ol.events{font-size:14px}.note{color:#666;font-size:13px}
            #network .controls{display:flex;flex-wrap:wrap;gap:14px;margin:6px 0}#network button{margin-right:4px;padding:3px 10px;
            border:1px solid #bbb;background:#f6f6f6;border-radius:3px;cursor:pointer}#network button.on{background:#1f5fa0;color:#fff}
            .netwrap{position:relative}#network-svg{width:100%;max-width:1000px;height:auto;border:1px solid #eee;background:#fff}
            #network-svg circle{stroke:#fff;stroke-width:.8}#network-svg circle:hover{stroke:#000;stroke-width:2}
            #network-svg text{font-size:11px;fill:#333;pointer-events:none}
            .info{position:absolute;display:none;background:#fffffa;border:1px solid #aaa;padding:4px 8px;font-size:13px;
            pointer-events:none;box-shadow:0 1px 4px rgba(0,0,0,.2)}#kinds span{margin-right:14px;font-size:13px}
            #kinds i{display:inline-block;width:11px;height:11px;border-radius:6px;margin-right:4px;vertical-align:-1px}
            ul.files li{margin:2px 0}
            """;
}
