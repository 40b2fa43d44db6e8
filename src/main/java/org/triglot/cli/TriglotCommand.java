package org.triglot.cli;

import org.triglot.app.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;

/** The {@code triglot} command: subcommands over the {@link Workbench} facade. */
@Command(name = "triglot", mixinStandardHelpOptions = true, versionProvider = TriglotCommand.Version.class,
        description = "Aligns and compares the Chinese, Russian and English versions of a diplomatic readout.",
        subcommands = {ImportCommand.class, DemoCommand.class, LookupCommand.class, MatchCommand.class, AlignCommand.class,
                CompareCommand.class, ExportCommand.class, EvalCommand.class, MeasureSplitCommand.class,
                MeasureLexiconCommand.class, MeasureAlignCommand.class, MeasureCompareCommand.class},
        usageHelpAutoWidth = true)
public final class TriglotCommand implements Runnable {
    @Option(names = "--debug", description = "Show full error details (stack traces).", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static Workbench workbench;

    static synchronized Workbench workbench() {
        if (workbench == null) {
            workbench = new Workbench();
        }
        return workbench;
    }

    @Override
    public void run() {
        // No subcommand: until the window exists, show the sample meeting on the command line.
        DemoCommand.show(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new TriglotCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("triglot: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'triglot " + ex.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = c.getParseResult() != null && parsed.hasMatchedOption("--debug")
                    || java.util.Arrays.asList(args).contains("--debug");
            if (ex instanceof CliFailure f) {
                c.getErr().println("triglot: " + f.getMessage());
                if (debug && f.getCause() != null) {
                    f.getCause().printStackTrace(c.getErr());
                }
                return f.exitCode();
            }
            c.getErr().println("triglot: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("Run again with --debug for details.");
            }
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    /** Reads the version from the jar manifest, or says it is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TriglotCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Triglot " + (v == null ? "0.1.0" : v),
                    "Licence GPL-3.0-or-later; bundled data: CC-CEDICT (CC BY-SA 4.0), Mueller en-ru dictionary (GPL-2.0-or-later)."};
        }
    }
}
