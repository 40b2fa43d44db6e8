package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.lexicon.numbers.Mentions.keys;

import org.junit.jupiter.api.Test;

/** The same imaginary meeting reported in three languages must yield the same numbers. */
class ParallelReadoutTest {

    private static final String ZH = "2025年5月9日，两国外长在莫斯科会晤，纪念卫国战争胜利八十周年。"
            + "这是双方第十七次外长会晤。2024年双边贸易额增长15%，达到2400亿美元。"
            + "会谈为期三天，双方签署了12份合作文件。中俄双方一致同意进一步加强在一带一路框架内的合作。";

    private static final String RU = "9 мая 2025 года министры иностранных дел двух стран встретились в Москве "
            + "по случаю 80-летия Победы в Великой Отечественной войне. Это была их семнадцатая встреча. "
            + "В 2024 году товарооборот вырос на 15 процентов и достиг 240 млрд долларов. "
            + "Переговоры продолжались три дня, стороны подписали 12 документов о сотрудничестве. "
            + "Одна из главных тем — сопряжение «Пояса и пути» с ЕАЭС.";

    private static final String EN = "On 9 May 2025 the two foreign ministers met in Moscow to mark the 80th "
            + "anniversary of the victory in the Great Patriotic War. It was their seventeenth meeting. "
            + "Bilateral trade grew 15% in 2024 to $240 billion. The talks lasted three days, and the sides "
            + "signed 12 cooperation documents. One of the key issues was the Belt and Road Initiative.";

    @Test
    void threeLanguageVersionsYieldTheSameKeys() {
        var expected = new String[] {"date:2025-05-09", "count:2", "anniv:80", "ord:17", "year:2024", "pct:15",
                "amount:USD:240000000000", "dur:3:day", "count:12"};
        assertThat(keys(ZH, "zh")).containsExactlyInAnyOrder(expected);
        assertThat(keys(RU, "ru")).containsExactlyInAnyOrder(expected);
        assertThat(keys(EN, "en")).containsExactlyInAnyOrder(expected);
    }

    @Test
    void spansPointBackIntoTheSourceText() {
        for (var lang : new String[] {"zh", "ru", "en"}) {
            String text = lang.equals("zh") ? ZH : lang.equals("ru") ? RU : EN;
            for (NumberMention m : NumberExtractor.extract(text, lang)) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            }
        }
    }
}
