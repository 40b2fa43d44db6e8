package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triglot.lexicon.numbers.Mentions.keys;
import static org.triglot.lexicon.numbers.Mentions.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishExtractionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the 80th anniversary of the victory|80th anniversary|anniv:80",
            "the eightieth anniversary|eightieth anniversary|anniv:80",
            "the seventy-fifth anniversary|seventy-fifth anniversary|anniv:75",
            "the 17th meeting|17th|ord:17",
            "their seventeenth meeting|seventeenth|ord:17",
            "the twenty first century|twenty first|ord:21",
            "May 9|May 9|date:--05-09",
            "on May 9th|May 9th|date:--05-09",
            "9 May|9 May|date:--05-09",
            "the 9th of May|9th of May|date:--05-09",
            "May 9, 2025|May 9, 2025|date:2025-05-09",
            "On 9 May 2025 they met|9 May 2025|date:2025-05-09",
            "2025-05-09|2025-05-09|date:2025-05-09",
            "in May 2025|May 2025|date:2025-05",
            "in May|May|date:--05",
            "in 2025|2025|year:2025",
            "since 1996|1996|year:1996",
            "in 1850|1850|year:1850",
            "1,200|1,200|num:1200",
            "1.200|1.200|num:1.2",
            "twenty-five|twenty-five|num:25",
            "3 billion|3 billion|num:3000000000",
            "three billion|three billion|num:3000000000",
            "grew 15%|15%|pct:15",
            "15 percent|15 percent|pct:15",
            "15 per cent|15 per cent|pct:15",
            "0.5 percentage points|0.5 percentage points|pct:0.5",
            "$10 billion|$10 billion|amount:USD:10000000000",
            "US$10bn|US$10bn|amount:USD:10000000000",
            "10 billion US dollars|10 billion US dollars|amount:USD:10000000000",
            "€5 million|€5 million|amount:EUR:5000000",
            "100 billion yuan|100 billion yuan|amount:CNY:100000000000",
            "500 billion roubles|500 billion roubles|amount:RUB:500000000000",
            "three days|three days|dur:3:day",
            "two weeks|two weeks|dur:2:week",
            "six months|six months|dur:6:month",
            "for 10 years|10 years|dur:10:year",
            "one day|one day|dur:1:day",
            "a three-day state visit|three-day|dur:3:day",
            "a 10-year plan|10-year|dur:10:year",
            "two countries|two countries|count:2",
            "the two foreign ministers|two foreign ministers|count:2",
            "signed 12 documents|12 documents|count:12",
            "one hundred|one hundred|num:100"
    })
    void readsExpression(String text, String surface, String key) {
        NumberMention m = only(text, "en");
        assertThat(m.surface()).isEqualTo(surface);
        assertThat(m.key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "One of the key issues", "the one that matters", "the one-China principle", "for the first time",
            "first of all", "G20 summit", "COVID-19", "They may agree", "hundreds of companies", "Mar-a-Lago",
            "in the 1990s", "a third of the trade", "one fifth"
    })
    void ignoresPronounsIdiomsAndNames(String text) {
        assertThat(keys(text, "en")).isEmpty();
    }

    @Test
    void treatsFourDigitNumbersAsYearsUnlessTheyCountSomething() {
        assertThat(keys("2024 was a good year", "en")).containsExactly("year:2024");
        assertThat(keys("2000 companies took part", "en")).containsExactly("count:2000");
    }

    @Test
    void keepsSeparateMentionsInOrder() {
        assertThat(keys("Bilateral trade grew 15% in 2024 to $240 billion.", "en"))
                .containsExactly("pct:15", "year:2024", "amount:USD:240000000000");
    }
}
