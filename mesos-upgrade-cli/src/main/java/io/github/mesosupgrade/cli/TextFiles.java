package io.github.mesosupgrade.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the UTF-8 text files the commands take, turning every failure into a one-line reason. */
final class TextFiles {
  private TextFiles() {}

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
   * Returns the text of {@code file}.
   *
   * @throws UsageException naming the file, why it cannot be read and {@code whatWorks}
   */
  static String read(String file, String whatWorks) {
    try {
      return readOrExplain(file);
    } catch (Unreadable e) {
      throw new UsageException(e.getMessage() + "; " + whatWorks);
    }
  }

  /**
   * Returns the text of {@code file}.
   *
   * @throws Unreadable with a message that names the file and why it cannot be read
   */
  static String readOrExplain(String file) throws Unreadable {
    byte[] bytes;
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new Unreadable("cannot read " + file + ": it is a directory");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new Unreadable("cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable("cannot read " + file + ": permission denied");
    } catch (IOException | InvalidPathException e) {
      throw new Unreadable("cannot read " + file + ": " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("cannot read " + file + ": it is not UTF-8 text");
    }
  }
}
