package org.triglot.nlp;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.Locale;
import java.util.Map;

/**
 * English normal forms: the Snowball (Porter 2) stem of the lower-cased word, after mapping the irregular verb
 * and noun forms of news text to their base form, which Snowball cannot do ("met" → "meet", "held" → "hold").
 */
public final class EnglishStemmer {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("met", "meet"), Map.entry("held", "hold"), Map.entry("said", "say"), Map.entry("says", "say"),
            Map.entry("told", "tell"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("made", "make"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("came", "come"), Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("thought", "think"),
            Map.entry("brought", "bring"), Map.entry("sought", "seek"), Map.entry("fought", "fight"), Map.entry("won", "win"),
            Map.entry("led", "lead"), Map.entry("left", "leave"), Map.entry("kept", "keep"), Map.entry("felt", "feel"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("wrote", "write"), Map.entry("written", "write"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("stood", "stand"), Map.entry("understood", "understand"),
            Map.entry("sent", "send"), Map.entry("spent", "spend"), Map.entry("built", "build"), Map.entry("meant", "mean"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("grew", "grow"), Map.entry("grown", "grow"),
            Map.entry("drew", "draw"), Map.entry("drawn", "draw"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("been", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("did", "do"), Map.entry("does", "do"), Map.entry("done", "do"),
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"), Map.entry("people", "people"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("lives", "life"),
            Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("better", "good"), Map.entry("best", "good"),
            Map.entry("worse", "bad"), Map.entry("worst", "bad"), Map.entry("ran", "run"), Map.entry("sat", "sit"),
            Map.entry("ate", "eat"), Map.entry("eaten", "eat"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
            Map.entry("flew", "fly"), Map.entry("flown", "fly"), Map.entry("broke", "break"), Map.entry("broken", "break"),
            Map.entry("found", "find"), Map.entry("paid", "pay"), Map.entry("laid", "lay"), Map.entry("lay", "lie"),
            Map.entry("heard", "hear"), Map.entry("lost", "lose"), Map.entry("sold", "sell"), Map.entry("bought", "buy"),
            Map.entry("caught", "catch"), Map.entry("taught", "teach"), Map.entry("struck", "strike"), Map.entry("shook", "shake"),
            Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("wore", "wear"), Map.entry("worn", "wear"),
            Map.entry("slept", "sleep"), Map.entry("swept", "sweep"), Map.entry("dealt", "deal"), Map.entry("hung", "hang"),
            Map.entry("hid", "hide"), Map.entry("hidden", "hide"), Map.entry("forgot", "forget"), Map.entry("forgotten", "forget"),
            Map.entry("sang", "sing"), Map.entry("sung", "sing"), Map.entry("rang", "ring"), Map.entry("rung", "ring"),
            Map.entry("swam", "swim"), Map.entry("drank", "drink"), Map.entry("drunk", "drink"), Map.entry("bore", "bear"),
            Map.entry("born", "bear"), Map.entry("became", "become"), Map.entry("overcame", "overcome"), Map.entry("withdrew", "withdraw"),
            Map.entry("undertook", "undertake"), Map.entry("reaffirmed", "reaffirm"), Map.entry("cities", "city"),
            Map.entry("countries", "country"), Map.entry("parties", "party"), Map.entry("policies", "policy"));

    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        String base = IRREGULAR.getOrDefault(lower, lower);
        return stemmer.get().stem(base).toString();
    }
}
