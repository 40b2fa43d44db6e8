package org.triglot.lexicon.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.nlp.Nlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

class DictionaryCompilerTest {
    private static final String CEDICT_JSON = """
            {"all":[
             ["外長","外长","wai4 zhang3",["foreign minister","secretary of state"],[],[]],
             ["合作","合作","he2 zuo4","to cooperate; to collaborate (CL:次[ci4])",[],[]],
             ["乾","干","gan1",["dry","surname Gan"],[],[]],
             ["亁","干","gan1","variant of 乾|干[gan1]",[0],[]],
             ["拉夫羅夫","拉夫罗夫","La1 fu1 luo2 fu1","Lavrov (name)",[],[]]],
             "variantLookup":[["乾","干","gan1"]],"classifierLookup":[]}
            """;
    private static final String[][] ARTICLES = {
            {"co-operation", "co-operation\n   [kɜʊ↘ɘpɜ↗rɛɪʃɜn] _n.\n   1) сотрудничество; совместные действия\n   2) _воен. взаимодействие\n"},
            {"minister", "minister\n   [↗mɪnɪstɜ]\n   1. _n.\n      1) министр; the ministers правительство\n      2) _дип. посланник\n"},
            {"dry", "dry\n   [draɪ] _a. сухой; высохший\n"},
    };

    @Test
    void compilesTheSameInputToTheSameBytes(@TempDir Path tmp) throws IOException {
        Path shared = writeSources(tmp.resolve("shared"));
        new DictionaryCompiler().compile(shared, tmp.resolve("one"));
        new DictionaryCompiler().compile(shared, tmp.resolve("two"));
        for (String file : new String[] {DictionaryCompiler.CEDICT_FILE, DictionaryCompiler.MUELLER_FILE}) {
            assertThat(Files.readAllBytes(tmp.resolve("one").resolve(file)))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("two").resolve(file)));
        }
    }

    @Test
    void writesGzipWithoutATimestamp(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        new DictionaryCompiler().compile(writeSources(tmp.resolve("shared")), out);
        byte[] gz = Files.readAllBytes(out.resolve(DictionaryCompiler.CEDICT_FILE));
        assertThat(new byte[] {gz[4], gz[5], gz[6], gz[7]}).containsOnly(0);
    }

    @Test
    void compiledFixtureLoadsAndAnswersInEveryDirection(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        new DictionaryCompiler().compile(writeSources(tmp.resolve("shared")), out);
        Dictionaries d = Dictionaries.read(Files.newInputStream(out.resolve(DictionaryCompiler.CEDICT_FILE)),
                Files.newInputStream(out.resolve(DictionaryCompiler.MUELLER_FILE)));
        var stemmer = Nlp.shared().englishStemmer();

        assertThat(d.englishStemsOf("外长")).containsExactly(stem("foreign"), stem("minister"), stem("secretary"), stem("state"));
        assertThat(d.russianLemmasOf(stem("minister"))).containsExactly("министр", "посланник");
        // The article is under "co-operation"; English text writes "cooperation".
        assertThat(d.russianLemmasOf(stemmer.stem("cooperation"))).contains("сотрудничество");
        assertThat(d.russianLemmasOfChinese("合作")).contains("сотрудничество");
        assertThat(d.chineseWordsOfRussian("сотрудничество")).containsExactly("合作");
        assertThat(d.russianTranslations("co-operation")).containsExactly("сотрудничество", "совместные действия", "взаимодействие");
        assertThat(d.isChineseWord("拉夫羅夫")).isTrue();
        assertThat(d.maxChineseWordLength()).isEqualTo(4);
    }

    @Test
    void aVariantOnlyRowTakesTheGlossesOfTheWordItIsAVariantOf(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        new DictionaryCompiler().compile(writeSources(tmp.resolve("shared")), out);
        Dictionaries d = Dictionaries.read(Files.newInputStream(out.resolve(DictionaryCompiler.CEDICT_FILE)),
                Files.newInputStream(out.resolve(DictionaryCompiler.MUELLER_FILE)));
        assertThat(d.chineseEntries("亁")).singleElement()
                .satisfies(e -> assertThat(e.glosses()).containsExactly("dry"));
    }

    private static String stem(String w) {
        return Nlp.shared().englishStemmer().stem(w);
    }

    /** Writes the fixture sources in the shared layout: cedict JSON gz and a dictd index plus gzipped data. */
    private static Path writeSources(Path shared) throws IOException {
        Files.createDirectories(shared.resolve("cedict"));
        Files.createDirectories(shared.resolve("mueller7"));
        Files.write(shared.resolve("cedict/cc-cedict-20990101.json.gz"), gzip(CEDICT_JSON.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (String[] a : ARTICLES) {
            byte[] text = a[1].getBytes(StandardCharsets.UTF_8);
            index.append(a[0]).append('\t').append(base64(data.size())).append('\t').append(base64(text.length)).append('\n');
            data.write(text);
        }
        Files.writeString(shared.resolve("mueller7/mueller7.index"), index, StandardCharsets.UTF_8);
        Files.write(shared.resolve("mueller7/mueller7.dict.dz"), gzip(data.toByteArray()));
        return shared;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String base64(long n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, digits.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return s.toString();
    }
}
