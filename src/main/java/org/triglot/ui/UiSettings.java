package org.triglot.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The user's preferences (theme, text size, window language, extra glossaries), kept in
 * {@code settings.properties} in Triglot's home folder ({@code -Dtriglot.home}, else {@code ~/.triglot}).
 */
public record UiSettings(Theme theme, int fontSize, String language, List<Path> glossaries) {
    public enum Theme { SYSTEM, LIGHT, DARK }

    public static final UiSettings DEFAULTS = new UiSettings(Theme.SYSTEM, 14, "system", List.of());
    private static final String FILE = "settings.properties";

    public UiSettings {
        glossaries = List.copyOf(glossaries);
        fontSize = Math.max(9, Math.min(32, fontSize));
    }

    /** Triglot's home folder, shared with the project store (autosaves, recent projects). */
    public static Path home() {
        return org.triglot.app.ProjectStore.defaultHome();
    }

    /** The settings saved last time; defaults for a first run or an unreadable file (the file is left alone). */
    public static UiSettings load(Path home) {
        Path f = home.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULTS;
        }
        Theme theme;
        try {
            theme = Theme.valueOf(p.getProperty("theme", "SYSTEM").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            theme = Theme.SYSTEM;
        }
        int size;
        try {
            size = Integer.parseInt(p.getProperty("fontSize", "14").strip());
        } catch (NumberFormatException e) {
            size = 14;
        }
        List<Path> gl = new ArrayList<>();
        for (String s : p.getProperty("glossaries", "").split("\n")) {
            if (!s.isBlank()) {
                gl.add(Path.of(s.strip()));
            }
        }
        return new UiSettings(theme, size, p.getProperty("language", "system"), gl);
    }

    public void save(Path home) throws IOException {
        Files.createDirectories(home);
        Properties p = new Properties();
        p.setProperty("theme", theme.name());
        p.setProperty("fontSize", Integer.toString(fontSize));
        p.setProperty("language", language);
        p.setProperty("glossaries", String.join("\n", glossaries.stream().map(Path::toString).toList()));
        Path tmp = Files.createTempFile(home, "settings", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Triglot preferences");
        }
        Files.move(tmp, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The window language: the saved choice, or the system's when it is Chinese or Russian, else English. */
    public Locale locale() {
        String l = "system".equals(language) ? Locale.getDefault().getLanguage() : language;
        return switch (l) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "ru" -> Locale.forLanguageTag("ru");
            default -> Locale.ENGLISH;
        };
    }

    public UiSettings withTheme(Theme t) {
        return new UiSettings(t, fontSize, language, glossaries);
    }
}
