package ayni.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row per observed step with named numeric columns, in a fixed column order (tidy output). */
public final class TimeSeries implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> columns = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();

    /** Appends a row; the first row fixes the columns, later rows must have the same names in the same order. */
    public void add(String date, LinkedHashMap<String, Double> row) {
        if (columns.isEmpty()) columns.addAll(row.keySet());
        else if (!columns.equals(new ArrayList<>(row.keySet()))) {
            throw new IllegalStateException("row columns differ from the first row's");
        }
        double[] v = new double[columns.size()];
        int i = 0;
        for (double d : row.values()) v[i++] = d;
        dates.add(date);
        rows.add(v);
    }

    /** Sets one value of a row already taken (a measure computed after its row was added). */
    void set(int row, String column, double value) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column);
        rows.get(row)[c] = value;
    }

    public List<String> columns() { return Collections.unmodifiableList(columns); }
    public int size() { return rows.size(); }
    public String date(int row) { return dates.get(row); }
    public double[] row(int row) { return rows.get(row).clone(); }

    /** All rows, copied: [step][column]. */
    public double[][] rows() {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i).clone();
        return out;
    }

    public double get(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column);
        return rows.get(row)[c];
    }

    /** A whole column, one value per row. */
    public double[] column(String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column);
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i)[c];
        return out;
    }

    public Map<String, Double> last() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] r = rows.get(rows.size() - 1);
        for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), r[i]);
        return m;
    }
}
