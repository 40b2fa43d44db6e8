package org.triglot.app;

import org.triglot.export.ExportException;
import org.triglot.export.Exports;
import org.triglot.export.ProjectFile;
import org.triglot.model.Comparison;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The window's memory between runs, in a home folder ({@code -Dtriglot.home}, else {@code ~/.triglot}): autosaves of
 * open comparisons ({@code autosave/<id>.triglot} with a note {@code <id>.properties} saying which project file it
 * belongs to, when and by which run it was written), the autosaves a run left when it did not exit cleanly, and the
 * recent-projects list ({@code recent.txt}, UTF-8, one path a line, most recent first). How often to autosave is the
 * caller's choice; every write is atomic.
 */
public final class ProjectStore {
    public static final int RECENT_LIMIT = 10;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String NOTE = ".properties";
    private static final String DATA = "." + ProjectFile.EXTENSION;

    private final Path home;
    private final String run;
    private final Predicate<String> running;
    private final Clock clock;

    /** A store in {@code home} for this process. */
    public ProjectStore(Path home) {
        this(home, thisRun(), ProjectStore::isRunning, Clock.systemUTC());
    }

    /** For tests: {@code run} names the writing run, {@code running} says whether a run is still alive. */
    ProjectStore(Path home, String run, Predicate<String> running, Clock clock) {
        this.home = home.toAbsolutePath().normalize();
        this.run = run;
        this.running = running;
        this.clock = clock;
    }

    /** The store in {@link #defaultHome()}. */
    public static ProjectStore standard() {
        return new ProjectStore(defaultHome());
    }

    /** {@code -Dtriglot.home} when set, else {@code .triglot} in the user's home folder. */
    public static Path defaultHome() {
        String set = System.getProperty("triglot.home");
        return set != null && !set.isBlank() ? Path.of(set) : Path.of(System.getProperty("user.home"), ".triglot");
    }

    public Path home() {
        return home;
    }

