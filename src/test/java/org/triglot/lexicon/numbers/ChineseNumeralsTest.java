package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
            "十, 10", "十五, 15", "二十, 20", "廿, 20", "卅, 30", "廿五, 25", "八十, 80", "一百零五, 105",
            "两千零二十五, 2025", "兩千零二十五, 2025", "一万二千, 12000", "一万二, 12000", "一萬二千, 12000",
            "3.5亿, 350000000", "3.5億, 350000000", "30亿, 3000000000", "2400亿, 240000000000",
            "1.2万亿, 1200000000000", "12万, 120000", "1万2千, 12000", "三千, 3000", "3千, 3000",
            "一百二, 120", "三点五, 3.5", "'1,200', 1200", "十万, 100000", "一千零一, 1001", "一万零五百, 10500"
    })
    void parsesWellFormedNumerals(String numeral, String expected) {
        assertThat(ChineseNumerals.parse(numeral)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"千万", "万一", "一一", "五一", "十四五", "万", "亿", "百", "十百", "幾", ""})
    void rejectsWordsThatOnlyLookNumeric(String numeral) {
        assertThat(ChineseNumerals.parse(numeral)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"二〇二五, 2025", "一九四五, 1945", "二零二四, 2024"})
    void readsDigitByDigitYears(String numeral, int expected) {
        assertThat(ChineseNumerals.parseDigitSequence(numeral)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"二十", "两〇", "年"})
    void digitSequenceRejectsUnitsAndLiang(String numeral) {
        assertThat(ChineseNumerals.parseDigitSequence(numeral)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, 一", "10, 十", "15, 十五", "20, 二十", "75, 七十五", "80, 八十", "100, 一百", "105, 一百零五", "110, 一百一十",
            "320, 三百二十", "999, 九百九十九"})
    void writesWholeNumbersAsRunningTextDoesAndReadsThemBack(int n, String numeral) {
        assertThat(ChineseNumerals.write(n)).hasValue(numeral);
        assertThat(ChineseNumerals.parse(numeral)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(n));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, 1000, 2025})
    void writesNothingOutsideOneToNineHundredNinetyNine(int n) {
        assertThat(ChineseNumerals.write(n)).isEmpty();
    }
}
