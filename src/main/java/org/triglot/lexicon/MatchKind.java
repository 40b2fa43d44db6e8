package org.triglot.lexicon;

/** Why two words were taken to say the same thing. */
public enum MatchKind {
    /** A bilingual dictionary (CC-CEDICT, Mueller, or the two through English). */
    DICTIONARY,
    /** An entry of the diplomatic glossary. */
    GLOSSARY,
    /** A personal or place name matched across scripts (pinyin, Palladius, phonetic key). */
    NAME,
    /** The same number, date, anniversary or amount. */
    NUMBER,
    /** The same token on both sides (a Latin acronym in Chinese text, the same word in two English versions). */
    IDENTICAL,
    /** A word pair learned from the documents being aligned (self-training). */
    LEARNED
}
