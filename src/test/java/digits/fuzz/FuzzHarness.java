package digits.fuzz;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one fuzz input at a time against a piece of the library and holds it to the fuzzing contract:
 * the input either loads or fails with the library's own exception, within {@link #perInputLimit} and without
 * allocating more heap than the input justifies. Anything else (another exception, an error, a hang, a
 * runaway allocation) fails the property with the input's description.
 *
 * <p>It also counts outcomes by kind and remembers the slowest input, for the summary printed at the end of
 * a property. One harness serves one property; a property class for another input type (images, say) makes
 * its own harness with its own exception type and classifier.
 */
public final class FuzzHarness implements AutoCloseable {

    private final String name;
    private final Duration perInputLimit;
    private final Class<? extends RuntimeException> ownException;
    private final Function<RuntimeException, String> classifier;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true); // a hung input must not keep the test JVM alive
        return t;
    });
    private final Map<String, Long> outcomes = new TreeMap<>();
    private long tried;
    private long slowestNanos = -1;
    private String slowestInput = "";
    private long mostAllocated = -1;
    private String mostAllocatedInput = "";

    /**
     * @param name          what is fuzzed, for the summary
     * @param perInputLimit how long one input may take before it counts as a hang
     * @param ownException  the library's own exception: the one failure outcome allowed
     * @param classifier    names the kind of a failure from the exception, for the summary
     */
    public FuzzHarness(
            String name,
            Duration perInputLimit,
            Class<? extends RuntimeException> ownException,
            Function<RuntimeException, String> classifier) {
        this.name = name;
        this.perInputLimit = perInputLimit;
        this.ownException = ownException;
        this.classifier = classifier;
    }

    /** What one input did. */
    public record Outcome<T>(T loaded, RuntimeException failure, String kind) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * Runs {@code action} on the worker thread and checks the contract.
     *
     * @param input          a short description of the input, printed on failure and for the slowest input
     * @param allowedHeap    the most heap bytes the action may allocate for this input
     * @param action         the library call; its result is the loaded value
     * @param successKind    names the kind of a successful outcome, for the summary
     * @return the outcome: a loaded value or the library's own exception
     * @throws AssertionError if the contract is broken
     */
    public <T> Outcome<T> run(String input, long allowedHeap, Callable<T> action, Function<T, String> successKind) {
        tried++;
        Future<Measured<T>> future = worker.submit(() -> measure(action));
        Measured<T> m;
        try {
            m = future.get(perInputLimit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError(name + ": input took longer than " + perInputLimit + ": " + input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(name + ": harness failure on " + input, e.getCause());
        }
        if (m.thrown != null && !ownException.isInstance(m.thrown)) {
            throw new AssertionError(
                    name + ": expected a load or " + ownException.getSimpleName() + ", got " + m.thrown + " for input "
                            + input,
                    m.thrown);
        }
        if (m.allocated > allowedHeap) {
            throw new AssertionError(String.format(
                    Locale.ROOT,
                    "%s: allocated %,d bytes of heap, more than the %,d " + "this input justifies: %s",
                    name,
                    m.allocated,
                    allowedHeap,
                    input));
        }
        String kind = m.thrown == null
                ? successKind.apply(m.value)
                : "failed: " + classifier.apply((RuntimeException) m.thrown);
        outcomes.merge(kind, 1L, Long::sum);
        if (m.nanos > slowestNanos) {
            slowestNanos = m.nanos;
            slowestInput = input + " -> " + kind;
        }
        if (m.allocated > mostAllocated) {
            mostAllocated = m.allocated;
            mostAllocatedInput = input + " -> " + kind;
        }
        return new Outcome<>(m.value, (RuntimeException) m.thrown, kind);
    }

    private record Measured<T>(T value, Throwable thrown, long nanos, long allocated) {}

    private static <T> Measured<T> measure(Callable<T> action) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long heapBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        T value = null;
        Throwable thrown = null;
        try {
            value = action.call();
        } catch (Throwable t) {
            thrown = t;
        }
        long nanos = System.nanoTime() - start;
        return new Measured<>(value, thrown, nanos, threads.getCurrentThreadAllocatedBytes() - heapBefore);
    }

    /** @return the inputs run so far */
    public long tried() {
        return tried;
    }

    /** @return a few lines: inputs tried, outcomes by kind, the slowest input and the largest allocation */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "FUZZ %s: %,d inputs tried, every one a correct " + "load or %s%n",
                name,
                tried,
                ownException.getSimpleName()));
        outcomes.forEach((kind, count) -> s.append(String.format(Locale.ROOT, "  %,9d  %s%n", count, kind)));
        s.append(String.format(Locale.ROOT, "  slowest input: %.3f ms: %s%n", slowestNanos / 1e6, slowestInput));
        s.append(String.format(
                Locale.ROOT, "  largest heap allocation: %,d bytes: %s", mostAllocated, mostAllocatedInput));
        return s.toString();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
