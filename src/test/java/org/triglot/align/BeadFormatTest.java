package org.triglot.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeadFormatTest {
    @Test
    void formatsAndParsesTwoAndThreeSides() {
        List<List<Integer>> two = List.of(List.of(0, 1), List.of(2));
        assertThat(BeadFormat.format(two)).isEqualTo("[0, 1]:[2]");
        assertThat(BeadFormat.parse("[0, 1]:[2]")).isEqualTo(two);
        assertThat(BeadFormat.parse("[0]:[1,2]:[]")).isEqualTo(List.of(List.of(0), List.of(1, 2), List.of()));
    }

    @Test
    void malformedBeadsSayWhatIsWrong() {
        assertThatThrownBy(() -> BeadFormat.parse("[0, x]:[1]")).hasMessageContaining("'x' is not a unit id");
        assertThatThrownBy(() -> BeadFormat.parse("[0]")).hasMessageContaining("at least two sides");
        assertThatThrownBy(() -> BeadFormat.parse("0:[1]")).hasMessageContaining("expected '['");
        assertThatThrownBy(() -> BeadFormat.parse("[0:[1]")).isInstanceOf(IllegalArgumentException.class);
    }
}
