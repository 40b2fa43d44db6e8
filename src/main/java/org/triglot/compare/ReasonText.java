package org.triglot.compare;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.triglot.model.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
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
 * {@code resources/compare/reasons*.properties} (ICU {@link MessageFormat}, arguments as text). The templates live with
 * the engine, not in the window's bundle, so the command line and the exports share the English and the engine needs no UI.
 * <p>
 * A template that takes an argument as a number ({@code {0,number}}, {@code {0,plural,…}}) gets the figure written in
 * that argument's text ("20", "1.5") as a number, so it is shown with the language's decimal comma and plural forms
 * (1,5 часа, 5 часов); a plain {@code {0}} shows the text as it is.
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
    /** A figure as the text writes it and as the lexicon read it (see {@link NumberReading}). */
    static final String READ = "number.read";
    /**
     * A name found inside a longer glossary term (arguments: the reason so far, the words of the text, the term): when
     * the term in the reader's language is the text's own words, {@link #IN_SAME_TERM} words it without the repeat.
     */
    static final String IN_TERM = "only.inTerm";
    static final String IN_SAME_TERM = "only.inTerm.same";
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
        String template = template(m.key(), own, en);
        if (arguments(template).size() != m.args().size()) {
            throw new IllegalArgumentException(m.key() + " takes " + arguments(template).size() + " arguments, not " + m.args().size());
        }
        Object[] args = new Object[m.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = words(m.args().get(i), lang, own, en);
        }
        if (m.key().equals(READ) && args[0].equals(args[1])) {
            return (String) args[0]; // "240", not "240 (240)": the reading adds nothing when it is the text itself
        }
        if (m.key().equals(IN_TERM) && ((String) args[1]).equalsIgnoreCase((String) args[2])) {
            // in “Ukraine crisis”, not in “Ukraine crisis”, Ukraine crisis; 在“乌克兰危机”中, not 在“乌克兰危机”（乌克兰危机）中
            return format(template(IN_SAME_TERM, own, en), new Object[] {args[0], args[1]}, lang);
        }
        return format(template, args, lang);
    }

    /** The language's template of {@code key}, else the English one. */
    private static String template(String key, Properties own, Properties en) {
        String template = own.getProperty(key, en.getProperty(key));
        if (template == null) {
            throw new IllegalArgumentException("no template for " + key);
        }
        return template;
    }

    /**
     * The template filled in; the arguments it takes as numbers are parsed from their text (a text that is no number
     * is a bug of the check, or a project file edited by hand, and leaves the reason unrendered).
     */
    private static String format(String template, Object[] args, String lang) {
        Prepared p = PREPARED.computeIfAbsent(lang + '\u0000' + template, k -> prepare(template, lang));
        for (int n : p.numeric()) {
            try {
                args[n] = new BigDecimal((String) args[n]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the argument {" + n + "} of " + template + " is no number: " + args[n], e);
            }
        }
        // A MessageFormat and its number formats keep state while formatting; the compare task and the window share it.
        synchronized (p) {
            return p.format().format(args);
        }
    }

    /** A template parsed once per language: which arguments it takes as numbers, and its format. */
    private record Prepared(Set<Integer> numeric, MessageFormat format) {
    }

    /**
     * Templates by language and text. The flags panel puts every visible flag's reason into words on each paint, and
     * parsing the template twice each time (for its numbers, then to format) was about half of that work: 7.5-10.5 µs
     * per reason before, 4.8-5.5 µs after (a loop of 20,000 tone.oneWay reasons in the three languages, warm).
     */
    private static final Map<String, Prepared> PREPARED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Prepared prepare(String template, String lang) {
        ULocale locale = ULocale.forLanguageTag(lang);
        MessagePattern pattern = new MessagePattern(template);
        Set<Integer> numeric = new HashSet<>();
        // The format elements (top-level arguments, counted from 0 in order) that are a plain {n,number}.
        List<Integer> plainNumbers = new ArrayList<>();
        int open = 0;
        int element = 0;
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                open--;
            }
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            boolean topLevel = open++ == 0;
            if (pattern.getPart(i + 1).getType() != MessagePattern.Part.Type.ARG_NUMBER) {
                throw new IllegalArgumentException("the template " + template + " names an argument instead of numbering it");
            }
            int n = pattern.getPart(i + 1).getValue();
            MessagePattern.ArgType type = part.getArgType();
            if (type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL) {
                numeric.add(n);
            } else if (type == MessagePattern.ArgType.SIMPLE && pattern.getSubstring(pattern.getPart(i + 2)).equals("number")) {
                numeric.add(n);
                if (topLevel && pattern.getPart(i + 3).getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                    plainNumbers.add(element);
                }
            }
            if (topLevel) {
                element++;
            }
        }
        MessageFormat format = new MessageFormat(template, locale);
        for (int e : plainNumbers) {
            // ICU would round to three decimals; a figure is evidence and is shown with every decimal it has.
            NumberFormat all = NumberFormat.getNumberInstance(locale);
            all.setMaximumFractionDigits(30);
            format.setFormat(e, all);
        }
        return new Prepared(Set.copyOf(numeric), format);
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
