package org.triglot.lexicon.names;

/**
 * A coarse sound skeleton of a name that is comparable across Han, Cyrillic and Latin script:
 * upper-case letters are consonant classes (P T K F L S J M N, Y the glide), lower-case letters
 * vowels, and ə / ʊ a weak e-i / u that may stand for nothing.
 *
 * @param sounds the skeleton, e.g. "LaFLoF" for Лавров
 */
public record PhoneticKey(String sounds) {

    public PhoneticKey {
        sounds = sounds == null ? "" : sounds;
    }

    /** The key of a name in any of the three scripts; empty for other or mixed scripts. */
    public static PhoneticKey of(String name) {
        return switch (Script.of(name)) {
            case HAN -> new PhoneticKey(HanSounds.of(name));
            case CYRILLIC -> new PhoneticKey(CyrillicSounds.of(name));
            case LATIN -> new PhoneticKey(LatinSounds.of(name));
            case MIXED, NONE -> new PhoneticKey("");
        };
    }

    /** True when the name gave no sounds at all. */
    public boolean isEmpty() {
        return sounds.isEmpty();
    }

    /** Similarity in [0, 1]: one minus the weighted edit distance over the heavier key's weight. */
    public double similarity(PhoneticKey other) {
        return SoundDistance.similarity(sounds, other.sounds);
    }
}
