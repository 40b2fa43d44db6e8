package org.triglot.lexicon.dict;

import java.util.List;

/** One CC-CEDICT entry as shown by the {@code lookup} command: headword in both scripts, pinyin and readable glosses. */
public record ZhEntry(String simplified, String traditional, String pinyin, List<String> glosses) {
    public ZhEntry {
        glosses = List.copyOf(glosses);
    }
}
