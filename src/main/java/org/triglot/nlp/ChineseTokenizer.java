package org.triglot.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.triglot.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words by HanLP's segmenter, which keeps names whole (习近平/nr, 普京/nrf, 金砖/nz). Traditional text is
 * segmented in its Simplified form (same length, so offsets hold); the normal form is the Simplified word.
 */
public final class ChineseTokenizer implements Tokenizer {
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableOffset(true).enableNameRecognize(true)
                    .enableTranslatedNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(false));

    @Override
    public List<Token> tokenize(String text) {
        String simplified = ChineseScript.toSimplified(text);
        List<Token> out = new ArrayList<>();
        for (Term t : segment.get().seg(simplified)) {
            int start = t.offset;
            int end = start + t.word.length();
            if (start < 0 || end > text.length()) {
                continue;
            }
            if (t.word.isBlank()) {
                continue;
            }
            String tag = t.nature == null ? "" : t.nature.toString();
            out.add(new Token(new Span(start, end), text.substring(start, end), t.word, tag));
        }
        return out;
    }
}
