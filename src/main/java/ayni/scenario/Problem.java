package ayni.scenario;

/** One thing wrong in a scenario file: where it is, what was expected and how to fix it. */
public record Problem(String file, int line, String field, String message, String fix) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ");
        if (field != null && !field.isEmpty()) sb.append(field).append(": ");
        sb.append(message);
        if (fix != null && !fix.isEmpty()) sb.append("; fix: ").append(fix);
        return oneLine(sb.toString());
    }

    /** A problem is one line whatever the file held: line breaks in a quoted value or a key are shown as \n. */
    static String oneLine(String s) {
        return s.replace("\r\n", "\\n").replaceAll("[\r\n\u0085\u2028\u2029]", "\\\\n");
    }
}
