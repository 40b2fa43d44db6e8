package org.triglot.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triglot.app.Workbench;
import org.triglot.model.Bead;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Reason;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason templates (resources/compare/reasons*.properties) on the fixtures of fixtures/reasons: complete in the
 * three languages, the English word for word what the checks wrote before they had templates, the Chinese and Russian
 * free of English glue words.
 */
class ReasonTextTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static Workbench wb;

    @BeforeAll
    static void load() {
        wb = new Workbench();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = ReasonTextTest.class.getResourceAsStream("/fixtures/reasons/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document doc(String name) throws Exception {
        return wb.importText(name, resource(name));
    }

    private static List<Flag> flags(String a, String b) throws Exception {
        return wb.compare(doc(a), doc(b), () -> false).flags();
    }

    @Test
    void everyReasonKeyHasATemplateInEveryLanguageWithTheSameArguments() {
        Set<String> keys = ReasonText.keys("en");
        assertThat(keys).isNotEmpty();
        for (String lang : List.of("zh", "ru")) {
            assertThat(ReasonText.keys(lang)).as(lang).isEqualTo(keys);
        }
        for (String key : keys) {
            Set<Integer> args = ReasonText.arguments(ReasonText.template("en", key));
            for (int i = 0; i < args.size(); i++) {
                assertThat(args).as("the arguments of %s are {0}…{n-1}", key).contains(i);
            }
            for (String lang : ReasonText.LANGUAGES) {
                String t = ReasonText.template(lang, key);
                assertThat(ReasonText.arguments(t)).as("%s in %s", key, lang).isEqualTo(args);
                // MessageFormat would swallow a lone apostrophe and everything up to the next one.
                assertThat(t).as("%s in %s", key, lang).doesNotContain("'");
            }
        }
    }

    @Test
    void everyToneCategoryAndEveryLanguageHasANameInTheTemplates() {
        for (ToneLexicon.Concept c : ToneLexicon.bundled().concepts()) {
            assertThat(ReasonText.template("en", "tone." + c.id())).isEqualTo(c.id().replace('_', ' '));
        }
        for (Lang l : Lang.values()) {
            assertThat(ReasonText.template("en", "side." + l.name())).isEqualTo(l.englishName());
        }
    }

    @Test
    void theEnglishIsWordForWordTheReasonTheChecksGaveBeforeTheyHadTemplates() throws Exception {
        for (String[] pair : new String[][]{{"zh.txt", "en.txt", "zh_en.before.tsv"}, {"en.txt", "en-b.txt", "en_en-b.before.tsv"}}) {
            List<Flag> flags = flags(pair[0], pair[1]);
            List<String> now = flags.stream().map(f -> f.kind() + "\t" + f.reason()).toList();
            List<String> before = resource(pair[2]).lines().filter(l -> !l.startsWith("#")).toList();
            assertThat(now).as(pair[2]).containsExactlyElementsOf(before);
            for (Flag f : flags) {
                assertThat(f.why()).isInstanceOf(Reason.Message.class);
                assertThat(ReasonText.render(f.why(), Locale.ENGLISH)).contains(f.reason());
            }
        }
        // Between them the fixtures give every kind the two pairs can have but LENGTH (see below).
        List<Flag> all = new ArrayList<>(flags("zh.txt", "en.txt"));
        all.addAll(flags("en.txt", "en-b.txt"));
        assertThat(all.stream().map(Flag::kind).distinct()).containsExactlyInAnyOrder(Flag.Kind.OMISSION, Flag.Kind.ENTITY,
                Flag.Kind.NUMBER, Flag.Kind.TERM, Flag.Kind.ATTRIBUTION, Flag.Kind.TONE, Flag.Kind.WORDING);
    }

    /** The last paragraphs of en.txt and en-b.txt, put on one row by hand: en.txt's is far longer. */
    private static Flag length() throws Exception {
        Document a = doc("en.txt");
        Document b = doc("en-b.txt");
        List<Bead> rows = new ArrayList<>();
        for (int i = 0; i < a.paragraphs().size(); i++) {
            rows.add(new Bead(List.of(i), List.of(i), 1, 1));
        }
        return wb.compare(a, b, rows, List.of(), () -> false).flags().stream().filter(f -> f.kind() == Flag.Kind.LENGTH)
                .findFirst().orElseThrow();
    }

    @Test
    void theLengthReasonIsTheSentenceLengthCheckFormattedBefore() throws Exception {
        Flag f = length();
        Document a = doc("en.txt");
        Document b = doc("en-b.txt");
        double ratio = (double) CompareTexts.weightedLength(a.paragraphs().get(4).text(), Lang.EN)
                / CompareTexts.weightedLength(b.paragraphs().get(4).text(), Lang.EN);
        assertThat(f.reason()).isEqualTo(String.format(Locale.ROOT, "The %s paragraph %s is %.1f times as long as its %s counterpart.",
                "first (en.txt)", "4", ratio, "second (en-b.txt)"));
    }

    @Test
    void theRussianLengthRatioHasADecimalCommaAndTheChineseADecimalPoint() throws Exception {
        Flag f = length();
        String ratio = f.reason().replaceAll(".* is ([0-9.]+) times .*", "$1");
        assertThat(ratio).matches("\\d+\\.\\d");
        assertThat(ReasonText.render(f.why(), RU).orElseThrow()).contains(" в " + ratio.replace('.', ',') + " раза длиннее ")
                .doesNotContain(ratio);
        assertThat(ReasonText.render(f.why(), ZH).orElseThrow()).contains("的" + ratio + "倍。");
    }

    @Test
    void chineseAndRussianReasonsOfARealComparisonHaveNoEnglishGlueWords() throws Exception {
        List<Flag> all = new ArrayList<>(flags("zh.txt", "en.txt"));
        all.addAll(flags("en.txt", "en-b.txt"));
        all.add(length());
        for (Flag f : all) {
            for (Locale l : List.of(ZH, RU)) {
                String shown = ReasonText.render(f.why(), l).orElseThrow();
                String glue = withoutTexts(shown, f.why());
                assertThat(LATIN.matcher(glue).find()).as("%s: %s", l, shown).isFalse();
                assertThat(glue).as(shown).containsPattern(l == ZH ? "\\p{IsHan}" : "\\p{IsCyrillic}");
            }
        }
    }

    @Test
    void aGlossaryTermIsShownInEachLanguagesOwnFormOrInEnglishWhereItHasNone() {
        Reason xinhua = Reason.of("only.mentions", Reason.text("x"), Reason.of(ReasonText.FORMS, Reason.text("Xinhua"), Reason.text(""),
                Reason.text("Синьхуа")), Reason.text("1"));
        assertThat(ReasonText.render(xinhua, Locale.ENGLISH).orElseThrow()).contains("Xinhua").doesNotContain("Синьхуа");
        assertThat(ReasonText.render(xinhua, RU).orElseThrow()).contains("Синьхуа").doesNotContain("Xinhua");
        assertThat(ReasonText.render(xinhua, ZH).orElseThrow()).contains("Xinhua");
        Reason twoForms = Reason.of(ReasonText.FORMS, Reason.text("Xinhua"), Reason.text("新华社"));
        assertThat(ReasonText.render(twoForms, ZH)).isEmpty();
    }

    @Test
    void aNameInsideATermIsNotFollowedByTheTermWhenTheTermIsTheTextsOwnWords() {
        Reason ukraine = Reason.of("only.mentions", Reason.text("English"), Reason.text("Ukraine"),
                Reason.of("only.inTerm", Reason.text("paragraph 10"), Reason.text("Ukraine crisis"),
                        Reason.of(ReasonText.FORMS, Reason.text("Ukraine crisis"), Reason.text("乌克兰危机"), Reason.text("украинский кризис"))));
        assertThat(ReasonText.english(ukraine)).isEqualTo("Only the English account mentions Ukraine (paragraph 10, in “Ukraine crisis”).");
        assertThat(ReasonText.render(ukraine, ZH).orElseThrow()).contains("在“Ukraine crisis”（乌克兰危机）中");
        assertThat(ReasonText.render(ukraine, RU).orElseThrow()).contains("в «Ukraine crisis», украинский кризис");
    }

    @Test
    void aChineseAndARussianReasonReadAsTheyShould() throws Exception {
        Flag ukraine = flags("zh.txt", "en.txt").stream().filter(f -> f.reason().startsWith("Only the Chinese account mentions Ukraine"))
                .findFirst().orElseThrow();
        assertThat(ReasonText.render(ukraine.why(), ZH)).contains("只有中文版提到了乌克兰（第4段，在“乌克兰危机”中）。");
        assertThat(ReasonText.render(ukraine.why(), RU)).contains("Только в китайской версии упоминается «Украина» (абзац 4, в «乌克兰危机», украинский кризис).");
        Flag says = flags("en.txt", "en-b.txt").stream().filter(f -> f.kind() == Flag.Kind.ATTRIBUTION).findFirst().orElseThrow();
        assertThat(ReasonText.render(says.why(), ZH)).contains("第一个版本（en.txt）称这是双方的表态，第二个版本（en-b.txt）则归于王毅。");
        assertThat(ReasonText.render(says.why(), RU))
                .contains("Кому принадлежат слова: в версии 1 (en.txt) — обе стороны, в версии 2 (en-b.txt) — Ван И.");
        assertThat(says.reason()).isEqualTo("The first (en.txt) account attributes this to both sides, the second (en-b.txt) account to Wang Yi.");
    }

    @Test
    void aNumberReasonGivesTheLexiconsReadingInTheWindowLanguage() throws Exception {
        Flag hours = flags("zh.txt", "en.txt").stream().filter(f -> f.kind() == Flag.Kind.NUMBER && f.reason().contains("twenty hours"))
                .findFirst().orElseThrow();
        assertThat(ReasonText.render(hours.why(), Locale.ENGLISH)).contains("Only the English account gives twenty hours (20 hours) (paragraph 4).");
        assertThat(ReasonText.render(hours.why(), ZH)).contains("只有英文版给出了twenty hours（20小时）（第4段）。");
        assertThat(ReasonText.render(hours.why(), RU)).contains("Только в английской версии приводится «twenty hours (20 часов)» (абзац 4).");
    }

    @Test
    void aReasonWithoutKeyOrWithAnUnknownKeyShowsTheStoredEnglish() {
        Flag old = new Flag(Flag.Kind.TONE, Flag.Severity.INFO, 0, 0, 1, "a", List.of(), List.of(), "", "", "An old reason.");
        assertThat(Workbench.reasonText(old, ZH)).isEqualTo("An old reason.");
        Flag newer = new Flag(Flag.Kind.TONE, Flag.Severity.INFO, 0, 0, 1, "a", List.of(), List.of(), "", "", "A newer reason.",
                Reason.of("tone.fromTheFuture", Reason.text("x")));
        assertThat(Workbench.reasonText(newer, RU)).isEqualTo("A newer reason.");
        Flag wrongCount = new Flag(Flag.Kind.TONE, Flag.Severity.INFO, 0, 0, 1, "a", List.of(), List.of(), "", "", "Two arguments short.",
                Reason.of("wording.differs", Reason.text("x")));
        assertThat(Workbench.reasonText(wrongCount, ZH)).isEqualTo("Two arguments short.");
    }

    /** The rendering with every plain-text argument (labels, excerpts, names, figures) taken out. */
    private static String withoutTexts(String shown, Reason why) {
        List<String> texts = new ArrayList<>();
        collect(why, texts);
        texts.sort(Comparator.comparingInt(String::length).reversed());
        String out = shown;
        for (String t : texts) {
            out = out.replace(t, " ");
        }
        return out;
    }

    private static void collect(Reason r, List<String> out) {
        if (r instanceof Reason.Text t) {
            out.add(t.text());
        } else {
            ((Reason.Message) r).args().forEach(a -> collect(a, out));
        }
    }
}
