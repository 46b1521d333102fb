package io.github.mesosupgrade.internal;

import static java.util.Objects.requireNonNull;

/**
 * User-supplied text made safe to show in a message or a listing: control and invisible characters
 * escaped, and cut to {@link #LIMIT} characters, so that a value from a file, a cluster or the
 * command line can neither flood the output nor forge or hide part of a line, nor drive the
 * terminal with escape sequences. <strong>Not API</strong>: it is for mesos-upgrade's own modules
 * and may change in any release.
 *
 * <p>Escaped are line breaks, tab, quote and backslash ({@code \n}, {@code \r}, {@code \t}, {@code
 * \"}, {@code \\}), and as {@code \}{@code u001b} every other control character (ESC, BEL, DEL,
 * C1), every format character (bidi controls, zero-width spaces and joiners, the byte order mark),
 * every space but the plain space (such as the no-break space {@code \}{@code u00a0}), the line and
 * paragraph separators, and surrogates that are not part of a pair. The first {@link #LIMIT}
 * characters of the original text are kept; a longer text is followed by {@code ... (N
 * characters)}, with N the length of the whole text.
 */
public final class Shown {
  /** The most characters of one value a message shows. */
  public static final int LIMIT = 120;

  /** The most characters of one whole message {@link #line} shows. */
  public static final int LINE_LIMIT = 2000;

  private Shown() {}

  /**
   * Returns {@code text} as {@link #value} shows it, in double quotes: {@code "a\nb"}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String quoted(String text) {
    return '"' + value(text) + '"';
  }

  /**
   * Returns {@code text} with control and invisible characters escaped, cut after {@link #LIMIT}
   * characters.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String value(String text) {
    return shown(text, LIMIT, true);
  }

  /**
   * Returns a whole message or line {@code text} safe to print: control and invisible characters
   * escaped as {@link #value} escapes them, but quotes, backslashes and the plain space kept, and
   * cut after {@link #LINE_LIMIT} characters.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String line(String text) {
    return shown(text, LINE_LIMIT, false);
  }

  private static String shown(String text, int limit, boolean escapeQuotes) {
    requireNonNull(text, "text must not be null");
    StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 16);
    int shown = 0;
    int i = 0;
    while (i < text.length()) {
      if (shown == limit) {
        return out.append("... (").append(text.length()).append(" characters)").toString();
      }
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = text.codePointAt(i);
        if (invisible(Character.getType(codePoint))) {
          out.append(escaped(c)).append(escaped(text.charAt(i + 1)));
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i += 2;
        shown += 2;
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append(escapeQuotes ? "\\\"" : "\"");
        case '\\' -> out.append(escapeQuotes ? "\\\\" : "\\");
        default -> {
          if (c != ' ' && invisible(Character.getType(c))) {
            out.append(escaped(c));
          } else {
            out.append(c);
          }
        }
      }
      i++;
      shown++;
    }
    return out.toString();
  }

  private static boolean invisible(int type) {
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED;
  }

  private static String escaped(char c) {
    return String.format("\\u%04x", (int) c);
  }
}
