package ayni.metrics.graph;

import java.util.List;

/**
 * A tidy table of results: named columns, then rows whose cells are strings or numbers (a NaN double means "not
 * defined here"). The output package decides how to write it.
 *
 * @param name file stem and title, e.g. "nodes"
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The cell in a row under a column name (for tests and readers). */
    public Object cell(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column);
        return rows.get(row).get(c);
    }
}
