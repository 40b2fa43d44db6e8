package org.triglot.nlp;

import org.triglot.model.Lang;
import org.triglot.model.Script;

/**
 * The language of a text with its script and a confidence in 0–1. For a text in a language Triglot does not
 * align, {@code lang} is OTHER and {@code detail} names what it looks like ("French", "Japanese").
 */
public record LanguageGuess(Lang lang, Script script, double confidence, String detail) {
}
