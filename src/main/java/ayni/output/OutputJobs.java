package ayni.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes independent output files side by side on a few threads, and says when each is done (the command shows
 * progress while a run's outputs are written). While {@link #collect} runs, {@link ChartFiles} hands each chart
 * here instead of drawing it in line, so charts are drawn in parallel too. {@link #close} waits for every job and
 * rethrows the first failure.
 */
public final class OutputJobs implements AutoCloseable {
    /** One file (or a few written together). */
    public interface Job {
        void run() throws IOException;
    }

    /** Told after each job: jobs done, jobs submitted so far, the name of the one just done. */
    public interface Listener {
        void done(int done, int submitted, String name);
    }

    private static final ThreadLocal<OutputJobs> COLLECTING = new ThreadLocal<>();

    private final ExecutorService pool;
    private final java.util.concurrent.LinkedBlockingDeque<Runnable> queue;
    private final Listener listener;
    private final List<Future<?>> futures = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int submitted;

    /** @param threads worker threads (at least 1) */
    public OutputJobs(int threads, Listener listener) {
        int n = Math.max(1, threads);
        queue = new java.util.concurrent.LinkedBlockingDeque<>();
        java.util.concurrent.ThreadPoolExecutor p = new java.util.concurrent.ThreadPoolExecutor(n, n, 0,
                java.util.concurrent.TimeUnit.MILLISECONDS, queue, r -> {
                    Thread t = new Thread(r, "ayni-output");
                    t.setDaemon(true);
                    return t;
                });
        p.prestartAllCoreThreads(); // every job then goes through the queue, so one can be put at its head
        this.pool = p;
        this.listener = listener;
    }

    /** As many threads as the machine has cores. */
    public OutputJobs(Listener listener) {
        this(Runtime.getRuntime().availableProcessors(), listener);
    }

    public synchronized void submit(String name, Job job) {
        futures.add(pool.submit(task(name, job)));
    }

    /**
     * Submits a job ahead of those waiting: for the files that follow from a job just done (the final network's picture
     * and GraphML after its positions), which would otherwise wait behind every chart while a thread stands idle at the
     * end.
     */
    public synchronized void submitNext(String name, Job job) {
        java.util.concurrent.FutureTask<Object> f = new java.util.concurrent.FutureTask<>(task(name, job));
        futures.add(f);
        queue.offerFirst(f);
    }

    private java.util.concurrent.Callable<Object> task(String name, Job job) {
        submitted++;
        return () -> {
            try {
                job.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int d = done.incrementAndGet();
            if (listener != null) listener.done(d, submitted, name);
            return null;
        };
    }

    /** Runs {@code body} on this thread; the charts it writes through {@link ChartFiles} become jobs. */
    public void collect(Job body) throws IOException {
        OutputJobs before = COLLECTING.get();
        COLLECTING.set(this);
        try {
            body.run();
        } finally {
            if (before == null) COLLECTING.remove();
            else COLLECTING.set(before);
        }
    }

    /** The jobs collecting on this thread, or null. */
    static OutputJobs collecting() {
        return COLLECTING.get();
    }

    /** Waits for every job submitted so far; the first failure is thrown (after all have ended). */
    public void await() throws IOException {
        IOException first = null;
        int i = 0;
        while (true) {
            Future<?> f;
            synchronized (this) {
                if (i >= futures.size()) break;
                f = futures.get(i++);
            }
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (first == null) first = new IOException("interrupted while writing outputs", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
                if (first == null) first = c instanceof IOException io ? io : new IOException(c.toString(), c);
            }
        }
        if (first != null) throw first;
    }

    @Override
    public void close() throws IOException {
        try {
            await();
        } finally {
            pool.shutdown();
        }
    }
}
