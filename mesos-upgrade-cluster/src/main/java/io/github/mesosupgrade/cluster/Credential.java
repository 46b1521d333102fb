package io.github.mesosupgrade.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mesosupgrade.internal.Shown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One principal and secret for HTTP basic authentication, read from a file in the form Mesos reads
 * its {@code --credentials} and {@code --http_credentials} files (src/credentials/credentials.hpp
 * at 0.20.0 to 1.11.0): JSON {@code {"credentials":[{"principal":..,"secret":..}]}}, or lines of
 * {@code principal secret} split on spaces (0.15.0 to 1.10.x; gone in 1.11.0, but a file that
 * worked is still read here).
 */
final class Credential {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String principal;
  private final String secret;

  Credential(String principal, String secret) {
    this.principal = principal;
    this.secret = secret;
  }

  String principal() {
    return principal;
  }

  /** Returns the value of the {@code Authorization} header. */
  String authorization() {
    return "Basic "
        + Base64.getEncoder().encodeToString((principal + ":" + secret).getBytes(UTF_8));
  }

  /**
   * Reads {@code file} and returns the credential of {@code principal}, or the first one if {@code
   * principal} is null.
   */
  static Credential read(Path file, @Nullable String principal) {
    String text;
    try {
      text = Files.readString(file, UTF_8);
    } catch (IOException | RuntimeException e) {
      throw bad(file, "cannot be read (" + Shown.value(String.valueOf(e.getMessage())) + ")");
    }
    List<Credential> all = parseJson(text);
    if (all == null) {
      all = parseText(file, text);
    }
    if (all.isEmpty()) {
      throw bad(file, "holds no credential");
    }
    if (principal == null) {
      return all.get(0);
    }
    List<String> principals = new ArrayList<>();
    for (Credential credential : all) {
      if (credential.principal.equals(principal)) {
        return credential;
      }
      principals.add(Shown.quoted(credential.principal));
    }
    throw bad(
        file,
        "holds no credential for principal "
            + Shown.quoted(principal)
            + "; it holds "
            + String.join(", ", principals));
  }

  /** Returns the credentials of a JSON file, or null if the text is not of that form. */
  private static @Nullable List<Credential> parseJson(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.path("credentials").isArray()) {
      return null;
    }
    List<Credential> out = new ArrayList<>();
    for (JsonNode entry : root.get("credentials")) {
      JsonNode principal = entry.path("principal");
      JsonNode secret = entry.path("secret");
      if (!principal.isTextual() || !(secret.isTextual() || secret.isMissingNode())) {
        return null;
      }
      out.add(new Credential(principal.asText(), secret.isMissingNode() ? "" : secret.asText()));
    }
    return out;
  }

  private static List<Credential> parseText(Path file, String text) {
    List<Credential> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      List<String> tokens = new ArrayList<>();
      for (String token : line.split(" ", -1)) {
        if (!token.isEmpty()) {
          tokens.add(token);
        }
      }
      if (line.isEmpty()) {
        continue;
      }
      if (tokens.size() != 2) {
        throw bad(
            file,
            "is neither JSON {\"credentials\":[{\"principal\":..,\"secret\":..}]} nor lines of"
                + " \"principal secret\": line "
                + (out.size() + 1)
                + " is "
                + Shown.quoted(line));
      }
      out.add(new Credential(tokens.get(0), tokens.get(1)));
    }
    return out;
  }

  private static ClusterReadException bad(Path file, String problem) {
    return new ClusterReadException(
        ClusterReadException.Reason.BAD_CREDENTIALS_FILE,
        "The credentials file " + Shown.quoted(file.toString()) + " " + problem + ".");
  }

  /** Returns the principal only: the secret is never shown. */
  @Override
  public String toString() {
    return "principal " + Shown.quoted(principal);
  }
}
