package org.triglot.ui;

import javax.swing.SwingUtilities;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the Event Dispatch Thread is blocked: a daemon thread posts a tiny event 10 ms after the last one
 * ran, and the gap between two runs beyond those 10 ms counts as blocked. Counting the gap rather than only how late
 * an event runs also catches what stops every thread at once (a garbage-collection pause while the probe was waiting
 * to post), which a user feels just the same. The screenshot mode reports the longest block.
 */
final class EdtMonitor {
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
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
        Thread t = new Thread(m::loop, "triglot-edt-monitor");
        t.setDaemon(true);
        t.start();
        return m;
    }

    private static final long PERIOD_NANOS = 10_000_000L;
    /** When the probe last ran on the EDT (0: not since the last reset). */
    private final AtomicLong lastRun = new AtomicLong();
    private volatile long resetAt = Long.MIN_VALUE;

    private void loop() {
        while (running) {
            long posted = System.nanoTime();
            Object done = new Object();
            boolean[] ran = {false};
            SwingUtilities.invokeLater(() -> {
                long now = System.nanoTime();
                long previous = lastRun.getAndSet(now);
                // After a reset, a probe posted before it counts only from the reset: the wait before belongs to what
                // the reset left out (building the window).
                long blocked = previous == 0 ? now - Math.max(posted, resetAt) : now - previous - PERIOD_NANOS;
                longestNanos.accumulateAndGet(blocked, Math::max);
                if (blocked > 100_000_000L) {
                    stalls.incrementAndGet();
                    if (TRACE) {
                        System.err.printf("EDT was blocked %d ms, until %d ms after the JVM started%n", blocked / 1_000_000L,
                                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
                    }
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
                System.err.printf("EDT event %d ms, ended %d ms after the JVM started (at %tT.%<tL): %s%n", ms,
                        now - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(), now,
                        what.length() > 200 ? what.substring(0, 200) : what);
            }
        }
    }

    /** Restarts the count, e.g. once the window is up, so start-up work before the first frame is not counted. */
    void reset() {
        resetAt = System.nanoTime();
        lastRun.set(0);
        longestNanos.set(0);
        stalls.set(0);
    }

    long longestMillis() {
        return longestNanos.get() / 1_000_000L;
    }

    long stallsOver100ms() {
        return stalls.get();
    }

    void stop() {
        running = false;
    }
}
