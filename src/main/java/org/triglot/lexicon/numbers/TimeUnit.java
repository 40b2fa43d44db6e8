package org.triglot.lexicon.numbers;

import java.util.Locale;

/** Units of a {@link NumberMention.Kind#DURATION}, named as they appear in keys ("dur:3:day"). */
enum TimeUnit {
    HOUR, DAY, WEEK, MONTH, YEAR;

    String keyName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
