package io.github.mesosupgrade.cluster;

/**
 * Text from a cluster or a file, made safe to show in a message: control characters escaped and cut
 * to {@link #LIMIT} characters, so that an answer cannot flood or forge a line of output.
 */
final class Shown {
  /** The most characters of one value a message shows. */
  static final int LIMIT = 120;

  private Shown() {}

  /** Returns {@code text} quoted as it is shown in messages: {@code "a\nb"}. */
  static String quoted(String text) {
    return '"' + value(text) + '"';
  }

  /** Returns {@code text} with control characters escaped, cut after {@link #LIMIT} characters. */
  static String value(String text) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < text.length(); i++) {
      if (shown == LIMIT) {
        return out.append("... (").append(text.length()).append(" characters)").toString();
      }
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
      shown++;
    }
    return out.toString();
  }
}
