package org.triglot.lexicon.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameVariantsTest {

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {
            "Sergei Lavrov, Sergey Lavrov",
            "Sergei Lavrov, Serguei Lavrov",
            "Dmitry Peskov, Dmitri Peskov",
            "Dmitry Peskov, Dmitriy Peskov",
            "Yuri Ushakov, Yury Ushakov",
            "Yuri Ushakov, Yuriy Ushakov",
            "Alexei Overchuk, Aleksei Overchuk",
            "Alexei Overchuk, Alexey Overchuk",
            "Alexander Novak, Aleksandr Novak",
            "Maria Zakharova, Mariya Zakharova",
            "Maria Zakharova, Maria Zaharova",
            "Vasily Nebenzya, Vasiliy Nebenzya",
            "Dostoevsky, Dostoevskiy",
            "Dostoevsky, Dostoevskii",
            "Yevgeny Primakov, Evgeny Primakov",
            "Wang I, Wang Yi",
            "Van I, Wang Yi",
            "Xi Jinping, Si Tszin'pin",
            "Xi Jinping, XI JINPING"})
    void recognisesSpellingVariantsAsTheSameName(String a, String b) {
        assertThat(NameVariants.sameName(a, b)).isTrue();
        assertThat(NameVariants.sameName(b, a)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "Wang Yi, Wang Wenbin",
            "Sergei Lavrov, Sergei Shoigu",
            "Dmitry Peskov, Dmitry Medvedev",
            "Li Qiang, Li Keqiang",
            "Maria Zakharova, Maria"})
    void tellsDifferentNamesApart(String a, String b) {
        assertThat(NameVariants.sameName(a, b)).isFalse();
    }

    @Test
    void givesVariantsTheSameCanonicalKey() {
        assertThat(NameVariants.canonicalKey("Sergey Lavrov")).isEqualTo(NameVariants.canonicalKey("Sergei Lavrov"));
        assertThat(NameVariants.canonicalKey("Van I")).isEqualTo(NameVariants.canonicalKey("Wang Yi"));
    }

    @Test
    void givesNoNameForEmptyDigitsOrOtherScripts() {
        assertThat(NameVariants.canonicalKey("")).isEmpty();
        assertThat(NameVariants.canonicalKey("1234")).isEmpty();
        assertThat(NameVariants.sameName("", "")).isFalse();
        assertThat(NameVariants.sameName("Лавров", "Лавров")).isFalse();
        assertThat(NameVariants.sameName(null, "Lavrov")).isFalse();
    }
}
