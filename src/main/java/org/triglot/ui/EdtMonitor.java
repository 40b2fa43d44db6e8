package org.triglot.ui;

import javax.swing.SwingUtilities;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the Event Dispatch Thread is blocked: a daemon thread posts a tiny event 10 ms after the last one
 * ran, and how long it waited to run counts as blocked, which is how long a click or a key press would have waited.
 * Garbage-collection pauses stop every thread, the probe's too, so they are counted from the collectors' own
 * reports. (The gap between two runs, counted before, also counted the probe thread itself waiting for a core while
 * the engine loaded on both: gaps of 110-130 ms in which the EDT was idle.) The screenshot mode reports the longest.
 */
final class EdtMonitor {
    private final AtomicLong longestNanos = new AtomicLong();
    /** When the longest block ended (epoch ms), to tell which step of start-up or showing it belonged to. */
    private volatile long longestEndedAt;
    private final AtomicLong stalls = new AtomicLong();
    /** The old measure, for comparison: the longest gap between two probe runs beyond the 10 ms period. */
    private final AtomicLong longestGapNanos = new AtomicLong();
    /** When the probe last ran on the EDT (0: not since the last reset). */
    private final AtomicLong lastRun = new AtomicLong();
    private volatile boolean running = true;

    static EdtMonitor start() {
        EdtMonitor m = new EdtMonitor();
        if (TRACE) {
            java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().push(new TimingQueue());
            SwingUtilities.invokeLater(() -> javax.swing.RepaintManager.setCurrentManager(new javax.swing.RepaintManager() {
                final java.util.List<String> dirty = new java.util.ArrayList<>();
                @Override
                public synchronized void addDirtyRegion(javax.swing.JComponent c, int x, int y, int w, int h) {
                    if (dirty.size() < 12) {
                        dirty.add(c.getClass().getSimpleName() + "[" + w + "x" + h + "]");
                    }
                    super.addDirtyRegion(c, x, y, w, h);
                }
                @Override
                public void paintDirtyRegions() {
                    String d;
                    synchronized (this) {
                        d = String.join(" ", dirty);
                        dirty.clear();
                    }
                    long t0 = System.nanoTime();
                    super.paintDirtyRegions();
                    long ms = (System.nanoTime() - t0) / 1_000_000L;
                    if (ms >= 20) {
                        System.err.println("EDT paint " + ms + " ms of " + d);
                    }
                }
            }));
        }
        if (TRACE) {
            // The trace's own printf would otherwise load the locale data on the EDT, the first time, and be counted.
            String.format("%d %tT.%<tL", 1, System.currentTimeMillis());
            Sampler.INSTANCE.start();
        }
        m.watchCollections();
        Thread t = new Thread(m::loop, "triglot-edt-monitor");
        t.setDaemon(true);
        t.start();
        return m;
    }

    private static final long PERIOD_NANOS = 10_000_000L;
    private volatile long resetAt = Long.MIN_VALUE;

