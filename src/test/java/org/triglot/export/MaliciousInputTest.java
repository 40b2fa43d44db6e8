package org.triglot.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** XXE, billion laughs and oversized files are refused with one clear sentence; a DOCTYPE is never fetched. */
class MaliciousInputTest {
    @TempDir
    Path dir;

    private static final String TMX_BODY = "<tmx version=\"1.4\"><header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\""
            + " o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv>"
            + "<tuv xml:lang=\"ru\"><seg>да</seg></tuv></tu></body></tmx>";

    private static final String LAUGHS = "<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">";

    private Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private Path secret() throws Exception {
        return file("secret.txt", "TOP-SECRET");
    }

    @Test
    void tmxWithAnExternalEntityIsRefused() throws Exception {
        Path f = file("xxe.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret().toUri() + "\">]>\n"
                + TMX_BODY.formatted("&xxe;"));
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class)
                .hasMessageContaining("xxe.tmx declares the external entity 'xxe'").hasMessageNotContaining("TOP-SECRET")
                .extracting(e -> ((ExportException) e).key()).isEqualTo("export.entities");
    }

    @Test
    void tmxWithAParameterEntityIsRefused() throws Exception {
        Path f = file("pe.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY % p SYSTEM \"" + secret().toUri() + "\"> %p;]>\n"
                + TMX_BODY.formatted("x"));
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class).hasMessageContaining("declares")
                .hasMessageContaining("internal DTD subset");
    }

    @Test
    void tmxBillionLaughsIsRefused() throws Exception {
        Path f = file("lol.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [" + LAUGHS + "]>\n" + TMX_BODY.formatted("&lol9;"));
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class)
                .hasMessageContaining("declares the entity 'lol'");
    }

    @Test
    void tmxNamingARemoteDtdIsReadWithoutFetchingIt() throws Exception {
        // Port 9 on localhost: if the reader tried to fetch the DTD it would fail, not read the file.
        Path f = file("remote.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n"
                + TMX_BODY.formatted("yes &amp; no"));
        ExportedTable t = Exports.read(f);
        assertThat(t.columns()).containsExactly("en", "ru");
        assertThat(t.rows().get(0).texts()).containsExactly("yes & no", "да");
    }

    @Test
    void aDoctypeForAnotherRootIsRefused() throws Exception {
        Path f = file("html.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n" + TMX_BODY.formatted("x"));
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class).hasMessageContaining("not a TMX file");
    }

    private static final String XLIFF = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"ru\">"
            + "<file id=\"f\"><unit id=\"u\"><segment><source>%s</source><target>да</target></segment></unit></file></xliff>";

    @Test
    void xliffWithAnExternalEntityIsRefused() throws Exception {
        Path f = file("xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + secret().toUri() + "\">]>\n"
                + XLIFF.formatted("&xxe;"));
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class)
                .hasMessageContaining("xxe.xlf has a DOCTYPE declaration").hasMessageContaining("external-entity")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void xliffBillionLaughsIsRefused() throws Exception {
        Path f = file("lol.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [" + LAUGHS + "]>\n" + XLIFF.formatted("&lol9;"));
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class).hasMessageContaining("has a DOCTYPE declaration")
                .extracting(e -> ((ExportException) e).key()).isEqualTo("export.doctype");
    }

    @Test
    void aPlainXliffIsRead() throws Exception {
        ExportedTable t = Exports.read(file("ok.xlf", XLIFF.formatted("yes")));
        assertThat(t.rows().get(0).texts()).containsExactly("yes", "да");
    }

    @Test
    void filesOverTheCapAreRefusedBeforeParsing() throws Exception {
        Path f = dir.resolve("huge.tmx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(Xml.MAX_INPUT_BYTES + 1);
        }
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class).hasMessageContaining("up to 64 MB");
    }

    @Test
    void malformedXmlSaysWhere() throws Exception {
        Path f = file("broken.tmx", "<tmx version=\"1.4\"><header></tmx>");
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class)
                .hasMessageContaining("broken.tmx is not well-formed XML (line 1");
    }
}
