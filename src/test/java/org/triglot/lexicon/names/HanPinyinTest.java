package org.triglot.lexicon.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HanPinyinTest {

    @Test
    void readsXiJinpingAsThreeSyllables() {
        assertThat(HanPinyin.syllables("习近平")).containsExactly("xi", "jin", "ping");
    }

    @Test
    void readsTraditionalCharacters() {
        assertThat(HanPinyin.syllables("習近平")).containsExactly("xi", "jin", "ping");
        assertThat(HanPinyin.toPalladiusName("習近平")).isEqualTo("Си Цзиньпин");
    }

    @Test
    void writesUmlautNotV() {
        assertThat(HanPinyin.syllables("吕")).containsExactly("lü");
        assertThat(HanPinyin.toPalladiusName("吕布")).isEqualTo("Люй Бу");
    }

    @ParameterizedTest
    @CsvSource({
            "习近平, Xi Jinping, Си Цзиньпин",
            "王毅, Wang Yi, Ван И",
            "李强, Li Qiang, Ли Цян",
            "赵乐际, Zhao Leji, Чжао Лэцзи",
            "丁薛祥, Ding Xuexiang, Дин Сюэсян",
            "单雄信, Shan Xiongxin, Шань Сюнсинь",
            "曾国藩, Zeng Guofan, Цзэн Гофань",
            "朴槿惠, Piao Jinhui, Пяо Цзиньхуэй",
            "乐嘉, Yue Jia, Юэ Цзя",
            "欧阳修, Ouyang Xiu, Оуян Сю",
            "司马光, Sima Guang, Сыма Гуан",
            "诸葛亮, Zhuge Liang, Чжугэ Лян"})
    void writesPersonalNamesWithSurnameApart(String han, String pinyin, String palladius) {
        assertThat(HanPinyin.toPinyinName(han)).isEqualTo(pinyin);
        assertThat(HanPinyin.toPalladiusName(han)).isEqualTo(palladius);
    }

    @Test
    void appliesSpecialSurnameReadingOnlyToTheFirstCharacter() {
        // 单 is dan outside the surname position.
        assertThat(HanPinyin.toPinyinName("单单")).isEqualTo("Shan Dan");
    }

    @Test
    void splitsForeignNamesAtTheNameDot() {
        assertThat(HanPinyin.toPinyinName("弗拉基米尔·普京")).isEqualTo("Fulajimi'er Pujing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "123", "Putin", "习Putin", "Путин"})
    void givesEmptyNameForNonHanInput(String input) {
        assertThat(HanPinyin.toPinyinName(input)).isEmpty();
        assertThat(HanPinyin.toPalladiusName(input)).isEmpty();
    }

    @Test
    void skipsNonHanCharactersInPlainReading() {
        assertThat(HanPinyin.syllables("习123")).containsExactly("xi");
        assertThat(HanPinyin.syllables(null)).isEmpty();
    }
}
