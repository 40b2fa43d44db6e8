package org.triglot.export;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Comparison;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TmxExportTest {
    private static final Instant WHEN = Instant.parse("2025-04-28T12:00:00Z");

    @TempDir
    Path dir;

    private final Comparison c = ExportFixture.comparison();

    private Path write(ExportOptions o, String name) throws ExportException {
        Path f = dir.resolve(name);
        Exports.write(c, ExportFormat.TMX, o.withCreated(WHEN), f);
        return f;
    }

    @Test
    void roundTripsEveryVersionsTextWithLanguageTagsFromTheScript() throws Exception {
        Path f = write(ExportOptions.DEFAULTS, "all.tmx");
        ExportedTable t = Exports.read(f);
        assertThat(t.format()).isEqualTo(ExportFormat.TMX);
        assertThat(t.columns()).containsExactly("zh-CN", "zh-TW", "ru-RU", "en-US");
        // Row 3 has no English, so it is left out by default.
        assertThat(t.rows()).extracting(ExportedRow::row).containsExactly(0, 1, 2);
        for (ExportedRow r : t.rows()) {
            for (int v = 0; v < 4; v++) {
                assertThat(r.texts().get(v)).isEqualTo(ExportFixture.expected(c, r.row(), v));
            }
        }
        assertThat(t.rows().get(0).texts().get(3)).isEqualTo(ExportFixture.EN_1);
        assertThat(t.rows().get(1).texts().get(3)).contains("\t").contains("\n").contains("🇨🇳").contains("<script>");
        assertThat(t.rows().get(1).texts().get(2)).isEqualTo("Стороны обсудили украинский кризис. Обсуждение было «открытым».");
        assertThat(t.rows().get(1).texts().get(0)).isEqualTo("双方讨论了乌克兰问题🇨🇳。");
        assertThat(t.rows().get(0).confidence()).isEqualTo(0.91);
        assertThat(t.rows().get(0).reviewed()).isTrue();
        assertThat(t.rows().get(0).flags()).containsExactly("NUMBER");
        assertThat(t.rows().get(1).uncertain()).isTrue();
        assertThat(t.rows().get(1).flags()).containsExactly("ENTITY");
    }

    @Test
    void headerAndPropertiesAreThoseOfTmx14b() throws Exception {
        String xml = Files.readString(write(ExportOptions.DEFAULTS, "h.tmx"), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
                .contains("<tmx version=\"1.4\">")
                .contains("creationtool=\"Triglot\"").contains("creationtoolversion=\"").contains("segtype=\"sentence\"")
                .contains("o-tmf=\"Triglot\"").contains("adminlang=\"en-US\"").contains("srclang=\"zh-CN\"")
                .contains("datatype=\"plaintext\"").contains("creationdate=\"20250428T120000Z\"")
                .contains("<prop type=\"x-triglot-confidence\">0.910</prop>")
                .contains("<prop type=\"x-triglot-uncertain\">true</prop>")
                .contains("<prop type=\"x-triglot-flags\">ENTITY</prop>")
                .contains("<prop type=\"x-triglot-reviewed\">true</prop>")
                .contains("Wang Yi met Lavrov &amp; said \"1 &lt; 2 &gt; 0\" — it's fine.")
                .contains("<tuv xml:lang=\"zh-TW\">");
        String all = Files.readString(write(ExportOptions.DEFAULTS.withSrcAll(true), "a.tmx"), StandardCharsets.UTF_8);
        assertThat(all).contains("srclang=\"*all*\"");
    }

    @Test
    void pairwiseKeepsTwoVersionsAndKeepEmptyKeepsRowsWithoutEnglish() throws Exception {
        ExportedTable t = Exports.read(write(ExportOptions.DEFAULTS.withPair(2, 3), "p.tmx"));
        assertThat(t.columns()).containsExactly("ru-RU", "en-US");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).flags()).containsExactly("ENTITY");
        // The NUMBER flag is between Chinese and English, not part of this pair.
        assertThat(t.rows().get(0).flags()).isEmpty();

        ExportedTable kept = Exports.read(write(ExportOptions.DEFAULTS.withPair(0, 3).withKeepEmpty(true), "k.tmx"));
        assertThat(kept.rows()).hasSize(4);
        assertThat(kept.rows().get(3).texts()).containsExactly("会谈在友好气氛中进行。", "");
        assertThat(kept.rows().get(3).flags()).containsExactly("OMISSION");
    }

    @Test
    void languageTagsCanBeOverridden() throws Exception {
        ExportedTable t = Exports.read(write(ExportOptions.DEFAULTS.withLangTags(java.util.Map.of(0, "zh-Hans-CN", 3, "en-GB")), "o.tmx"));
        assertThat(t.columns()).containsExactly("zh-Hans-CN", "zh-TW", "ru-RU", "en-GB");
    }

    @Test
    void validatesAgainstTheTmx14DtdFromResources() throws Exception {
        for (ExportOptions o : List.of(ExportOptions.DEFAULTS, ExportOptions.DEFAULTS.withPair(0, 3).withKeepEmpty(true),
                ExportOptions.DEFAULTS.withSrcAll(true))) {
            assertThat(validate(write(o, "v.tmx"))).isEmpty();
        }
    }

    @Test
    void theValidationCatchesAnInvalidTmx() throws Exception {
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header creationtool=\"x\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"plaintext\"/>"
                + "<body><tu><seg>x</seg></tu></body></tmx>", StandardCharsets.UTF_8);
        assertThat(validate(bad)).anyMatch(e -> e.contains("srclang")).anyMatch(e -> e.contains("tuv+"));
    }

    /** Validation errors of a DTD-validating parser that reads the DTD from the bundled resource, never the network. */
    static List<String> validate(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                InputStream in = TmxExportTest.class.getResourceAsStream("/standards/tmx14.dtd");
                assertThat(in).as("bundled DTD").isNotNull();
                InputSource src = new InputSource(in);
                src.setSystemId(systemId);
                return src;
            }
            throw new SAXException("test refuses to load " + systemId);
        });
        List<String> errors = new ArrayList<>();
        b.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            b.parse(file.toFile());
        } catch (SAXParseException e) {
            // Already collected by fatalError.
        }
        return errors;
    }

    @Test
    void okapisTmxFilterReadsTheSameTexts() throws Exception {
        Path f = write(ExportOptions.DEFAULTS.withPair(0, 3), "okapi.tmx");
        LocaleId zh = LocaleId.fromString("zh-CN");
        LocaleId en = LocaleId.fromString("en-US");
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        TmxFilter filter = new TmxFilter();
        try {
            filter.open(new RawDocument(f.toUri(), "UTF-8", zh, en));
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    sources.add(tu.getSource().toString());
                    targets.add(tu.getTarget(en).toString());
                }
            }
        } finally {
            filter.close();
        }
        assertThat(sources).containsExactly("王毅同外交部长拉夫罗夫会谈。", "双方讨论了乌克兰问题🇨🇳。", "中方愿同俄方加强合作。");
        assertThat(targets).containsExactly(ExportFixture.EN_1, ExportFixture.EN_2, "China stands ready to cooperate.");
    }

    @Test
    void charactersIllegalInXmlAreDroppedAndEmojiKept() throws Exception {
        var d = ExportFixture.doc("x.txt", org.triglot.model.Lang.EN, org.triglot.model.Script.LATIN,
                List.of(List.of("bell\u0007 nul\u0000 lone\uD800 ok 😀 \uFFFF end")));
        var d2 = ExportFixture.doc("y.txt", org.triglot.model.Lang.RU, org.triglot.model.Script.CYRILLIC, List.of(List.of("да\u000B")));
        Comparison x = Comparisons.of(List.of(d, d2), List.of(), "sentences",
                List.of(new org.triglot.model.AlignedRow(List.of(List.of(0), List.of(0)), 1.0, false)));
        Path f = dir.resolve("illegal.tmx");
        Exports.write(x, ExportFormat.TMX, ExportOptions.DEFAULTS, f);
        assertThat(validate(f)).isEmpty();
        ExportedTable t = Exports.read(f);
        assertThat(t.rows().get(0).texts()).containsExactly("bell nul lone ok 😀  end", "да");
    }
}
