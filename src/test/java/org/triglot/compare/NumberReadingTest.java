package org.triglot.compare;

import org.junit.jupiter.api.Test;
import org.triglot.lexicon.numbers.NumberExtractor;
import org.triglot.lexicon.numbers.NumberMention;
import org.triglot.model.Reason;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a NUMBER reason shows the lexicon's reading of a figure: the key itself in English (as before), the quantity in
 * Chinese and Russian words, with the Russian plural forms and decimal comma.
 */
class NumberReadingTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static String shown(String key, Locale l) {
        return ReasonText.render(NumberReading.of(key), l).orElseThrow();
    }

    @Test
    void theEnglishReadingIsWrittenOutWithoutTheLexiconsKeys() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("num:20", "20");
        expected.put("num:7.55", "7.55");
        expected.put("ord:17", "17th");
        expected.put("ord:22", "22nd");
        expected.put("pct:15", "15%");
        expected.put("count:12", "12");
        expected.put("anniv:80", "80th anniversary");
        expected.put("year:2025", "2025");
        expected.put("dur:20:hour", "20 hours");
        expected.put("dur:1:day", "1 day");
        expected.put("dur:2:week", "2 weeks");
        expected.put("dur:6:month", "6 months");
        expected.put("dur:10:year", "10 years");
        expected.put("amount:USD:240000000000", "US$240,000,000,000");
        expected.put("amount:CNY:100", "100 yuan");
        expected.put("amount:RUB:1", "1 rouble");
        expected.put("amount:EUR:1.5", "€1.5");
        expected.put("date:2025-04-28", "28 April 2025");
        expected.put("date:1968-10", "October 1968");
        expected.put("date:2025", "2025");
        expected.put("date:--05-09", "9 May");
        expected.put("date:--05", "May");
        expected.put("date:---09", "day 9 of the month");
        expected.forEach((key, shown) -> {
            assertThat(NumberReading.of(key)).as(key).isInstanceOf(Reason.Message.class);
            assertThat(shown(key, Locale.ENGLISH)).as(key).isEqualTo(shown);
        });
        assertThat(ReasonText.render(NumberReading.figure("twenty hours", "dur:20:hour"), Locale.ENGLISH))
                .contains("twenty hours (20 hours)");
        // A reading that says what the text says is not repeated.
        assertThat(ReasonText.render(NumberReading.figure("240", "num:240"), Locale.ENGLISH)).contains("240");
    }

    @Test
    void everyKindOfNumberTheExtractorFindsHasAReadingInChineseAndRussian() {
        String[][] texts = {
                {"en", "On 9 May 2025, for three days and twenty hours, 1,200 people, 15% more, $10 billion, the 80th anniversary, "
                        + "the 17th meeting, in 2024, two countries, in May, six months."},
                {"zh", "2025年5月9日，为期三天，1200人，增长15%，100亿美元，八十周年，第十七次会议，两国，五年，三个月。"},
                {"ru", "9 мая 2025 года, три дня, 1200 человек, на 15%, 10 млрд долларов, 80-летие, семнадцатый раунд, в 2024 году, "
                        + "двух стран, две недели, 5 млрд рублей."}};
        for (String[] t : texts) {
            List<NumberMention> found = NumberExtractor.extract(t[1], t[0]);
            assertThat(found).isNotEmpty();
            for (NumberMention m : found) {
                Reason r = NumberReading.of(m.key());
                assertThat(r).as(m.key()).isInstanceOf(Reason.Message.class);
                for (Locale l : List.of(ZH, RU)) {
                    assertThat(shown(m.key(), l)).as("%s in %s", m.key(), l).doesNotContain(":").doesNotContainPattern("[A-Za-z]");
                }
            }
        }
    }

    @Test
    void aChineseDurationReasonSays20小时() {
        assertThat(shown("dur:20:hour", ZH)).isEqualTo("20小时");
        assertThat(ReasonText.render(NumberReading.figure("twenty hours", "dur:20:hour"), ZH)).contains("twenty hours（20小时）");
        assertThat(shown("dur:3:day", ZH)).isEqualTo("3天");
        assertThat(shown("dur:6:month", ZH)).isEqualTo("6个月");
    }

    @Test
    void russianDurationsTakeThePluralFormTheirNumberAsksFor() {
        assertThat(shown("dur:1:hour", RU)).isEqualTo("1 час");
        assertThat(shown("dur:2:hour", RU)).isEqualTo("2 часа");
        assertThat(shown("dur:5:hour", RU)).isEqualTo("5 часов");
        assertThat(shown("dur:11:hour", RU)).isEqualTo("11 часов");
        assertThat(shown("dur:21:hour", RU)).isEqualTo("21 час");
        assertThat(shown("dur:20:hour", RU)).isEqualTo("20 часов");
        assertThat(shown("dur:3:day", RU)).isEqualTo("3 дня");
        assertThat(shown("dur:2:week", RU)).isEqualTo("2 недели");
        assertThat(shown("dur:5:month", RU)).isEqualTo("5 месяцев");
        assertThat(shown("dur:1:year", RU)).isEqualTo("1 год");
        assertThat(shown("dur:10:year", RU)).isEqualTo("10 лет");
        assertThat(shown("dur:1.5:year", RU)).isEqualTo("1,5 года");
    }

    @Test
    void russianFiguresHaveADecimalCommaAndChineseADecimalPoint() {
        assertThat(shown("num:1.5", RU)).isEqualTo("1,5");
        assertThat(shown("num:1.5", ZH)).isEqualTo("1.5");
        assertThat(shown("pct:2.75", RU)).isEqualTo("2,75 %");
        // Every decimal the text gave is kept (ICU alone would round to three).
        assertThat(shown("num:7.55125", ZH)).isEqualTo("7.55125");
        assertThat(shown("amount:USD:350000", RU)).isEqualTo("350\u00a0000 долларов США");
        assertThat(shown("amount:USD:1", RU)).isEqualTo("1 доллар США");
        assertThat(shown("amount:USD:240000000000", ZH)).isEqualTo("240,000,000,000美元");
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertThat(shown("date:2025-04-28", ZH)).isEqualTo("2025年4月28日");
        assertThat(shown("date:2025-04-28", RU)).isEqualTo("28 апреля 2025 г.");
        assertThat(shown("date:--05-09", ZH)).isEqualTo("5月9日");
        assertThat(shown("date:--05-09", RU)).isEqualTo("9 мая");
        assertThat(shown("date:1968-10", RU)).isEqualTo("октябрь 1968 г.");
        assertThat(shown("date:---09", RU)).isEqualTo("9-е число");
        assertThat(shown("year:2025", ZH)).isEqualTo("2025年");
        assertThat(shown("anniv:80", RU)).isEqualTo("80-летие");
    }

    @Test
    void aKeyOfAnotherShapeStaysAsItIs() {
        assertThat(NumberReading.of("amount:JPY:5")).isEqualTo(Reason.text("amount:JPY:5"));
        assertThat(shown("weird", RU)).isEqualTo("weird");
    }
}
