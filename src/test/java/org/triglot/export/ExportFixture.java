package org.triglot.export;

import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Script;
import org.triglot.model.Sentence;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny hand-made comparison of four versions (Simplified and Traditional Chinese, Russian, English) with the
 * characters exports get wrong: {@code & < > " '}, a tab, a newline inside a segment, an emoji flag, {@code <script>}.
 */
public final class ExportFixture {
    public static final String EN_1 = "Wang Yi met Lavrov & said \"1 < 2 > 0\" — it's fine.";
    public static final String EN_2 = "Tab\there and a new\nline 🇨🇳 <script>alert(1)</script>.";

    private ExportFixture() {
    }

    /** Rows: 0 all four; 1 Russian two sentences; 2 all four; 3 no English. Flags on rows 0, 1, 3. */
    public static Comparison comparison() {
        Document hans = doc("zh-hans.txt", Lang.ZH, Script.HANS, List.of(
                List.of("王毅同外交部长拉夫罗夫会谈。", "双方讨论了乌克兰问题🇨🇳。"),
                List.of("中方愿同俄方加强合作。"),
                List.of("会谈在友好气氛中进行。")));
        Document hant = doc("zh-hant.txt", Lang.ZH, Script.HANT, List.of(
                List.of("王毅同外交部長拉夫羅夫會談。", "雙方討論了烏克蘭問題🇨🇳。"),
                List.of("中方願同俄方加強合作。"),
                List.of("會談在友好氣氛中進行。")));
        Document ru = doc("ru.txt", Lang.RU, Script.CYRILLIC, List.of(
                List.of("Ван И провёл переговоры с Сергеем Лавровым.", "Стороны обсудили украинский кризис.", "Обсуждение было «открытым»."),
                List.of("Россия готова к сотрудничеству."),
                List.of("Беседа прошла в дружеской атмосфере.")));
        Document en = doc("en.txt", Lang.EN, Script.LATIN, List.of(
                List.of(EN_1, EN_2),
                List.of("China stands ready to cooperate.")));
        List<AlignedRow> rows = List.of(
                new AlignedRow(List.of(List.of(0), List.of(0), List.of(0), List.of(0)), 0.91, false),
                new AlignedRow(List.of(List.of(1), List.of(1), List.of(1, 2), List.of(1)), 0.625, true),
                new AlignedRow(List.of(List.of(2), List.of(2), List.of(3), List.of(2)), 0.8, false),
                new AlignedRow(List.of(List.of(3), List.of(3), List.of(4), List.of()), 0.3, false));
        String zh = hans.text();
        int friendly = zh.indexOf("友好气氛");
        String ruText = ru.text();
        int crisis = ruText.indexOf("украинский кризис");
        String enText = en.text();
        int numbers = enText.indexOf("1 < 2");
        List<Flag> flags = List.of(
                new Flag(Flag.Kind.NUMBER, Flag.Severity.MINOR, 0, 0, 3, "both", List.of(), List.of(new Span(numbers, numbers + 5)),
                        "", "1 < 2", "The <b>numbers</b> differ & the Chinese has none."),
                new Flag(Flag.Kind.ENTITY, Flag.Severity.MAJOR, 1, 2, 3, "a", List.of(new Span(crisis, crisis + 17)), List.of(),
                        "украинский кризис", "", "Only the Russian names the \"Ukrainian crisis\"."),
                new Flag(Flag.Kind.OMISSION, Flag.Severity.MAJOR, 3, 0, 3, "a", List.of(new Span(friendly, friendly + 4)), List.of(),
                        "友好气氛", "", "Only the Chinese says the talks were friendly; the English has no such sentence."));
        return new Comparison(List.of(hans, hant, ru, en), List.of("Chinese MFA", "Chinese (Taiwan copy)", "Russian MID", "English <MFA>"),
                "sentences", rows, flags, List.of(true, false, false, true));
    }

    /** A document whose paragraphs (blank line between) hold these sentences (space between, none for Chinese). */
    public static Document doc(String name, Lang lang, Script script, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> ps = new ArrayList<>();
        int sentence = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int pStart = text.length();
            List<Sentence> ss = new ArrayList<>();
            for (int s = 0; s < paragraphs.get(p).size(); s++) {
                if (s > 0 && lang != Lang.ZH) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(paragraphs.get(p).get(s));
                ss.add(new Sentence(sentence++, new Span(start, text.length()), paragraphs.get(p).get(s)));
            }
            ps.add(new Paragraph(p, new Span(pStart, text.length()), text.substring(pStart), false, lang, ss));
        }
        return new Document(name, text.toString(), "text", "UTF-8", lang, script, 0.99, ps, List.of());
    }

    /** The expected segment text of a row and version: the sentences joined (space for ru/en, nothing for zh). */
    public static String expected(Comparison c, int row, int version) {
        Document d = c.versions().get(version);
        List<Sentence> all = d.sentences();
        List<String> parts = c.rows().get(row).cells().get(version).stream().map(i -> all.get(i).text()).toList();
        return String.join(d.lang() == Lang.ZH ? "" : " ", parts);
    }
}
