package org.triglot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs the window in a second JVM started with the collector settings in {@code triglot-window.vmoptions}. A
 * {@code java -jar} command cannot choose its own garbage collector, and the default one stops every thread for
 * 150–290 ms at a time while a 2,000-sentence document is aligned, which freezes the window just as long. The first
 * JVM only waits for the second and passes on its exit code.
 *
 * <p>Nothing is relaunched when the user already chose a collector or heap on the command line or attached a debugger
 * or agent, when this is the second JVM, or with {@code -Dtriglot.sameJvm=true}; if the second JVM cannot be started
 * the window opens here.
 */
final class WindowJvm {
    static final String CHILD = "triglot.windowJvm";
    /** When the first JVM started (epoch ms), so the window can say how long the user waited. */
    static final String STARTED = "triglot.startedAt";

    private WindowJvm() {
    }

    /** The window's exit code from the second JVM, or empty to open the window in this one. */
    static OptionalInt relaunch(String[] args) {
        List<String> mine = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (System.getProperty(CHILD) != null || Boolean.getBoolean("triglot.sameJvm") || keepsThisJvm(mine)) {
            return OptionalInt.empty();
        }
        List<String> options = options().stream().filter(WindowJvm::supported).toList();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path");
        if (options.isEmpty() || !Files.isExecutable(java) || classPath == null || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.addAll(mine); // the user's -D and -X settings, after ours so theirs win
        command.add("-D" + CHILD + "=true");
        command.add("-D" + STARTED + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(child::destroy, "triglot-stop-window");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /**
     * Whether the JVM's own arguments already pick a collector or a heap size, or attach a tool (a debugger, an agent)
     * that wants this JVM and would fail in a second one on the same port.
     */
    static boolean keepsThisJvm(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.matches("-XX:[+-]Use\\w*GC") || a.startsWith("-Xmx") || a.startsWith("-Xmn")
                || a.startsWith("-XX:MaxGCPauseMillis") || a.startsWith("-agentlib:") || a.startsWith("-agentpath:")
                || a.startsWith("-javaagent:") || a.startsWith("-Xrunjdwp"));
    }

    /**
     * Whether this JVM knows the -XX option (builds without Shenandoah exist): a second JVM given an unknown option would
     * refuse to start, and the window with it.
     */
    static boolean supported(String option) {
        if (!option.startsWith("-XX:")) {
            return true;
        }
        String name = option.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*$", "");
        try {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption(name);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The options of the bundled file, one per line; # starts a comment. */
    static List<String> options() {
        List<String> out = new ArrayList<>();
        try (InputStream in = WindowJvm.class.getResourceAsStream("/triglot-window.vmoptions")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
