package ayni.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch of runs with an estimate of the time left: a progress bar on a terminal, otherwise (a log, a
 * cluster job) one line at most every 30 seconds and at the end.
 */
final class Progress implements AutoCloseable {
    private static final long LINE_EVERY_NANOS = 30_000_000_000L;
    private final String task;
    private final int total;
    private final PrintWriter log;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLine = start;

    Progress(String task, int total, boolean quiet, PrintWriter log) {
        this.task = task;
        this.total = total;
        boolean show = !quiet && total > 0;
        this.log = show && System.console() == null ? log : null;
        this.bar = show && System.console() != null ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build() : null;
    }

    synchronized void done(int n) {
        if (bar != null) bar.stepTo(n);
        long now = System.nanoTime();
        if (log != null && (now - lastLine >= LINE_EVERY_NANOS || n == total)) {
            lastLine = now;
            double secs = (now - start) / 1e9;
            double left = n == 0 ? Double.NaN : secs / n * (total - n);
            log.printf(Locale.ROOT, "%s: %d/%d runs, %.0f s elapsed, about %s left%n", task, n, total, secs, duration(left));
            log.flush();
        }
    }

    static String duration(double secs) {
        if (Double.isNaN(secs)) return "?";
        if (secs < 90) return String.format(Locale.ROOT, "%.0f s", secs);
        if (secs < 5400) return String.format(Locale.ROOT, "%.0f min", secs / 60);
        return String.format(Locale.ROOT, "%.1f h", secs / 3600);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
