package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.lexicon.numbers.Mentions.keys;
import static org.triglot.lexicon.numbers.Mentions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RussianExtractionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "по случаю 80-летия Победы|80-летия|anniv:80",
            "80-летие Победы|80-летие|anniv:80",
            "восьмидесятилетие Победы|восьмидесятилетие|anniv:80",
            "семидесятипятилетия|семидесятипятилетия|anniv:75",
            "80-й годовщины Победы|80-й годовщины|anniv:80",
            "восьмидесятой годовщины|восьмидесятой годовщины|anniv:80",
            "75-летний юбилей|75-летний юбилей|anniv:75",
            "17-й раунд|17-й|ord:17",
            "семнадцатая встреча|семнадцатая|ord:17",
            "двадцать пятого заседания|двадцать пятого|ord:25",
            "9 мая|9 мая|date:--05-09",
            "9 мая 2025 года|9 мая 2025 года|date:2025-05-09",
            "9 мая 2025 г.|9 мая 2025 г.|date:2025-05-09",
            "девятого мая|девятого мая|date:--05-09",
            "09.05.2025|09.05.2025|date:2025-05-09",
            "в мае 2025 года|мае 2025 года|date:2025-05",
            "в мае|мае|date:--05",
            "2025 год|2025 год|year:2025",
            "в 2025 году|2025 году|year:2025",
            "в 2025-м году|2025-м году|year:2025",
            "в 2025|2025|year:2025",
            "1 200|1 200|num:1200",
            "1\u00a0200|1\u00a0200|num:1200",
            "1.200|1.200|num:1200",
            "1,5|1,5|num:1.5",
            "3 млрд|3 млрд|num:3000000000",
            "3 тыс.|3 тыс.|num:3000",
            "тридцать|тридцать|num:30",
            "15%|15%|pct:15",
            "15 %|15 %|pct:15",
            "на 15 процентов|15 процентов|pct:15",
            "на пятнадцать процентов|пятнадцать процентов|pct:15",
            "на 1,5 процентных пункта|1,5 процентных пункта|pct:1.5",
            "10 млрд долларов|10 млрд долларов|amount:USD:10000000000",
            "240 млрд долларов США|240 млрд долларов США|amount:USD:240000000000",
            "$10 млрд|$10 млрд|amount:USD:10000000000",
            "100 млрд юаней|100 млрд юаней|amount:CNY:100000000000",
            "500 млрд рублей|500 млрд рублей|amount:RUB:500000000000",
            "полтора миллиарда евро|полтора миллиарда евро|amount:EUR:1500000000",
            "три дня|три дня|dur:3:day",
            "в течение трёх дней|трёх дней|dur:3:day",
            "две недели|две недели|dur:2:week",
            "шесть месяцев|шесть месяцев|dur:6:month",
            "за 10 лет|10 лет|dur:10:year",
            "два года|два года|dur:2:year",
            "трёхдневный визит|трёхдневный|dur:3:day",
            "один день|один день|dur:1:day",
            "двух стран|двух стран|count:2",
            "подписали 12 документов|12 документов|count:12",
            "в 2-х странах|2-х странах|count:2"
    })
    void readsExpression(String text, String surface, String key) {
        NumberMention m = only(text, "ru");
        assertThat(m.surface()).isEqualTo(surface);
        assertThat(m.key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Одна из главных тем", "один из ключевых вопросов", "с одной стороны", "в первую очередь",
            "в 80-х годах", "в следующем десятилетии", "вторник", "многолетний партнёр", "COVID-19", "Су-35"
    })
    void ignoresPronounsIdiomsAndNames(String text) {
        assertThat(keys(text, "ru")).isEmpty();
    }

    @Test
    void firstPersonsIdiomIsNotAnOrdinalButTheCountStillIs() {
        assertThat(keys("первые лица двух государств обсудили", "ru")).containsExactly("count:2");
    }

    @Test
    void foldsYoToYe() {
        assertThat(keys("трёх дней", "ru")).isEqualTo(keys("трех дней", "ru"));
    }

    @Test
    void keepsSeparateMentionsInOrder() {
        assertThat(keys("В 2024 году товарооборот вырос на 15 процентов и достиг 240 млрд долларов.", "ru"))
                .containsExactly("year:2024", "pct:15", "amount:USD:240000000000");
    }
}
