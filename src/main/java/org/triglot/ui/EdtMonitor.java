package org.triglot.ui;

import javax.swing.SwingUtilities;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the Event Dispatch Thread is blocked: a daemon thread posts a tiny event every 10 ms and notes
 * how late it runs. The longest delay is what a user feels as a frozen window; the screenshot mode reports it.
 */
final class EdtMonitor {
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
    private volatile boolean running = true;

    static EdtMonitor start() {
        EdtMonitor m = new EdtMonitor();
        Thread t = new Thread(m::loop, "triglot-edt-monitor");
        t.setDaemon(true);
        t.start();
        return m;
    }

    private void loop() {
        while (running) {
            long posted = System.nanoTime();
            Object done = new Object();
            boolean[] ran = {false};
            SwingUtilities.invokeLater(() -> {
                long delay = System.nanoTime() - posted;
                longestNanos.accumulateAndGet(delay, Math::max);
                if (delay > 100_000_000L) {
                    stalls.incrementAndGet();
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
                Thread.sleep(10);
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

    /** Restarts the count, e.g. once the window is up, so start-up work before the first frame is not counted. */
    void reset() {
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
