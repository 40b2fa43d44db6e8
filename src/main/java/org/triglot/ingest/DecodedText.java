package org.triglot.ingest;

/** Text decoded from a plain-text file, with the charset that was used and whether it was a guess. */
public record DecodedText(String text, String charset, boolean guessed) {
}
