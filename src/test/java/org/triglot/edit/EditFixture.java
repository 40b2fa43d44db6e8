package org.triglot.edit;

import org.triglot.export.Comparisons;
import org.triglot.export.ExportFixture;
import org.triglot.model.AlignedRow;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Script;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A small readout in Chinese, Russian and English, aligned by sentence (5, 5 and 4 sentences in four rows) and by
 * paragraph (three rows), with a flag on each of rows 1 to 3 and rows 0 and 2 reviewed.
 */
final class EditFixture {
    static final Document ZH = ExportFixture.doc("zh.txt", Lang.ZH, Script.HANS, List.of(
            List.of("王毅同拉夫罗夫举行会谈。", "双方讨论了乌克兰问题。"),
            List.of("中方愿同俄方加强合作。"),
            List.of("会谈在友好气氛中进行。", "双方同意保持密切沟通。")));
    static final Document RU = ExportFixture.doc("ru.txt", Lang.RU, Script.CYRILLIC, List.of(
            List.of("Ван И провёл переговоры с Сергеем Лавровым.", "Стороны обсудили украинский кризис.", "Обсуждение было «открытым»."),
            List.of("Россия готова к сотрудничеству."),
            List.of("Беседа прошла в дружеской атмосфере.")));
    static final Document EN = ExportFixture.doc("en.txt", Lang.EN, Script.LATIN, List.of(
            List.of("Wang Yi held talks with Sergey Lavrov.", "The two sides discussed the Ukraine issue."),
            List.of("The talks were friendly.", "Both sides agreed to stay in close touch.")));

    private EditFixture() {
    }

    static AlignedRow row(double confidence, List<Integer> zh, List<Integer> ru, List<Integer> en) {
        return new AlignedRow(List.of(zh, ru, en), confidence, confidence < 0.5);
    }

    /** Rows: 0 zh0 ru0 en0; 1 zh1 ru1-2 en1; 2 zh2 ru3 (no English); 3 zh3-4 ru4 en2-3. */
    static Comparison sentences() {
        List<AlignedRow> rows = List.of(
                row(0.9, List.of(0), List.of(0), List.of(0)),
                row(0.6, List.of(1), List.of(1, 2), List.of(1)),
                row(0.4, List.of(2), List.of(3), List.of()),
                row(0.8, List.of(3, 4), List.of(4), List.of(2, 3)));
        Comparison c = Comparisons.of(List.of(ZH, RU, EN), List.of("Chinese MFA", "Russian MID", "English"), "sentences", rows);
        return new Comparison(c.versions(), c.labels(), c.units(), c.rows(), List.of(
                flag(1, 1, RU, "украинский кризис", 2, EN, "Ukraine issue"),
                flag(2, 0, ZH, "中方愿同俄方加强合作", 1, RU, "Россия готова"),
                flag(3, 1, RU, "дружеской атмосфере", 2, EN, "friendly")), List.of(true, false, true, false));
    }

    /** Rows: 0 zh0 ru0 en0; 1 zh1 ru1 (no English); 2 zh2 ru2 en1. */
    static Comparison paragraphs() {
        List<AlignedRow> rows = List.of(
                row(0.9, List.of(0), List.of(0), List.of(0)),
                row(0.3, List.of(1), List.of(1), List.of()),
                row(0.7, List.of(2), List.of(2), List.of(1)));
        Comparison c = Comparisons.of(List.of(ZH, RU, EN), List.of("Chinese MFA", "Russian MID", "English"), "paragraphs", rows);
        return new Comparison(c.versions(), c.labels(), c.units(), c.rows(), List.of(
                flag(0, 1, RU, "кризис", 2, EN, "issue"),
                flag(1, 0, ZH, "合作", 1, RU, "сотрудничеству"),
                flag(2, 1, RU, "Беседа", 2, EN, "friendly")), List.of(true, false, true));
    }

    /** A TERM flag on {@code row} between two versions, pointing at the first place each word occurs. */
    static Flag flag(int row, int va, Document a, String wordA, int vb, Document b, String wordB) {
        return new Flag(Flag.Kind.TERM, Flag.Severity.MINOR, row, va, vb, "both",
                List.of(span(a, wordA)), List.of(span(b, wordB)), wordA, wordB, "The terms differ.");
    }

    static Span span(Document d, String word) {
        int at = d.text().indexOf(word);
        if (at < 0) {
            throw new IllegalArgumentException(word + " not in " + d.name());
        }
        return new Span(at, at + word.length());
    }

    /** Each version's cells down the rows, e.g. "[0] [1] [2] [3, 4]" for the Chinese of the sentence fixture. */
    static List<String> column(Comparison c, int version) {
        List<String> out = new ArrayList<>();
        for (AlignedRow r : c.rows()) {
            out.add(r.cells().get(version).toString());
        }
        return out;
    }
}
