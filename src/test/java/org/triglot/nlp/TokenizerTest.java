package org.triglot.nlp;

import org.junit.jupiter.api.Test;
import org.triglot.model.Lang;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    private static List<String> norms(String text, Lang lang) {
        return Nlp.shared().tokenize(text, lang).stream().filter(Token::isWord).map(Token::norm).toList();
    }

    @Test
    void chineseKeepsNamesWholeAndTraditionalTextSegmentsLikeSimplified() {
        List<Token> tokens = Nlp.shared().tokenize("习近平主席会见普京总统。", Lang.ZH);
        assertThat(tokens).extracting(Token::text).contains("习近平", "普京");
        List<Token> hant = Nlp.shared().tokenize("習近平主席會見普京總統。", Lang.ZH);
        assertThat(hant).extracting(Token::norm).contains("习近平", "会见", "总统");
        Token xi = hant.get(0);
        assertThat(xi.span().of("習近平主席會見普京總統。")).isEqualTo("習近平");
    }

    @Test
    void russianWordsAreLemmatised() {
        assertThat(norms("Лаврову подчеркнули договорённости в Пекине", Lang.RU))
                .containsExactly("лавров", "подчеркнуть", "договоренность", "в", "пекин");
    }

    @Test
    void englishWordsAreStemmedIncludingIrregularForms() {
        assertThat(norms("Ministers met and held talks", Lang.EN)).containsExactly("minist", "meet", "and", "hold", "talk");
    }
}
