package io.github.mesosupgrade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShownTest {
  static Stream<Arguments> hostileText() {
    return Stream.of(
        Arguments.of("escape", "a\u001b[2Jb", "a\\u001b[2Jb"),
        Arguments.of("bell", "\u0007", "\\u0007"),
        Arguments.of("no-break space", "a\u00a0b", "a\\u00a0b"),
        Arguments.of("bidi override", "a\u202eb", "a\\u202eb"),
        Arguments.of("zero width", "a\u200bb", "a\\u200bb"),
        Arguments.of("line separator", "a\u2028b", "a\\u2028b"),
        Arguments.of("DEL and C1", "\u007f\u009b", "\\u007f\\u009b"),
        Arguments.of("private use", "\ue000", "\\ue000"),
        Arguments.of("emoji kept", "a\ud83d\ude00b", "a\ud83d\ude00b"),
        Arguments.of("tag character", "\udb40\udc01", "\\udb40\\udc01"),
        Arguments.of("lone surrogate", "a\ud83db", "a\\ud83db"),
        Arguments.of("lone low", "\ude00", "\\ude00"),
        Arguments.of("high at end", "a\ud83d", "a\\ud83d"),
        Arguments.of("plain", "0.15.0", "0.15.0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileText")
  void escapesControlAndInvisibleCharacters(String what, String text, String shown) {
    assertThat(Shown.value(text)).isEqualTo(shown);
  }

  @Test
  void escapesLineBreaksTabsQuotesAndBackslashes() {
    assertThat(Shown.value("a\nb\rc\td\"e\\f g")).isEqualTo("a\\nb\\rc\\td\\\"e\\\\f g");
    assertThat(Shown.quoted("a\"b")).isEqualTo("\"a\\\"b\"");
  }

  @Test
  void cutsLongTextAndSaysHowLongItWas() {
    assertThat(Shown.value("x".repeat(Shown.LIMIT))).isEqualTo("x".repeat(Shown.LIMIT));
    assertThat(Shown.value("x".repeat(10_000_000)))
        .isEqualTo("x".repeat(Shown.LIMIT) + "... (10000000 characters)");
  }

  @Test
  void showsAWholeLineWithItsQuotesAndBackslashesButNoControls() {
    assertThat(Shown.line("plan: \"a\\b\" \u001b]0;owned\u0007"))
        .isEqualTo("plan: \"a\\b\" \\u001b]0;owned\\u0007");
    assertThat(Shown.line("y".repeat(Shown.LINE_LIMIT + 1)))
        .isEqualTo("y".repeat(Shown.LINE_LIMIT) + "... (2001 characters)");
  }
}