    /** A fresh autosave id for a comparison the window opens or creates. */
    public static String newAutosaveId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Writes the comparison as {@code autosave/<id>.triglot}, then its note; {@code project} is the file it belongs
     * to, or null when it was never saved.
     */
    public void autosave(String id, Comparison c, Path project) throws StoreException {
        requireId(id);
        Path data = autosaveDir().resolve(id + DATA);
        try {
            ProjectFile.write(c, data);
        } catch (ExportException e) {
            throw new StoreException("store.write", data, "Triglot could not autosave to " + data + " (" + e.getMessage()
                    + "); check that the folder is writable and the disk is not full.", e);
        }
        Properties note = new Properties();
        note.setProperty("project", project == null ? "" : project.toAbsolutePath().normalize().toString());
        note.setProperty("savedAt", clock.instant().toString());
        note.setProperty("run", run);
        note.setProperty("title", String.join(" · ", c.labels()));
        StringWriter w = new StringWriter();
        try {
            note.store(w, "Triglot autosave of " + id + DATA);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        write(autosaveDir().resolve(id + NOTE), w.toString());
    }

    /**
     * The autosaves of runs that are no longer running (they crashed or were killed), newest first; this run's own
     * and those of another open window are left out. A damaged autosave is listed with its problem, never deleted.
     */
    public List<Autosave> recoverable() throws StoreException {
        List<Autosave> out = new ArrayList<>();
        for (String id : ids()) {
            Autosave a = inspect(id);
            if (a != null) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(Autosave::savedAt).reversed().thenComparing(Autosave::id));
        return out;
    }

    /** The ids of the autosave files and notes in the autosave folder. */
    private Set<String> ids() throws StoreException {
        Path dir = autosaveDir();
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                for (String ext : List.of(DATA, NOTE)) {
                    String id = name.endsWith(ext) ? name.substring(0, name.length() - ext.length()) : "";
                    if (ID.matcher(id).matches()) {
                        ids.add(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("store.read", dir, "Triglot could not list its autosaves in " + dir + " ("
                    + e.getMessage() + ").", e);
        }
        return ids;
    }

    /** Reads an autosave back. */
    public Comparison recover(Autosave a) throws StoreException {
        try {
            return ProjectFile.read(a.file());
        } catch (ExportException e) {
            throw new StoreException("store.badAutosave", a.file(), damaged(a.file(), e), e);
        }
    }

    /** Deletes an autosave and its note: after a clean exit, a save, or when the user declines to recover it. */
    public void discard(String id) throws StoreException {
        requireId(id);
        for (String ext : List.of(NOTE, DATA)) {
            Path f = autosaveDir().resolve(id + ext);
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new StoreException("store.delete", f, "Triglot could not delete the old autosave " + f + " ("
                        + e.getMessage() + "); delete it by hand.", e);
            }
        }
    }

    /** Deletes every autosave this run wrote, for a clean exit (the window need not remember closed comparisons' ids). */
    public void discardThisRun() throws StoreException {
        for (String id : ids()) {
            Path notePath = autosaveDir().resolve(id + NOTE);
            Properties note = new Properties();
            try {
                note.load(new StringReader(decode(notePath)));
            } catch (IOException | IllegalArgumentException e) {
                // No note, or one that cannot be read: not provably ours, so it stays for the recovery offer, which reports it.
                continue;
            }
            if (run.equals(note.getProperty("run"))) {
                discard(id);
            }
        }
    }

    /** The recent projects that still exist, most recent first, at most {@value #RECENT_LIMIT}. */
    public List<Path> recentProjects() throws StoreException {
        return readRecent().stream().filter(Files::isRegularFile).limit(RECENT_LIMIT).toList();
    }

    /** Puts a project first in the recent list (once), dropping files that are gone and the oldest beyond the limit. */
    public void addRecent(Path project) throws StoreException {
        Path p = project.toAbsolutePath().normalize();
        Set<Path> list = new LinkedHashSet<>();
        list.add(p);
        readRecent().stream().filter(Files::isRegularFile).forEach(list::add);
        StringBuilder text = new StringBuilder();
        list.stream().limit(RECENT_LIMIT).forEach(f -> text.append(f).append('\n'));
        write(recentFile(), text.toString());
    }

    private List<Path> readRecent() throws StoreException {
        Path f = recentFile();
        String text;
        try {
            text = decode(f);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (CharacterCodingException e) {
            throw new StoreException("store.recentNotUtf8", f, f + " is not UTF-8; delete it (it only lists recent projects).", e);
        } catch (IOException e) {
            throw new StoreException("store.read", f, "Triglot could not read its recent projects from " + f + " ("
                    + e.getMessage() + ").", e);
        }
        List<Path> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                try {
                    out.add(Path.of(s).toAbsolutePath().normalize());
                } catch (InvalidPathException e) {
                    // A line that names no file on this system (a list copied from another one) is a missing file.
                }
            }
        }
        return out;
    }

    /** The autosave with this id, or null when it belongs to a run that is still going. */
    private Autosave inspect(String id) {
        Path data = autosaveDir().resolve(id + DATA);
        Path notePath = autosaveDir().resolve(id + NOTE);
        Properties note = new Properties();
        String problem = null;
        if (Files.exists(notePath)) {
            try {
                note.load(new StringReader(decode(notePath)));
            } catch (IOException | IllegalArgumentException e) {
                problem = "The note " + notePath + " of an autosave cannot be read (" + e.getMessage() + "); the autosave is kept in " + data + ".";
            }
        }
        String writer = note.getProperty("run", "");
        if (!writer.isEmpty() && (writer.equals(run) || running.test(writer))) {
            return null;
        }
        Instant savedAt = savedAt(note, data, notePath);
        String projectName = note.getProperty("project", "");
        Optional<Path> project = Optional.empty();
        if (!projectName.isEmpty()) {
            try {
                project = Optional.of(Path.of(projectName));
            } catch (InvalidPathException e) {
                problem = "The note " + notePath + " names a project file this system cannot open (" + projectName + ").";
            }
        }
        String title = note.getProperty("title", "");
        if (problem == null) {
            if (!Files.exists(data)) {
                problem = "The autosave " + id + " from " + savedAt + " has lost its comparison file " + data + "; discard it.";
            } else {
                try {
                    Comparison c = ProjectFile.read(data);
                    title = title.isEmpty() ? String.join(" · ", c.labels()) : title;
                } catch (ExportException e) {
                    problem = damaged(data, e);
                }
            }
        }
        return new Autosave(id, data, project, savedAt, title, Optional.ofNullable(problem));
    }

    private static Instant savedAt(Properties note, Path data, Path notePath) {
        try {
            return Instant.parse(note.getProperty("savedAt", ""));
        } catch (DateTimeParseException e) {
            // An old or broken note: the file's own time is the next best answer to "when".
            for (Path f : List.of(data, notePath)) {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException ignored) {
                    // try the other file
                }
            }
            return Instant.EPOCH;
        }
    }

    private static String damaged(Path data, ExportException e) {
        return "The autosave " + data + " is damaged (" + e.getMessage() + "); it is kept so nothing is lost, discard it when you no longer need it.";
    }

    private Path autosaveDir() {
        return home.resolve("autosave");
    }

    private Path recentFile() {
        return home.resolve("recent.txt");
    }

    private static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not an autosave id (1 to 64 letters, digits, '-' or '_').");
        }
    }

    private static void write(Path file, String text) throws StoreException {
        try {
            Exports.writeAtomically(file, text);
        } catch (ExportException e) {
            throw new StoreException("store.write", file, "Triglot could not write " + file + " (" + e.getMessage()
                    + "); check that the folder is writable and the disk is not full.", e);
        }
    }

    private static String decode(Path f) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
    }

    private static String thisRun() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "@" + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** A run is alive when its process is, and (where the system says) was started at the same moment. */
    private static boolean isRunning(String run) {
        int at = run.indexOf('@');
        try {
            long pid = Long.parseLong(at < 0 ? run : run.substring(0, at));
            long start = at < 0 ? 0 : Long.parseLong(run.substring(at + 1));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> start == 0 || h.info().startInstant().map(i -> i.toEpochMilli() == start).orElse(true))
                    .isPresent();
        } catch (NumberFormatException e) {
            return false; // a note from elsewhere names no process here
        }
    }
}
