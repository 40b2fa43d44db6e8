package org.triglot.model;

/** Something the user should know about an import that still succeeded (a guessed encoding, another language). */
public record ImportWarning(String key, String message) {
}
