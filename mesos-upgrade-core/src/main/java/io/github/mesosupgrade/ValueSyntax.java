package io.github.mesosupgrade;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values each {@link FlagType} accepts, the way stout's flag parsers read them ({@code
 * flags/parse.hpp}, {@code duration.hpp}, {@code bytes.hpp}, {@code numify.hpp}), by release.
 *
 * <p>Where the catalog's type covers several C++ types, the check accepts what any of them takes: a
 * {@link FlagType#NUMBER} may be an integer or a {@code double}, so fractions and exponents pass;
 * JSON may be an object or an array. Values read from a file ({@code file://...}, or a JSON flag's
 * absolute path) are not looked into.
 */
final class ValueSyntax {
  private ValueSyntax() {}

  /** The parsers at 1.11.0, where every rule below holds. */
  static final Source PARSERS_1_11 =
      Source.mesos("3rdparty/stout/include/stout/flags/parse.hpp", "1.11.0");

  /** Durations: {@code Duration::parse}, unchanged from 0.11 to 1.11. */
  static final Source DURATION_SOURCE =
      Source.mesos("3rdparty/stout/include/stout/duration.hpp", "1.11.0");

  /** Sizes: {@code Bytes::parse}, unchanged from 0.11 to 1.11. */
  static final Source BYTES_SOURCE =
      Source.mesos("3rdparty/stout/include/stout/bytes.hpp", "1.11.0");

  /** Numbers: {@code numify}, {@code boost::lexical_cast} first, hexadecimal by hand later. */
  static final Source NUMIFY_SOURCE =
      Source.mesos("3rdparty/stout/include/stout/numify.hpp", "1.11.0");

  /** The first release whose {@code numify} reads {@code 0x} hexadecimal numbers. */
  static final MesosVersion HEX_FROM = MesosVersion.of(0, 27, 0);

  /** The first release whose {@code numify} reads negative ({@code -0x}) hexadecimal numbers. */
  static final MesosVersion NEGATIVE_HEX_FROM = MesosVersion.of(1, 1, 0);

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(?i:inf|infinity|nan)");
  private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
  private static final Pattern NEGATIVE_HEX = Pattern.compile("-0[xX][0-9a-fA-F]+");
  private static final Pattern DURATION =
      Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|ms|secs|mins|hrs|days|weeks)");
  private static final Pattern BYTES = Pattern.compile("(\\d+)(?i:B|KB|MB|GB|TB)");
  private static final BigInteger MAX_UNSIGNED_64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** Why a value is refused: what the type takes, an example, and where the rule is read. */
  record Refusal(String takes, String example, Source source) {}

  /**
   * Returns why {@code release} refuses {@code value} for a flag of {@code type}, or empty if it
   * accepts it.
   */
  static Optional<Refusal> check(FlagType type, String value, MesosVersion release) {
    return switch (type) {
      case BOOLEAN, STRING, PATH -> Optional.empty();
      case NUMBER ->
          isNumber(value, release)
              ? Optional.empty()
              : Optional.of(new Refusal(numberTakes(release), "5050", NUMIFY_SOURCE));
      case DURATION ->
          isDuration(value)
              ? Optional.empty()
              : Optional.of(
                  new Refusal(
                      "a number and one of the units ns, us, ms, secs, mins, hrs, days, weeks",
                      "10secs",
                      DURATION_SOURCE));
      case BYTES ->
          isBytes(value)
              ? Optional.empty()
              : Optional.of(
                  new Refusal(
                      "a whole number and one of the units B, KB, MB, GB, TB",
                      "512MB",
                      BYTES_SOURCE));
      case JSON ->
          isJson(value)
              ? Optional.empty()
              : Optional.of(
                  new Refusal(
                      "a JSON object or array, or the file:// path of a file holding one",
                      "file:///etc/mesos/acls.json",
                      PARSERS_1_11));
    };
  }

  private static String numberTakes(MesosVersion release) {
    if (release.isBefore(HEX_FROM)) {
      return "a decimal number";
    }
    return release.isBefore(NEGATIVE_HEX_FROM)
        ? "a decimal number or a 0x hexadecimal one"
        : "a decimal number or a 0x or -0x hexadecimal one";
  }

  private static boolean isNumber(String value, MesosVersion release) {
    if (DECIMAL.matcher(value).matches()) {
      return true;
    }
    if (!release.isBefore(HEX_FROM) && HEX.matcher(value).matches()) {
      return true;
    }
    return !release.isBefore(NEGATIVE_HEX_FROM) && NEGATIVE_HEX.matcher(value).matches();
  }

  private static boolean isDuration(String value) {
    if (!DURATION.matcher(value).matches()) {
      return false;
    }
    // Duration::parse refuses what an int64 of nanoseconds cannot hold; a week is the largest unit.
    String number = value.replaceAll("[a-z]+$", "");
    double nanos = Double.parseDouble(number) * unitNanos(value.substring(number.length()));
    return nanos <= Long.MAX_VALUE;
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "secs" -> 1e9;
      case "mins" -> 60e9;
      case "hrs" -> 3600e9;
      case "days" -> 86400e9;
      default -> 604800e9;
    };
  }

  private static boolean isBytes(String value) {
    var matcher = BYTES.matcher(value);
    return matcher.matches() && new BigInteger(matcher.group(1)).compareTo(MAX_UNSIGNED_64) <= 0;
  }

  private static boolean isJson(String value) {
    if (value.startsWith("/") || value.startsWith("file://")) {
      return true;
    }
    JsonText text = new JsonText(value);
    text.space();
    char first = text.peek();
    if ((first != '{' && first != '[') || !text.value()) {
      return false;
    }
    text.space();
    return text.atEnd();
  }

  /** A recursive-descent reader that only says whether text is one JSON value (RFC 8259). */
  private static final class JsonText {
    private final String text;
    private int at;
    private int depth;

    JsonText(String text) {
      this.text = text;
    }

    char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    boolean atEnd() {
      return at == text.length();
    }

    void space() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    boolean value() {
      if (++depth > 512) {
        return false;
      }
      space();
      boolean ok =
          switch (peek()) {
            case '{' -> members('}', true);
            case '[' -> members(']', false);
            case '"' -> string();
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
          };
      depth--;
      return ok;
    }

    private boolean members(char close, boolean object) {
      at++;
      space();
      if (peek() == close) {
        at++;
        return true;
      }
      while (true) {
        space();
        if (object) {
          if (peek() != '"' || !string()) {
            return false;
          }
          space();
          if (peek() != ':') {
            return false;
          }
          at++;
        }
        if (!value()) {
          return false;
        }
        space();
        char next = peek();
        at++;
        if (next == close) {
          return true;
        }
        if (next != ',') {
          return false;
        }
      }
    }

    private boolean string() {
      at++;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return true;
        }
        if (c < 0x20) {
          return false;
        }
        if (c == '\\') {
          if (at >= text.length()) {
            return false;
          }
          char escaped = text.charAt(at++);
          if (escaped == 'u') {
            if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
              return false;
            }
            at += 4;
          } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
            return false;
          }
        }
      }
      return false;
    }

    private boolean word(String word) {
      if (text.startsWith(word, at)) {
        at += word.length();
        return true;
      }
      return false;
    }

    private boolean number() {
      var matcher = JSON_NUMBER.matcher(text).region(at, text.length());
      if (!matcher.lookingAt()) {
        return false;
      }
      at = matcher.end();
      return true;
    }
  }

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
}
