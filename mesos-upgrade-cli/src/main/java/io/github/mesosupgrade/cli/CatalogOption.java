package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.InvalidCatalogException;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.json.CatalogFormatException;
import io.github.mesosupgrade.json.CatalogJson;
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
import picocli.CommandLine.Option;

/**
 * The {@code --catalog FILE} option of {@code plan}, {@code validate} and {@code versions}: plan
 * and check against a custom catalog read from a JSON file ({@link CatalogJson}) instead of the
 * built-in one.
 */
final class CatalogOption {
  private static final String WHAT_WORKS =
      "give the path of a JSON catalog (schema: mesos-upgrade-catalog.schema.json in the jar)";

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = {
        "plan and check with the catalog in this JSON file instead of the built-in one;",
        "with \"base\": \"built-in\" it extends the built-in catalog"
      })
  private String file = "";

  /**
   * Returns the catalog to work with: the one in {@code --catalog FILE}, or the built-in one.
   *
   * @throws UsageException if the file cannot be read, is not a catalog document, or describes an
   *     inconsistent catalog; the message names the file and every problem
   */
  UpgradeCatalog catalog() {
    if (file.isEmpty()) {
      return UpgradeCatalog.builtIn();
    }
    String json = read();
    try {
      return CatalogJson.read(json);
    } catch (CatalogFormatException e) {
      throw new UsageException("--catalog " + file + ": " + e.getMessage());
    } catch (InvalidCatalogException e) {
      throw new UsageException(
          "--catalog "
              + file
              + ": the catalog has "
              + e.problems().size()
              + " problem(s): "
              + String.join("; ", e.problems()));
    }
  }

  private String read() {
    String label = "--catalog " + file;
    byte[] bytes;
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new UsageException("cannot read " + label + ": it is a directory; " + WHAT_WORKS);
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + label + ": no such file; " + WHAT_WORKS);
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read " + label + ": permission denied; " + WHAT_WORKS);
    } catch (IOException | InvalidPathException e) {
      throw new UsageException("cannot read " + label + ": " + e.getMessage() + "; " + WHAT_WORKS);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("cannot read " + label + ": it is not UTF-8 text; " + WHAT_WORKS);
    }
  }
}
