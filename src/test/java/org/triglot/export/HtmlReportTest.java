package org.triglot.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.model.Comparison;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReportTest {
    @TempDir
    Path dir;

    private final Comparison c = ExportFixture.comparison();
    private final String html = Exports.render(c, ExportFormat.HTML, ExportOptions.DEFAULTS);

    @Test
    void sourceTextIsEscapedSoAScriptInAReadoutIsText() {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Wang Yi met Lavrov &amp; said &quot;")
                .contains("English &lt;MFA&gt;")
                .contains("The &lt;b&gt;numbers&lt;/b&gt; differ &amp; the Chinese has none.")
                .doesNotContain("<b>numbers</b>");
    }

    @Test
    void isSelfContained() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>")
                .contains("@media print").contains("default-src 'none'");
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain(" src=")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void flaggedRowsAreTintedAndTheFlaggedWordsMarked() {
        assertThat(html).contains("<tr id=\"row-4\" class=\"flagged reviewed\">")
                .contains("<tr id=\"row-2\" class=\"flagged uncertain\">")
                .contains("<mark class=\"omission\" title=\"omission: Only the Chinese says the talks were friendly;")
                .contains(">友好气氛</mark>")
                .contains("<mark class=\"entity\"")
                .contains(">украинский кризис</mark>")
                .contains(">1 &lt; 2</mark>")
                .contains("🇨🇳");
        // One column per version, headed by its label.
        assertThat(html).contains("<th>Chinese MFA</th><th>Chinese (Taiwan copy)</th><th>Russian MID</th><th>English &lt;MFA&gt;</th>");
        assertThat(html).contains("lang=\"zh-Hant\"").contains("lang=\"ru\"");
    }

    @Test
    void summarisesWhatEachVersionSaysThatAnotherDoesNot() {
        int summary = html.indexOf("id=\"summary\"");
        int rows = html.indexOf("id=\"rows\"");
        String part = html.substring(summary, rows);
        assertThat(part).contains("Only in <b>Chinese MFA</b>, not in English &lt;MFA&gt;")
                .contains("«友好气氛»")
                .contains("Only in <b>Russian MID</b>, not in English &lt;MFA&gt;")
                .doesNotContain("numbers"); // NUMBER flags are not omissions
        assertThat(html.substring(html.indexOf("id=\"flags\""))).contains("<a href=\"#row-1\">row 1</a>").contains("major");
    }

    @Test
    void aPairShowsTwoColumnsAndTheReportCannotBeReadBack() throws Exception {
        String pair = Exports.render(c, ExportFormat.HTML, ExportOptions.DEFAULTS.withPair(2, 3));
        assertThat(pair).contains("<th>Russian MID</th><th>English &lt;MFA&gt;</th><th>confidence</th>").doesNotContain("<th>Chinese MFA</th>");
        Path f = dir.resolve("r.html");
        Exports.write(c, ExportFormat.HTML, ExportOptions.DEFAULTS, f);
        assertThatThrownBy(() -> Exports.read(f)).isInstanceOf(ExportException.class).hasMessageContaining("HTML report");
    }
}