    /** Counts each collector pause (not the concurrent work of a collector's cycles) as a block. */
    private void watchCollections() {
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (!(gc instanceof javax.management.NotificationEmitter emitter) || name.contains("Cycles") || name.contains("Concurrent")) {
                continue;
            }
            emitter.addNotificationListener((n, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
                long pauseNanos = info.getGcInfo().getDuration() * 1_000_000L;
                count(pauseNanos, "a " + name + " pause");
            }, null, null);
        }
    }

    private void count(long blocked, String what) {
        if (blocked > longestNanos.getAndAccumulate(blocked, Math::max)) {
            longestEndedAt = System.currentTimeMillis();
        }
        if (blocked > 100_000_000L) {
            stalls.incrementAndGet();
            if (TRACE) {
                System.err.printf("EDT was blocked %d ms (%s), until %d ms after the JVM started; where it was:%n%s", blocked / 1_000_000L, what,
                        System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(),
                        Sampler.INSTANCE.summary(System.nanoTime() - blocked, System.nanoTime()));
            }
        }
    }

    private void loop() {
        while (running) {
            long posted = System.nanoTime();
            Object done = new Object();
            boolean[] ran = {false};
            SwingUtilities.invokeLater(() -> {
                // After a reset, a probe posted before it counts only from the reset: the wait before belongs to what
                // the reset left out (building the window).
                long now = System.nanoTime();
                count(now - Math.max(posted, resetAt), "the probe's wait");
                long previous = lastRun.getAndSet(now);
                if (previous != 0) {
                    longestGapNanos.accumulateAndGet(now - previous - PERIOD_NANOS, Math::max);
                }
                synchronized (done) {
                    ran[0] = true;
                    done.notifyAll();
                }
            });
            synchronized (done) {
                while (!ran[0] && running) {
                    try {
                        done.wait(TRACE ? 50 : 1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (TRACE && !ran[0] && System.nanoTime() - posted > 100_000_000L) {
                        traceEdt();
                    }
                }
            }
            try {
                Thread.sleep(PERIOD_NANOS / 1_000_000L);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** With -Dtriglot.edtTrace=true, prints what the EDT is doing whenever it has been blocked for 100 ms. */
    private static final boolean TRACE = Boolean.getBoolean("triglot.edtTrace");

    private static void traceEdt() {
        for (var e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith("AWT-EventQueue")) {
                StringBuilder sb = new StringBuilder("EDT blocked for over 100 ms, now at:\n");
                for (int i = 0; i < Math.min(40, e.getValue().length); i++) {
                    sb.append("    at ").append(e.getValue()[i]).append('\n');
                }
                System.err.print(sb);
            }
        }
    }

    /**
     * With tracing on, samples the EDT's stack every 2 ms, so a block over 100 ms can be told apart by what the EDT
     * did during it (a stack printed once, at one moment, shows only one of the parts).
     */
    private static final class Sampler {
        static final Sampler INSTANCE = new Sampler();
        private static final int SIZE = 4096;
        private final long[] at = new long[SIZE];
        private final String[] where = new String[SIZE];
        private int next;

        void start() {
            Thread t = new Thread(() -> {
                Thread edt = null;
                while (true) {
                    if (edt == null || !edt.isAlive()) {
                        edt = Thread.getAllStackTraces().keySet().stream()
                                .filter(th -> th.getName().startsWith("AWT-EventQueue")).findFirst().orElse(null);
                    }
                    if (edt != null) {
                        String w = signature(edt.getStackTrace());
                        synchronized (this) {
                            at[next % SIZE] = System.nanoTime();
                            where[next % SIZE] = w;
                            next++;
                        }
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "triglot-edt-sampler");
            t.setDaemon(true);
            t.start();
        }

        /** The outermost few frames that name a part of Triglot or a look-and-feel painter, and the innermost frame. */
        private static String signature(StackTraceElement[] stack) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (int i = stack.length - 1; i >= 0 && parts.size() < 4; i--) {
                String c = stack[i].getClassName();
                if (c.startsWith("org.triglot") && !c.contains("EdtMonitor") || c.endsWith("UI") && stack[i].getMethodName().startsWith("paint")) {
                    parts.add(c.substring(c.lastIndexOf('.') + 1) + "." + stack[i].getMethodName());
                }
            }
            if (stack.length > 0) {
                parts.add("… " + stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1) + "." + stack[0].getMethodName());
            }
            return String.join(" > ", parts);
        }

        synchronized String summary(long from, long to) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (int i = Math.max(0, next - SIZE); i < next; i++) {
                if (at[i % SIZE] >= from && at[i % SIZE] <= to) {
                    counts.merge(where[i % SIZE], 1, Integer::sum);
                }
            }
            StringBuilder sb = new StringBuilder();
            counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> sb.append(String.format("    %3d samples  %s%n", e.getValue(), e.getKey())));
            return sb.toString();
        }
    }

    /** With tracing on, prints every event that held the EDT for over 20 ms, to find what a block was made of. */
    private static final class TimingQueue extends java.awt.EventQueue {
        @Override
        protected void dispatchEvent(java.awt.AWTEvent event) {
            long t0 = System.nanoTime();
            super.dispatchEvent(event);
            long ms = (System.nanoTime() - t0) / 1_000_000L;
            if (ms >= 20) {
                String what = event instanceof java.awt.event.InvocationEvent ie ? ie.paramString() : event.getClass().getSimpleName() + " " + event.paramString();
                long now = System.currentTimeMillis();
                System.err.printf("EDT event %d ms, ended %d ms after the JVM started (at %tT.%<tL): %s%n%s", ms,
                        now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(), now,
                        what.length() > 200 ? what.substring(0, 200) : what,
                        ms >= 40 ? Sampler.INSTANCE.summary(t0, System.nanoTime()) : "");
            }
        }
    }

    /** Restarts the count, e.g. once the window is up, so start-up work before the first frame is not counted. */
    void reset() {
        resetAt = System.nanoTime();
        longestNanos.set(0);
        longestGapNanos.set(0);
        lastRun.set(0);
        stalls.set(0);
    }

    /**
     * What was measured since the last reset: the longest block, when it ended (ms after {@code since}, epoch ms), the
     * longest gap between two probe runs (the earlier measure) and how many blocks went over 100 ms.
     */
    record Phase(long longestMillis, long endedAfterMillis, long gapMillis, long stallsOver100ms) {
    }

    Phase phase(long since) {
        return new Phase(longestNanos.get() / 1_000_000L, longestEndedAt - since, longestGapNanos.get() / 1_000_000L, stalls.get());
    }

    void stop() {
        running = false;
    }
}
