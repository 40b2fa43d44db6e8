package org.triglot.lexicon.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberKeysTest {

    @ParameterizedTest
    @CsvSource({"2025, 5, 9, date:2025-05-09", "0, 5, 9, date:--05-09", "2025, 5, 0, date:2025-05",
            "0, 5, 0, date:--05", "0, 0, 9, date:---09"})
    void writesIsoStyleDateKeysForPartialDates(int year, int month, int day, String key) {
        assertThat(NumberKeys.date(year, month, day)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"3E+9, 3000000000", "3000000000.000, 3000000000", "1.50, 1.5", "0.0, 0"})
    void writesNumbersWithoutExponentOrTrailingZeros(String value, String plain) {
        assertThat(NumberKeys.plain(new BigDecimal(value))).isEqualTo(plain);
    }
}
