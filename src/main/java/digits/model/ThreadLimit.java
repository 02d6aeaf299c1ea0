package digits.model;

import digits.check.Check;
import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Runs some work with ND4J's native code (its OpenMP loops, oneDNN's kernels and OpenBLAS's matrix products)
 * limited to a number of threads, then restores the limit.
 *
 * <pre>{@code
 * ThreadLimit.to(1, () -> ladder.time("one thread", model, 128));
 * }</pre>
 *
 * The OpenMP limit holds for the thread that calls this method, which is the one that trains; outside it, the
 * process's own setting ({@code OMP_NUM_THREADS}, by default one thread per core) applies.
 */
public final class ThreadLimit {

    private ThreadLimit() {}

    /** Runs {@code work} with at most {@code threads} native threads. */
    public static synchronized void to(int threads, Runnable work) {
        Check.atLeast("threads", threads, 1);
        NativeOps openMp = NativeOpsHolder.getInstance().getDeviceNativeOps();
        Blas blas = Nd4j.factory().blas();
        int openMpBefore = openMp.ompGetMaxThreads();
        int blasBefore = blas.getMaxThreads();
        openMp.setOmpNumThreads(threads);
        blas.setMaxThreads(threads);
        try {
            work.run();
        } finally {
            openMp.setOmpNumThreads(openMpBefore);
            blas.setMaxThreads(blasBefore);
        }
    }

    /** The most threads ND4J's native loops use now, on the calling thread. */
    public static int current() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
