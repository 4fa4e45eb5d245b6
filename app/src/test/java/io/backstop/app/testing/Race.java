package io.backstop.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Calls started at one moment from many threads: the shape of a double click, or of two heads deciding at once. */
public final class Race {

    private Race() {
    }

    /** What one call came to: its result, or what it threw. */
    public record Outcome<T>(T result, Throwable failure) {
        public boolean won() {
            return failure == null;
        }
    }

    /** Runs {@code call(i)} for i in 0..n-1, all released by one latch, and waits for every outcome. */
    public static <T> List<Outcome<T>> run(int n, IntFunction<Callable<T>> call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<T> each = call.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                return each.call();
            }));
        }
        start.countDown();
        List<Outcome<T>> outcomes = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                outcomes.add(outcome(future));
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private static <T> Outcome<T> outcome(Future<T> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(60, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            return new Outcome<>(null, e);
        }
    }
}
