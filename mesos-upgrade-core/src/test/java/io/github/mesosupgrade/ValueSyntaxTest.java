package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which values each flag type accepts, as stout's parsers read them, by release. */
class ValueSyntaxTest {
  private static final MesosVersion V_0_20 = MesosVersion.of(0, 20, 0);
  private static final MesosVersion V_1_0 = MesosVersion.of(1, 0, 0);
  private static final MesosVersion V_1_11 = MesosVersion.of(1, 11, 0);

  private static Optional<ValueSyntax.Refusal> check(FlagType type, String value) {
    return ValueSyntax.check(type, value, V_1_11);
  }

  @Nested
  class Numbers {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "5050", "0", "-1", "+7", "0.80", "1.", ".5", "1e3", "2.5E-2", "0x1F", "0XFF", "-0x10",
          "inf", "NaN"
        })
    void accepted(String value) {
      assertThat(check(FlagType.NUMBER, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"", "abc", "5050abc", " 5050", "5050 ", "1,000", "0x", "0x1.8", "1e", "--1"})
    void refused(String value) {
      assertThat(check(FlagType.NUMBER, value))
          .contains(
              new ValueSyntax.Refusal(
                  "a decimal number or a 0x or -0x hexadecimal one",
                  "5050",
                  ValueSyntax.NUMIFY_SOURCE));
    }

    @Test
    void hexadecimalOnlyFrom027AndNegativeHexadecimalOnlyFrom110() {
      assertThat(ValueSyntax.check(FlagType.NUMBER, "0x10", V_0_20))
          .map(ValueSyntax.Refusal::takes)
          .contains("a decimal number");
      assertThat(ValueSyntax.check(FlagType.NUMBER, "0x10", V_1_0)).isEmpty();
      assertThat(ValueSyntax.check(FlagType.NUMBER, "-0x10", V_1_0))
          .map(ValueSyntax.Refusal::takes)
          .contains("a decimal number or a 0x hexadecimal one");
      assertThat(ValueSyntax.check(FlagType.NUMBER, "-0x10", V_1_11)).isEmpty();
    }
  }

  @Nested
  class Durations {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "1ns",
          "10us",
          "5ms",
          "10secs",
          "1mins",
          "2hrs",
          "7days",
          "1weeks",
          "1.5secs",
          ".5secs",
          "0secs",
          "15250weeks"
        })
    void accepted(String value) {
      assertThat(check(FlagType.DURATION, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "banana",
          "10",
          "10s",
          "10sec",
          "10SECS",
          "-1secs",
          "1.2.3secs",
          "secs",
          " 1secs",
          "1 secs",
          "15251weeks"
        })
    void refused(String value) {
      assertThat(check(FlagType.DURATION, value))
          .contains(
              new ValueSyntax.Refusal(
                  "a number and one of the units ns, us, ms, secs, mins, hrs, days, weeks",
                  "10secs",
                  ValueSyntax.DURATION_SOURCE));
    }
  }

  @Nested
  class Sizes {
    @ParameterizedTest
    @ValueSource(strings = {"0B", "512MB", "2GB", "1TB", "64kb", "10Mb", "18446744073709551615B"})
    void accepted(String value) {
      assertThat(check(FlagType.BYTES, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"", "512", "1.5GB", "MB", "10 MB", "10PB", "-1MB", "18446744073709551616B"})
    void refused(String value) {
      assertThat(check(FlagType.BYTES, value))
          .contains(
              new ValueSyntax.Refusal(
                  "a whole number and one of the units B, KB, MB, GB, TB",
                  "512MB",
                  ValueSyntax.BYTES_SOURCE));
    }
  }

  @Nested
  class Json {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "{}",
          "[]",
          " { \"permissive\" : false , \"run_tasks\": [ {\"principals\": {\"type\": \"ANY\"}} ] } ",
          "{\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\\\\\"]}",
          "file:///etc/mesos/acls.json",
          "/etc/mesos/acls.json"
        })
    void accepted(String value) {
      assertThat(check(FlagType.JSON, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "acls.json",
          "\"text\"",
          "42",
          "{",
          "{\"a\" 1}",
          "{\"a\": 1,}",
          "[1 2]",
          "{a: 1}",
          "{\"a\": tru}",
          "{} {}",
          "[01]",
          "{\"a\": \"\\x\"}",
          "{\"a\": \"\\u12\"}",
          "[\"\t\"]"
        })
    void refused(String value) {
      assertThat(check(FlagType.JSON, value))
          .contains(
              new ValueSyntax.Refusal(
                  "a JSON object or array, or the file:// path of a file holding one",
                  "file:///etc/mesos/acls.json",
                  ValueSyntax.PARSERS_1_11));
    }

    @Test
    void nestingDeeperThanAnyConfigurationIsRefusedRatherThanOverflowingTheStack() {
      assertThat(check(FlagType.JSON, "[".repeat(600) + "]".repeat(600))).isPresent();
      assertThat(check(FlagType.JSON, "[".repeat(100) + "]".repeat(100))).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "anything", "file:///x", " spaced ", "{"})
  void textAndPathsTakeAnyValue(String value) {
    assertThat(check(FlagType.STRING, value)).isEmpty();
    assertThat(check(FlagType.PATH, value)).isEmpty();
    assertThat(check(FlagType.BOOLEAN, value)).isEmpty();
  }
}
