package org.triglot.lexicon.numbers;

/** The currencies that readouts of China–Russia talks mention, with their ISO codes used in keys. */
enum Currency {
    USD, CNY, RUB, EUR;

    String code() {
        return name();
    }
}
