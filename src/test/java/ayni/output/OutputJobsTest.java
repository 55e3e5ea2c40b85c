package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Jobs run in the order submitted, except those submitted next, which go ahead of every job still waiting. */
class OutputJobsTest {
    @Test
    void aJobSubmittedNextRunsBeforeThoseWaiting() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1), go = new CountDownLatch(1);
        try (OutputJobs jobs = new OutputJobs(1, null)) {
            jobs.submit("first", () -> {
                started.countDown();
                try {
                    go.await(); // hold the one thread until everything is queued
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                order.add("first");
            });
            started.await();
            jobs.submit("a", () -> order.add("a"));
            jobs.submit("b", () -> order.add("b"));
            jobs.submitNext("c", () -> order.add("c"));
            jobs.submitNext("d", () -> order.add("d"));
            go.countDown();
        }
        assertEquals(List.of("first", "d", "c", "a", "b"), order);
    }
}
