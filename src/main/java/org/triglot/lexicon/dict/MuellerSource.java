package org.triglot.lexicon.dict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a dictd dictionary (Mueller's English–Russian): the {@code .index} lines {@code headword TAB offset TAB
 * length} with base64 numbers, pointing at byte ranges of the uncompressed UTF-8 {@code .dict.dz} data.
 */
final class MuellerSource {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** One article of the dictionary under the headword the index gives it (lower case in Mueller). */
    record Article(String headword, String text) {
    }

    private MuellerSource() {
    }

    static List<Article> read(Path index, Path dictDz) throws IOException {
        byte[] data;
        // dictzip is gzip with random-access extras; reading it whole as gzip is simplest and the data is small.
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dictDz), 1 << 16)) {
            data = in.readAllBytes();
        }
        List<Article> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IOException(index + ":" + lineNo + ": expected headword, offset and length");
            }
            long offset = decode(f[1]);
            long length = decode(f[2]);
            if (offset < 0 || length < 0 || offset + length > data.length) {
                throw new IOException(index + ":" + lineNo + ": article outside the data (" + f[1] + ", " + f[2] + ")");
            }
            out.add(new Article(f[0], new String(data, (int) offset, (int) length, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** A dictd base64 number (most significant digit first). */
    static long decode(String digits) {
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = BASE64.indexOf(digits.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("not a dictd base64 number: " + digits);
            }
            n = n * 64 + d;
        }
        return n;
    }
}
