package org.triglot.lexicon.glossary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Lang;
import org.triglot.nlp.Nlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTest {
    @TempDir
    Path dir;

    private Glossary glossary() throws Exception {
        Path file = dir.resolve("terms.tsv");
        Files.writeString(file, String.join("\n",
                "外交部\tМинистерство иностранных дел\tMinistry of Foreign Affairs\torganisation\t",
                "外交部长\tминистр иностранных дел\tForeign Minister\ttitle\t",
                "中国\tКитай\tChina\tcountry\t",
                "美国\tСША\tUS\tcountry\tUnited States",
                "中美关系\tотношения Китая и США\tChina-US relations\tformula\t"), StandardCharsets.UTF_8);
        Glossary g = Glossary.empty(Nlp.shared());
        g.load(file);
        return g;
    }

    @Test
    void chineseFormsMatchLongestFirstWithoutOverlap() throws Exception {
        assertThat(glossary().find("中国外交部长会见了外交部官员，谈到中美关系。", Lang.ZH))
                .extracting(h -> h.surface() + "@" + h.span().start())
                .containsExactly("中国@0", "外交部长@2", "外交部@9", "中美关系@17");
    }

    @Test
    void alphabeticFormsMatchWordSequencesLongestFirstAndAcronymsOnlyInCapitals() throws Exception {
        assertThat(glossary().find("The Foreign Minister of the United States told us that the US and China agree.", Lang.EN))
                .extracting(GlossaryHit::surface)
                .containsExactly("Foreign Minister", "United States", "US", "China");
        assertThat(glossary().find("Министр иностранных дел Китая посетил Министерство иностранных дел России.", Lang.RU))
                .extracting(GlossaryHit::surface)
                .containsExactly("Министр иностранных дел", "Китая", "Министерство иностранных дел");
    }

    @Test
    void nestedTermsAreFoundInsideALongerOne() throws Exception {
        assertThat(glossary().findNested("中美关系", Lang.ZH)).isEmpty();
        assertThat(glossary().findNested("中国外交部长", Lang.ZH)).extracting(GlossaryHit::surface)
                .containsExactly("中国", "外交部", "外交部长");
    }
}
