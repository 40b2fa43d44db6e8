package org.triglot.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecoderTest {
    private static final String ZH = "王毅表示，中俄要加强在金砖框架内的协调配合，深化广大发展中国家团结合作。";
    private static final String ZH_HANT = "王毅表示，中俄要加強在金磚框架內的協調配合，深化廣大發展中國家團結合作。";
    private static final String RU = "Министры отметили ключевое значение дипломатии лидеров для дальнейшего углубления отношений.";

    private static DecodedText decode(byte[] b) {
        return TextDecoder.decode(b).orElseThrow();
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = ZH.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(decode(plain).text()).isEqualTo(ZH);
        assertThat(decode(bom).text()).isEqualTo(ZH);
        assertThat(decode(bom).charset()).contains("BOM");
    }

    @Test
    void utf16ByBomAndByZeroBytePattern() {
        byte[] le = ("\uFEFF" + RU).getBytes(StandardCharsets.UTF_16LE);
        assertThat(decode(le).text()).isEqualTo(RU);
        byte[] noBom = "Foreign ministers met in Rio.".getBytes(StandardCharsets.UTF_16BE);
        assertThat(decode(noBom).text()).isEqualTo("Foreign ministers met in Rio.");
    }

    @Test
    void legacyChineseEncodings() {
        assertThat(decode(ZH.getBytes(Charset.forName("GBK"))).text()).isEqualTo(ZH);
        assertThat(decode(ZH.getBytes(Charset.forName("GB18030"))).charset()).isEqualTo("GB18030");
        DecodedText big5 = decode(ZH_HANT.getBytes(Charset.forName("Big5")));
        assertThat(big5.text()).isEqualTo(ZH_HANT);
        assertThat(big5.guessed()).isTrue();
    }

    @Test
    void legacyRussianEncodings() {
        assertThat(decode(RU.getBytes(Charset.forName("windows-1251"))).text()).isEqualTo(RU);
        assertThat(decode(RU.getBytes(Charset.forName("KOI8-R"))).text()).isEqualTo(RU);
    }

    @Test
    void binaryIsNotText() {
        byte[] bin = new byte[512];
        for (int i = 0; i < bin.length; i++) {
            bin[i] = (byte) (i * 37 + 11);
        }
        assertThat(TextDecoder.decode(bin)).isEmpty();
    }
}
