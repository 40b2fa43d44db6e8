package org.triglot.compare;

import org.triglot.model.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a flag's {@link Reason} into words in English, Simplified Chinese or Russian, from the templates in
 * {@code resources/compare/reasons*.properties} ({@link MessageFormat}, arguments as text). The templates live with the
 * engine, not in the window's bundle, so the command line and the exports share the English and the engine needs no UI.
 */
public final class ReasonText {
    /** The languages with templates; the first is the one every reason is first written in. */
    public static final List<String> LANGUAGES = List.of("en", "zh", "ru");
    /**
     * The key of a glossary term given in every language (arguments: English, Chinese, Russian form): each language
     * shows its own form, or the English when the glossary has none. Rendered here rather than by a template, since a
     * template must use every argument.
     */
    static final String FORMS = "term.forms";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static volatile Map<String, Properties> templates;

    private ReasonText() {
    }

    /** The English sentence; an unknown key or a wrong number of arguments is a bug of the check that made it. */
    static String english(Reason r) {
        return render(r, Locale.ENGLISH).orElseThrow(() -> new IllegalStateException("no English template fits the reason " + r));
    }

    /**
     * The reason in the language of {@code locale} (English unless it is Chinese or Russian); empty when some key has
     * no template or gets another number of arguments than its template takes (a project written by a newer Triglot),
     * so the caller can show the stored English instead.
     */
    public static Optional<String> render(Reason r, Locale locale) {
        Properties own = all().get(language(locale));
        Properties en = all().get("en");
        try {
            return Optional.of(words(r, language(locale), own, en));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String words(Reason r, String lang, Properties own, Properties en) {
        if (r instanceof Reason.Text t) {
            return t.text();
        }
        Reason.Message m = (Reason.Message) r;
        if (m.key().equals(FORMS)) {
            if (m.args().size() != LANGUAGES.size()) {
                throw new IllegalArgumentException(FORMS + " takes " + LANGUAGES.size() + " forms, not " + m.args().size());
            }
            String mine = words(m.args().get(LANGUAGES.indexOf(lang)), lang, own, en);
            return mine.isBlank() ? words(m.args().get(0), lang, own, en) : mine;
        }
        String template = own.getProperty(m.key(), en.getProperty(m.key()));
        if (template == null) {
            throw new IllegalArgumentException("no template for " + m.key());
        }
        if (arguments(template).size() != m.args().size()) {
            throw new IllegalArgumentException(m.key() + " takes " + arguments(template).size() + " arguments, not " + m.args().size());
        }
        Object[] args = new Object[m.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = words(m.args().get(i), lang, own, en);
        }
        // Every argument is already text (numbers were formatted by the check), so the format's locale changes nothing.
        return new MessageFormat(template, Locale.ROOT).format(args);
    }

    /** "zh" for any Chinese locale, "ru" for Russian, else "en". */
    static String language(Locale locale) {
        String l = locale == null ? "en" : locale.getLanguage();
        return LANGUAGES.contains(l) ? l : "en";
    }

    /** The keys with a template in {@code language} ("en", "zh", "ru"). */
    public static Set<String> keys(String language) {
        return new TreeSet<>(all().get(language).stringPropertyNames());
    }

    /** The template of {@code key} in {@code language}, or null. */
    public static String template(String language, String key) {
        return all().get(language).getProperty(key);
    }

    /** The argument numbers a template uses ({0}, {1}…), each once, in order. */
    public static Set<Integer> arguments(String template) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(template);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static Map<String, Properties> all() {
        Map<String, Properties> t = templates;
        if (t == null) {
            List<Properties> loaded = new ArrayList<>();
            for (String l : LANGUAGES) {
                loaded.add(load(l.equals("en") ? "/compare/reasons.properties" : "/compare/reasons_" + l + ".properties"));
            }
            t = Map.of("en", loaded.get(0), "zh", loaded.get(1), "ru", loaded.get(2));
            templates = t;
        }
        return t;
    }

    private static Properties load(String resource) {
        try (InputStream in = ReasonText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the reason templates " + resource + " are missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reason templates " + resource, e);
        }
    }
}
