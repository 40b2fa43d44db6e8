package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.lexicon.numbers.Mentions.keys;
import static org.triglot.lexicon.numbers.Mentions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triglot.lexicon.numbers.NumberMention.Kind;

class ChineseExtractionTest {

    @ParameterizedTest
    @CsvSource({
            "纪念胜利八十周年, 八十周年, anniv:80",
            "纪念胜利80周年, 80周年, anniv:80",
            "第十七次会晤, 第十七次, ord:17",
            "第二十五届, 第二十五届, ord:25",
            "5月9日, 5月9日, date:--05-09",
            "五月九日, 五月九日, date:--05-09",
            "2025年5月9日, 2025年5月9日, date:2025-05-09",
            "二〇二五年五月九日, 二〇二五年五月九日, date:2025-05-09",
            "今年5月, 5月, date:--05",
            "2025年, 2025年, year:2025",
            "二〇二五年, 二〇二五年, year:2025",
            "两千零二十五, 两千零二十五, num:2025",
            "一万二千, 一万二千, num:12000",
            "3.5亿, 3.5亿, num:350000000",
            "30亿, 30亿, num:3000000000",
            "增长15%, 15%, pct:15",
            "增长15％, 15％, pct:15",
            "百分之十五, 百分之十五, pct:15",
            "提高15个百分点, 15个百分点, pct:15",
            "100亿美元, 100亿美元, amount:USD:10000000000",
            "2400亿美元, 2400亿美元, amount:USD:240000000000",
            "500亿卢布, 500亿卢布, amount:RUB:50000000000",
            "20亿欧元, 20亿欧元, amount:EUR:2000000000",
            "1000亿元人民币, 1000亿元人民币, amount:CNY:100000000000",
            "为期三天, 三天, dur:3:day",
            "两周, 两周, dur:2:week",
            "两个星期, 两个星期, dur:2:week",
            "三个月, 三个月, dur:3:month",
            "五年, 五年, dur:5:year",
            "两千多年, 两千多年, dur:2000:year",
            "两国元首, 两国, count:2",
            "兩國元首, 兩國, count:2",
            "签署12份文件, 12份, count:12",
            "二十多个国家, 二十多个, count:20",
            "廿一世纪, 廿一世纪, ord:21",
            "9日, 9日, date:---09",
            "十一届三中全会, 十一届, ord:11"
    })
    void readsExpression(String text, String surface, String key) {
        NumberMention m = only(text, "zh");
        assertThat(m.surface()).isEqualTo(surface);
        assertThat(m.key()).isEqualTo(key);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(surface);
    }

    @Test
    void doesNotReportOneInsideWords() {
        assertThat(keys("中俄双方一致同意进一步加强在一带一路框架内的合作", "zh")).isEmpty();
        assertThat(keys("这是双方关系的重要支柱之一，双方将一道努力，统一认识，一起推动一些项目", "zh")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"十几个国家", "数十个项目", "千万不要", "万一", "十四五规划", "几年", "十分重要", "八十年代", "二十国集团", "一国两制", "九一八"})
    void ignoresIndefiniteAndIdiomaticNumerals(String text) {
        assertThat(keys(text, "zh")).isEmpty();
    }

    @Test
    void dateCarriesItsPartsAndValue() {
        NumberMention m = only("2025年5月9日", "zh");
        assertThat(m.kind()).isEqualTo(Kind.DATE);
        assertThat(m.year()).isEqualTo(2025);
        assertThat(m.month()).isEqualTo(5);
        assertThat(m.day()).isEqualTo(9);
        assertThat(m.value()).isEqualTo(509.0);
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(keys("13月40日", "zh")).doesNotContain("date:--13-40");
    }

    @Test
    void reportsMentionsInTextOrder() {
        assertThat(keys("2024年双边贸易额增长15%，达到2400亿美元", "zh"))
                .containsExactly("year:2024", "pct:15", "amount:USD:240000000000");
    }
}
