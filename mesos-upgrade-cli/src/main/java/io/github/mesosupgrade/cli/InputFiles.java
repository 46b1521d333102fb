package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.internal.Shown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The one reader of every file and of standard input the commands take: UTF-8 text, at most {@link
 * #limit()} bytes, read without ever holding more than the limit, with every failure a one-line
 * reason that names the file.
 *
 * <p>Read are regular files, standard input ({@code -}, where a command takes it) and named pipes
 * the user gave as the input; a device (such as {@code /dev/zero}), a directory or a socket is
 * refused before it is opened. A file that a command only inspects (the credentials file {@code
 * lint} looks into) is read only if it is a regular file, so that a named pipe with no writer is
 * never opened.
 */
final class InputFiles {
  /** The environment variable that sets the size limit, in bytes. */
  static final String LIMIT_VARIABLE = "MESOS_UPGRADE_MAX_INPUT_BYTES";

  /**
   * The default size limit, 16 MiB: about 30 times the largest real documents, the JSON plan from
   * 0.11.0 to 1.11.0 (539 371 bytes) and the built-in catalog as a catalog document (about 572 000
   * bytes), and small enough that a document at the limit is read and checked in a 256 MB heap.
   */
  static final long DEFAULT_LIMIT = 16L * 1024 * 1024;

  private static final int FIFO = 0010000;
  private static final int FILE_TYPE = 0170000;

  private final long limit;

  private InputFiles(long limit) {
    this.limit = limit;
  }

  /**
   * Returns the reader with the limit of {@code env}'s {@value #LIMIT_VARIABLE}, or {@link
   * #DEFAULT_LIMIT}.
   *
   * @throws UsageException if the variable is set but is not a whole number of bytes from 1
   */
  static InputFiles from(Map<String, String> env) {
    String value = env.get(LIMIT_VARIABLE);
    if (value == null) {
      return new InputFiles(DEFAULT_LIMIT);
    }
    long limit;
    try {
      limit = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      limit = 0;
    }
    if (limit < 1) {
      throw new UsageException(
          LIMIT_VARIABLE
              + " is "
              + Shown.quoted(value)
              + ": expected a whole number of bytes from 1, such as "
              + DEFAULT_LIMIT
              + " (the default)");
    }
    return new InputFiles(limit);
  }

  /** Returns the most bytes one input may have. */
  long limit() {
    return limit;
  }

  /**
   * A file that could not be read, with why in the message: {@code cannot read x: no such file}.
   */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * Returns the text of the input {@code file} that option or parameter {@code name} gave; {@code
   * -} names a file.
   *
   * @param label how messages name the file, such as {@code --catalog FILE} or {@code FILE}
   * @throws UsageException naming the file, why it cannot be read and {@code whatWorks}; if {@code
   *     file} is empty, naming {@code name}
   */
  String read(String name, String label, String file, String whatWorks) {
    checkGiven(name, file, whatWorks);
    try {
      return readFile(label, file, false);
    } catch (Unreadable e) {
      throw new UsageException(e.getMessage() + "; " + whatWorks);
    }
  }

  /**
   * Returns the text of the input {@code file} that {@code name} gave, or of {@code stdin} if it is
   * {@code -}.
   *
   * @throws UsageException naming the file, why it cannot be read and {@code whatWorks}; if {@code
   *     file} is empty, naming {@code name}
   */
  String readOrStdin(String name, String file, InputStream stdin, String whatWorks) {
    checkGiven(name, file, whatWorks);
    try {
      if (file.equals("-")) {
        return decode("standard input", bounded("standard input", stdin));
      }
      return readFile(Shown.value(file), file, false);
    } catch (IOException e) {
      throw new UsageException(
          "cannot read standard input: "
              + Shown.value(String.valueOf(e.getMessage()))
              + "; "
              + whatWorks);
    } catch (Unreadable e) {
      throw new UsageException(e.getMessage() + "; " + whatWorks);
    }
  }

  /**
   * Returns the text of {@code file}, a file a command only inspects: read only if it is a regular
   * file, so that a named pipe is never opened.
   *
   * @throws Unreadable with a message that names the file and why it was not read
   */
  String inspect(String file) throws Unreadable {
    return readFile(Shown.value(file), file, true);
  }

  private static void checkGiven(String name, String file, String whatWorks) {
    if (file.isEmpty()) {
      throw new UsageException(name + " is empty: no file given; " + whatWorks);
    }
  }

  private String readFile(String label, String file, boolean regularOnly) throws Unreadable {
    try {
      Path path = Path.of(file);
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new Unreadable("cannot read " + label + ": it is a directory");
      }
      if (!attributes.isRegularFile() && (regularOnly || !isFifo(path))) {
        throw new Unreadable(
            "cannot read "
                + label
                + (regularOnly
                    ? ": it is not a regular file"
                    : ": it is not a regular file or a named pipe"));
      }
      if (attributes.isRegularFile() && attributes.size() > limit) {
        throw tooBig(label);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return decode(label, bounded(label, in));
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable("cannot read " + label + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable("cannot read " + label + ": permission denied");
    } catch (FileSystemException e) {
      // getMessage() repeats the path, which the label already shows
      throw new Unreadable(
          "cannot read "
              + label
              + ": "
              + Shown.value(e.getReason() == null ? e.getClass().getName() : e.getReason()));
    } catch (InvalidPathException e) {
      throw new Unreadable("cannot read " + label + ": " + Shown.value(e.getReason()));
    } catch (IOException e) {
      throw new Unreadable(
          "cannot read " + label + ": " + Shown.value(String.valueOf(e.getMessage())));
    }
  }

  private static boolean isFifo(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode");
      return mode instanceof Integer bits && (bits & FILE_TYPE) == FIFO;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private byte[] bounded(String label, InputStream in) throws IOException, Unreadable {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    while (true) {
      int wanted = (int) Math.min(buffer.length, limit + 1 - total);
      int n = in.read(buffer, 0, wanted);
      if (n < 0) {
        return bytes.toByteArray();
      }
      total += n;
      if (total > limit) {
        throw tooBig(label);
      }
      bytes.write(buffer, 0, n);
    }
  }

  private Unreadable tooBig(String label) {
    return new Unreadable(
        "cannot read "
            + label
            + ": it is larger than the input limit of "
            + limit
            + " bytes (set "
            + LIMIT_VARIABLE
            + " to raise it)");
  }

  private static String decode(String label, byte[] bytes) throws Unreadable {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("cannot read " + label + ": it is not UTF-8 text");
    }
  }
}
