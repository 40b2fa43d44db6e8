package org.triglot.ui;

import org.triglot.app.Analysis;
import org.triglot.export.Comparisons;
import org.triglot.model.AlignedRow;
import org.triglot.model.Bead;
import org.triglot.model.Comparison;
import org.triglot.model.Document;
import org.triglot.model.Flag;
import org.triglot.model.Lang;
import org.triglot.model.Reason;
import org.triglot.model.Script;
import org.triglot.model.Span;

import java.util.List;

/** A small three-version comparison written by hand (lines as paragraphs), with two flags, for the window's tests. */
final class UiFixture {
    static final List<String> ZH = List.of("王毅会见拉夫罗夫。", "双方就乌克兰危机交换了看法。", "会谈在信任的气氛中进行。");
    static final List<String> RU = List.of("Лавров встретился с Ван И.", "Беседа прошла в доверительной атмосфере.");
    static final List<String> EN = List.of("Wang Yi met Lavrov.", "They discussed the Ukraine crisis.", "The talks were held in trust.");

    private UiFixture() {
    }

    static Analysis analysis() {
        Document zh = Comparisons.fromLines("zh", ZH, Lang.ZH, Script.HANS);
        Document ru = Comparisons.fromLines("ru", RU, Lang.RU, Script.CYRILLIC);
        Document en = Comparisons.fromLines("en", EN, Lang.EN, Script.LATIN);
        List<AlignedRow> rows = List.of(
                new AlignedRow(List.of(List.of(0), List.of(0), List.of(0)), 0.95, false),
                new AlignedRow(List.of(List.of(1), List.of(), List.of(1)), 0.8, false),
                new AlignedRow(List.of(List.of(2), List.of(1), List.of(2)), 0.6, true));
        Comparison c = Comparisons.of(List.of(zh, ru, en), List.of("Chinese MFA", "Russian MFA", "Xinhua English"), "paragraphs", rows);
        // 乌克兰 starts at offset 3 of line 1; line 1 starts after "王毅会见拉夫罗夫。\n" (10 chars).
        int ukraine = ZH.get(0).length() + 1 + 3;
        // The entity's reason as the compare step makes it (key and arguments); the note's known only in English.
        Flag entity = new Flag(Flag.Kind.ENTITY, Flag.Severity.MAJOR, 1, 0, 1, "a", List.of(new Span(ukraine, ukraine + 3)), List.of(),
                "乌克兰", "", "Only the Chinese account mentions Ukraine (paragraph 1).",
                Reason.of("only.mentions", Reason.of("side.ZH"), Reason.text("Ukraine"), Reason.of("paragraph.one", Reason.text("1"))));
        Flag info = new Flag(Flag.Kind.TONE, Flag.Severity.INFO, 2, 0, 2, "a", List.of(), List.of(), "信任", "", "A note.");
        Comparison flagged = new Comparison(c.versions(), c.labels(), c.units(), c.rows(), List.of(entity, info), c.reviewed());
        List<Bead> links = List.of(new Bead(List.of(0), List.of(0), 0.9, 0.9), new Bead(List.of(1), List.of(1), 0.9, 0.9),
                new Bead(List.of(2), List.of(2), 0.9, 0.9));
        return new Analysis(flagged, List.of(0.1, 1.0, 0.4), List.of(new Analysis.PairLinks(0, 2, links)));
    }
}
