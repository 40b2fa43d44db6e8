package org.triglot.lexicon;

import org.triglot.model.Lang;

import java.util.Set;

/**
 * Function words that carry no evidence of translation: they occur in every sentence, so matching them would
 * make every pair look alike. English and Russian lists are of stems/lemmas as the tokenizers produce them.
 */
public final class Stopwords {
    private static final Set<String> EN = set(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
            "about", "than", "that", "this", "these", "those", "it", "it'", "its", "be", "have", "do", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "such", "there", "their",
            "they", "them", "he", "she", "his", "her", "him", "we", "our", "us", "you", "your", "i", "my", "me", "which",
            "who", "whom", "whose", "what", "when", "where", "while", "also", "all", "ani", "each", "other", "more",
            "most", "some", "up", "out", "if", "then", "onli", "veri", "just", "over", "between", "through", "dure",
            "after", "befor", "under", "again", "further", "here", "how", "whi", "both", "own", "same", "too", "'s",
            "'s", "one", "said", "say", "within", "among", "upon", "whether", "well", "mr", "ms", "mrs");
    private static final Set<String> RU = set(
            "и", "в", "во", "на", "с", "со", "по", "к", "ко", "о", "об", "обо", "от", "до", "из", "за", "для", "у", "при",
            "а", "но", "или", "что", "как", "это", "этот", "тот", "так", "же", "бы", "ли", "не", "ни", "он", "она",
            "оно", "они", "мы", "вы", "я", "ты", "его", "ее", "их", "свой", "который", "весь", "все", "быть", "также",
            "уже", "еще", "о", "под", "над", "между", "через", "после", "перед", "чтобы", "если", "когда", "где",
            "там", "тут", "здесь", "то", "да", "нет", "кто", "чем", "сам", "самый", "один", "такой", "этом", "со",
            "без", "около", "вокруг", "против", "ради", "вместе", "лишь", "только", "даже", "именно", "ведь", "вот");
    private static final Set<String> ZH = set(
            "的", "了", "是", "在", "和", "与", "及", "以及", "也", "都", "而", "并", "并且", "等", "对", "将", "就", "又",
            "把", "被", "从", "向", "于", "为", "以", "之", "其", "这", "那", "此", "该", "着", "过", "地", "得", "所",
            "个", "上", "中", "下", "里", "我", "你", "他", "她", "它", "我们", "他们", "你们", "同", "跟", "给", "让",
            "还", "再", "很", "更", "最", "要", "会", "能", "可以", "已", "已经", "一", "不", "没有", "或", "或者",
            "如", "如果", "因为", "所以", "但", "但是", "而且", "方面", "有", "这个", "那个", "这些", "那些", "其中",
            "就是", "则", "即", "乃", "及其", "之一", "各", "每", "们");

    private Stopwords() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** True for a function word (norm as produced by the tokenizer of that language). */
    public static boolean isStopword(String norm, Lang lang) {
        return switch (lang) {
            case ZH -> ZH.contains(norm);
            case RU -> RU.contains(norm);
            case EN, OTHER -> EN.contains(norm);
        };
    }
}
