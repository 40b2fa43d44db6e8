package org.triglot.model;

import java.util.List;
import java.util.Objects;

/**
 * A flag's explanation without its wording, so a client can show it in any language the engine has templates for:
 * a message key with arguments, each either plain text (a version's name, an excerpt, a figure, a speaker) or a
 * phrase of its own ("paragraphs 3 and 6", "both sides", "the Chinese account"), which is put into words in the same
 * language. A reason that is only {@link Text} has no key: an older project file kept nothing but the English sentence.
 */
public sealed interface Reason permits Reason.Text, Reason.Message {

    /** Words shown as they are, in every language. */
    record Text(String text) implements Reason {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A template key (compare/reasons*.properties) and the arguments put into it, {0} first. */
    record Message(String key, List<Reason> args) implements Reason {
        public Message {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    static Reason text(String text) {
        return new Text(text);
    }

    static Message of(String key, Reason... args) {
        return new Message(key, List.of(args));
    }
}
