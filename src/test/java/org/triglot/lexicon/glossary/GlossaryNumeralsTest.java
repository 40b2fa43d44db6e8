package org.triglot.lexicon.glossary;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.Lexicon;
import org.triglot.model.Lang;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Chinese glossary form written with figures also matches the same figures in Chinese numerals. */
class GlossaryNumeralsTest {
    @Test
    void aFormWithFiguresGetsItsChineseNumeralTwin() {
        assertThat(Glossary.chineseKeys("伟大卫国战争胜利80周年")).containsExactly("伟大卫国战争胜利80周年", "伟大卫国战争胜利八十周年");
        assertThat(Glossary.chineseKeys("中俄建交75周年")).containsExactly("中俄建交75周年", "中俄建交七十五周年");
        // years are read digit by digit (二〇二五), and a form without figures has no twin
        assertThat(Glossary.chineseKeys("2025年峰会")).containsExactly("2025年峰会");
        assertThat(Glossary.chineseKeys("伟大卫国战争")).containsExactly("伟大卫国战争");
    }

    @Test
    void anAnniversaryInChineseNumeralsIsFoundAsTheWholeTerm() {
        List<GlossaryHit> hits = Lexicon.shared().glossary().find("俄方愿同中方相互支持彼此举办苏联伟大卫国战争胜利八十周年纪念活动。", Lang.ZH);
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.surface()).isEqualTo("苏联伟大卫国战争胜利八十周年");
            assertThat(h.entry().en()).isEqualTo("80th anniversary of the victory in the Great Patriotic War");
        });
    }
}
