package org.triglot.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's Chinese and Russian text has every English key, keeps its arguments, and is really translated. */
class MessagesBundleTest {
    private static final String ENGLISH = "/i18n/Messages.properties";
    private static final String CHINESE = "/i18n/Messages_zh.properties";
    private static final String RUSSIAN = "/i18n/Messages_ru.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*\\}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath", resource).isNotNull();
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    private static Map<String, Properties> translations() throws IOException {
        Map<String, Properties> m = new LinkedHashMap<>();
        m.put(CHINESE, load(CHINESE));
        m.put(RUSSIAN, load(RUSSIAN));
        return m;
    }

    private static List<String> placeholders(String value) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Properties> t : translations().entrySet()) {
            Set<String> keys = t.getValue().stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                problems.add(t.getKey() + ": missing " + missing + ", extra " + extra);
            }
        }
        assertThat(problems).as("keys that differ from %s", ENGLISH).isEmpty();
    }

    @Test
    void everyTranslationKeepsTheEnglishPlaceholders() throws IOException {
        Properties english = load(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Properties> t : translations().entrySet()) {
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String value = t.getValue().getProperty(key);
                if (value == null) {
                    continue; // reported by everyBundleHasTheSameKeys
                }
                List<String> expected = placeholders(english.getProperty(key));
                List<String> actual = placeholders(value);
                if (!expected.equals(actual)) {
                    problems.add(t.getKey() + " " + key + ": English has " + expected + ", translation has " + actual);
                }
            }
        }
        assertThat(problems).as("placeholders that differ from English").isEmpty();
    }

    @Test
    void noValueIsBlank() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        bundles.put(ENGLISH, load(ENGLISH));
        bundles.putAll(translations());
        List<String> blank = new ArrayList<>();
        bundles.forEach((name, p) -> new TreeSet<>(p.stringPropertyNames()).stream()
                .filter(k -> p.getProperty(k).isBlank())
                .forEach(k -> blank.add(name + " " + k)));
        assertThat(blank).as("keys with a blank value").isEmpty();
    }

    @Test
    void chineseBundleIsWrittenInHanCharacters() throws IOException {
        assertMostValuesUse(load(CHINESE), HAN, "Han characters");
    }

    @Test
    void russianBundleIsWrittenInCyrillic() throws IOException {
        assertMostValuesUse(load(RUSSIAN), CYRILLIC, "Cyrillic");
    }

    @Test
    void aCopiedEnglishBundleWouldNotPassForATranslation() throws IOException {
        Properties english = load(ENGLISH);
        assertThat(share(english, HAN)).isLessThan(0.8);
        assertThat(share(english, CYRILLIC)).isLessThan(0.8);
    }

    private static double share(Properties p, Pattern script) {
        Set<String> keys = p.stringPropertyNames();
        long written = keys.stream().filter(k -> script.matcher(p.getProperty(k)).find()).count();
        return keys.isEmpty() ? 0 : (double) written / keys.size();
    }

    private static void assertMostValuesUse(Properties p, Pattern script, String what) {
        List<String> without = new TreeSet<>(p.stringPropertyNames()).stream()
                .filter(k -> !script.matcher(p.getProperty(k)).find())
                .toList();
        assertThat(share(p, script))
                .as("share of values with %s (keys without: %s)", what, without)
                .isGreaterThanOrEqualTo(0.8);
    }
}
