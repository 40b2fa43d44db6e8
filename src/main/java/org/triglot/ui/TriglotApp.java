package org.triglot.ui;


import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the window. With no arguments it opens on the bundled sample; {@code --screenshot FILE.png} also writes a
 * picture of the window once the sample is aligned and compared, prints how long the window was ever blocked, and
 * exits; {@code --versions FILE…} opens those files instead of the sample; {@code --theme light|dark}.
 */
public final class TriglotApp {
    private TriglotApp() {
    }

    /** True when the arguments ask for the window (none, or only the window's own switches). */
    public static boolean wantsWindow(String[] args) {
        return args.length == 0 || args[0].equals("--screenshot") || args[0].equals("--versions") || args[0].equals("--theme")
                || args[0].equals("--project");
    }

    public static int launch(String[] args) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("Triglot: there is no display to open the window on (headless). Run it on a desktop, or under xvfb-run, "
                    + "or use a command such as 'compare' (see --help).");
            return 3;
        }
        Path screenshot = null;
        Path project = null;
        String theme = null;
        List<Path> versions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--screenshot" -> screenshot = Path.of(need(args, ++i, "--screenshot FILE.png"));
                case "--theme" -> theme = need(args, ++i, "--theme light|dark");
                case "--project" -> project = Path.of(need(args, ++i, "--project FILE.triglot"));
                case "--versions" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        versions.add(Path.of(args[++i]));
                    }
                }
                default -> {
                    System.err.println("Triglot: unknown window option " + args[i]);
                    return 2;
                }
            }
        }
        UiSettings settings = UiSettings.load(UiSettings.home());
        if (theme != null) {
            settings = settings.withTheme(theme.equalsIgnoreCase("dark") ? UiSettings.Theme.DARK : UiSettings.Theme.LIGHT);
        }
        Messages.setLocale(settings.locale());
        Themes.install(settings.theme());
        EdtMonitor monitor = EdtMonitor.start();
        EdtMonitor.Phase[] startup = {null};
        long[] visibleAfter = {0};
        Path shot = screenshot;
        Path proj = project;
        UiSettings s = settings;
        SwingUtilities.invokeLater(() -> {
            MainWindow w = new MainWindow(s);
            w.show();
            visibleAfter[0] = System.currentTimeMillis() - jvmStart();
            monitor.reset();
            w.afterFirstPaint(() -> w.warmUpEngine(() -> {
                startup[0] = monitor.phase(jvmStart());
                monitor.reset();
                if (shot != null) {
                    w.tasks.onIdle(() -> afterLoad(w, shot, monitor, startup[0], visibleAfter[0]));
                }
                if (proj != null) {
                    w.actions.openProject(proj);
                } else if (!versions.isEmpty()) {
                    w.actions.buildComparison(versions, null, null);
                } else if (shot != null || !w.edits.offerRecovery()) {
                    w.openSample();
                }
            }));
        });
        if (screenshot != null) {
            Timer guard = new Timer(600_000, e -> {
                System.err.println("Triglot: the sample was not shown within 10 minutes; no screenshot written.");
                System.exit(1);
            });
            guard.setRepeats(false);
            guard.start();
        }
        return -1;
    }

    /** When the JVM the user launched started (epoch ms); it may have started this one with the window's options. */
    private static long jvmStart() {
        return Long.getLong("triglot.startedAt", java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private static String need(String[] args, int i, String usage) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value: " + usage);
        }
        return args[i];
    }

    /** Waits for the row heights to settle (they are measured in slices), then paints the window into a PNG. */
    private static void afterLoad(MainWindow w, Path file, EdtMonitor monitor, EdtMonitor.Phase startup, long visibleMillis) {
        Timer t = new Timer(1500, e -> {
            // Measured before the picture is written: encoding the PNG is the screenshot's work, not the user's.
            EdtMonitor.Phase showing = monitor.phase(jvmStart());
            String edt = "Window visible " + visibleMillis + " ms after the JVM started. Event Dispatch Thread: longest block while the engine loaded "
                    + startup.longestMillis() + " ms (ended " + startup.endedAfterMillis() + " ms after the start; gap " + startup.gapMillis()
                    + " ms); after it, while aligning, comparing and showing: " + showing.longestMillis() + " ms (ended " + showing.endedAfterMillis()
                    + " ms; " + showing.stallsOver100ms() + " blocks over 100 ms; longest gap between two probe runs " + showing.gapMillis() + " ms)";
            try {
                BufferedImage img = new BufferedImage(w.frame.getWidth(), w.frame.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                w.frame.getRootPane().paint(g);
                g.dispose();
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ImageIO.write(img, "png", file.toFile());
                System.out.println("Screenshot written to " + file + " (" + img.getWidth() + "×" + img.getHeight() + "); "
                        + w.status.message());
                System.out.println(edt);
                System.exit(0);
            } catch (IOException ex) {
                System.err.println("Triglot: could not write the screenshot " + file + ": " + ex.getMessage());
                System.exit(1);
            }
        });
        t.setRepeats(false);
        t.start();
    }
}
