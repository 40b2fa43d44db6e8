package org.triglot.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Document;
import org.triglot.model.Lang;
import org.triglot.model.Paragraph;
import org.triglot.model.Script;
import org.triglot.model.Sentence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentImporterTest {
    private final DocumentImporter importer = new DocumentImporter();

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DocumentImporterTest.class.getResource("/fixtures/" + name).toURI());
    }

    private static void assertSpansPointIntoText(Document doc) {
        for (Paragraph p : doc.paragraphs()) {
            assertThat(p.span().of(doc.text())).isEqualTo(p.text());
            for (Sentence s : p.sentences()) {
                assertThat(p.span().contains(s.span())).isTrue();
                assertThat(s.span().of(doc.text())).isEqualTo(s.text());
            }
        }
    }

    @Test
    void traditionalChineseIsRecognisedAndKeptForDisplay() throws Exception {
        Document doc = importer.importFile(fixture("zh-hant.txt"));
        assertThat(doc.lang()).isEqualTo(Lang.ZH);
        assertThat(doc.script()).isEqualTo(Script.HANT);
        assertThat(doc.paragraphs()).hasSize(3);
        assertThat(doc.paragraphs().get(0).heading()).isTrue();
        assertThat(doc.paragraphs().get(1).sentences()).hasSize(2);
        assertThat(doc.text()).contains("加強");
        assertSpansPointIntoText(doc);
    }

    @Test
    void russianWithCrlfKeepsSpansAndInitials() throws Exception {
        Document doc = importer.importFile(fixture("ru-crlf.txt"));
        assertThat(doc.lang()).isEqualTo(Lang.RU);
        assertThat(doc.paragraphs()).hasSize(3);
        assertThat(doc.paragraphs().get(1).sentences()).extracting(Sentence::text)
                .containsExactly("С.В.Лавров встретился с Ван И в Рио-де-Жанейро, т.е. на полях встречи БРИКС.", "Стороны обсудили подготовку визита.");
        assertThat(doc.text()).contains("\r\n");
        assertThat(doc.paragraphs().get(1).text()).startsWith("С.В.Лавров").doesNotContain("\r");
        assertSpansPointIntoText(doc);
    }

    @Test
    void fileWithoutBlankLinesHasOneParagraphPerLine() throws Exception {
        Document doc = importer.importFile(fixture("en-lines.txt"));
        assertThat(doc.lang()).isEqualTo(Lang.EN);
        assertThat(doc.paragraphs()).hasSize(3);
        assertThat(doc.paragraphs().get(0).sentences()).hasSize(2);
        assertSpansPointIntoText(doc);
    }

    @Test
    void markdownHeadingsAreMarked() throws Exception {
        Document doc = importer.importFile(fixture("ru.md"));
        assertThat(doc.paragraphs()).extracting(Paragraph::heading).containsExactly(true, false, true, false);
        assertThat(doc.paragraphs().get(0).text()).isEqualTo("Встреча министров");
    }

    @Test
    void otherLanguagesGetAWarning() throws Exception {
        Document fr = importer.importFile(fixture("fr.txt"));
        assertThat(fr.lang()).isEqualTo(Lang.OTHER);
        assertThat(fr.warnings()).anySatisfy(w -> assertThat(w.message()).contains("French"));
        Document ja = importer.importFile(fixture("ja.txt"));
        assertThat(ja.lang()).isEqualTo(Lang.OTHER);
        assertThat(ja.warnings()).anySatisfy(w -> assertThat(w.message()).contains("Japanese"));
    }

    @Test
    void legacyEncodingIsDetectedAndReported() throws Exception {
        Path f = dir.resolve("gbk.txt");
        Files.write(f, "王毅表示，中俄要加强在金砖框架内的协调配合。\n\n双方同意深化务实合作。".getBytes("GBK"));
        Document doc = importer.importFile(f);
        assertThat(doc.encoding()).isEqualTo("GB18030");
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.key()).isEqualTo("import.encodingGuessed"));
    }

    @Test
    void docxParagraphsComeFromStructureNotFromLineBreaks() throws Exception {
        Path f = dir.resolve("readout.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("Wang Yi meets Lavrov");
            XWPFParagraph p = docx.createParagraph();
            XWPFRun r = p.createRun();
            r.setText("The ministers met in Rio de Janeiro.");
            r.addBreak();
            r.setText("This line follows a soft break in the same paragraph.");
            docx.createParagraph().createRun().setText("A second paragraph about BRICS cooperation.");
            docx.write(out);
        }
        Document doc = importer.importFile(f);
        assertThat(doc.paragraphs()).hasSize(3);
        assertThat(doc.paragraphs().get(1).text()).contains("Rio de Janeiro.\nThis line follows");
        assertThat(doc.paragraphs().get(1).sentences()).hasSize(2);
        assertSpansPointIntoText(doc);
    }

    @Test
    void htmlDivsAndListsAreParagraphsAndScriptsAreIgnored() throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html><head><title>T</title><script>var x = 1;</script></head><body>"
                + "<h1>中俄外长会谈</h1><div>王毅表示，中俄要加强协调配合。</div><ul><li>第一点：深化合作。</li><li>第二点：保持沟通。</li></ul>"
                + "<p>拉夫罗夫说，俄方愿<br/>保持密切沟通。</p></body></html>", StandardCharsets.UTF_8);
        Document doc = importer.importFile(f);
        assertThat(doc.paragraphs()).extracting(Paragraph::text)
                .containsExactly("中俄外长会谈", "王毅表示，中俄要加强协调配合。", "第一点：深化合作。", "第二点：保持沟通。", "拉夫罗夫说，俄方愿\n保持密切沟通。");
        assertThat(doc.paragraphs().get(0).heading()).isTrue();
        assertThat(doc.text()).doesNotContain("var x");
    }

    @Test
    void pdfTextIsImported() throws Exception {
        Path f = dir.resolve("readout.pdf");
        writePdf(f, null);
        Document doc = importer.importFile(f);
        assertThat(doc.lang()).isEqualTo(Lang.EN);
        assertThat(doc.text()).contains("Foreign ministers met in Rio");
    }

    @Test
    void encryptedPdfIsRefusedWithAClearMessage() throws Exception {
        Path f = dir.resolve("secret.pdf");
        writePdf(f, "owner-password");
        assertThatThrownBy(() -> importer.importFile(f)).isInstanceOf(ImportException.class)
                .hasMessageContaining("password-protected")
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.encrypted");
    }

    @Test
    void corruptDocxIsRefused() throws Exception {
        Path f = dir.resolve("broken.docx");
        Files.write(f, new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> importer.importFile(f)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).key()).isIn("import.corrupt", "import.noText");
    }

    @Test
    void emptyMissingBinaryAndHugeFilesAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> importer.importFile(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> importer.importFile(dir.resolve("nope.txt")))
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.missing");
        Path bin = dir.resolve("data.txt");
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        Files.write(bin, b);
        assertThatThrownBy(() -> importer.importFile(bin))
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.binary");
        DocumentImporter small = new DocumentImporter(org.triglot.nlp.Nlp.shared(),
                new ImportLimits(1024, 1024, 10_000, java.time.Duration.ofSeconds(10)));
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "word ".repeat(1000), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.importFile(big)).hasMessageContaining("MB")
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.tooLarge");
        Path symbols = dir.resolve("symbols.txt");
        Files.writeString(symbols, "2025 — 12:30\n\n!!!", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importFile(symbols))
                .extracting(e -> ((ImportException) e).key()).isEqualTo("import.noText");
    }

    @Test
    void pastedTextWithBomImports() throws Exception {
        Document doc = importer.importText("pasted", "\uFEFFМинистры встретились в Москве.");
        assertThat(doc.lang()).isEqualTo(Lang.RU);
        assertThat(doc.text()).startsWith("Министры");
    }

    private static void writePdf(Path f, String ownerPassword) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Foreign ministers met in Rio de Janeiro and discussed cooperation within BRICS.");
                cs.endText();
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, "user-password", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(f.toFile());
        }
    }
}
