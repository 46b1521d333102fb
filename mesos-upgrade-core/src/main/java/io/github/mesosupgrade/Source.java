package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.internal.Shown;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a step, note or fact comes from: a bullet of the Mesos upgrade guide or a file of the
 * apache/mesos repository at a release tag or commit (what the built-in catalog cites), or, for a
 * custom catalog or runbook, any document of your own: a web page, a file and line, or a ticket.
 *
 * <pre>{@code
 * Source.guide("Upgrading from 0.14.0 to 0.15.0", 10);
 * Source.guide("Upgrading from 1.7.x to 1.8.x", 1, "1.8.0");
 * Source.mesos("src/master/flags.hpp", "0.15.0");
 * Source.url("https://wiki.example.com/mesos/upgrade-0.15");
 * Source.document("runbooks/mesos-0.15.md", 42);
 * Source.ticket("JIRA", "OPS-1234", "https://jira.example.com/browse/OPS-1234");
 * }</pre>
 */
@Value.Immutable
public abstract class Source {
  /** The repository every {@link Kind#GUIDE} and {@link Kind#MESOS_FILE} source lives in. */
  public static final String REPOSITORY = "apache/mesos";

  /** The file and revision of the upgrade guide text for the sections up to 0.15.0. */
  static final String GUIDE_PATH = "docs/Upgrades.md";

  static final String GUIDE_REVISION = "0.15.0";

  /** The file of the upgrade guide from 0.16.0 on, read at the tag a section upgrades to. */
  static final String LATER_GUIDE_PATH = "docs/upgrades.md";

  /** The first release whose upgrade guide is {@code docs/upgrades.md}. */
  private static final MesosVersion LOWER_CASE_GUIDE = MesosVersion.of(0, 16, 0);

  Source() {}

  /** What kind of source this is. */
  public enum Kind {
    /**
     * A bullet of the Mesos upgrade guide: {@code docs/Upgrades.md} at {@code 0.15.0} for the
     * sections up to 0.15.0, {@code docs/upgrades.md} at the tag a later section upgrades to.
     */
    GUIDE,
    /** A file of the apache/mesos repository at a tag or commit. */
    MESOS_FILE,
    /** A web page of your own, cited by its {@code http} or {@code https} {@link Source#url()}. */
    URL,
    /**
     * A document of your own, such as a runbook in your repository, cited by its {@link
     * Source#path()} and, optionally, a {@link Source#line()}; it has no {@link Source#url()}.
     */
    DOCUMENT,
    /**
     * A ticket of an issue tracker, cited by its {@link Source#system()} and {@link
     * Source#ticketId()}, with a {@link Source#url()} when one is given.
     */
    TICKET
  }

  /**
   * Returns a bullet of the upgrade guide. A section that upgrades to 0.15.0 or earlier is read in
   * {@code docs/Upgrades.md} at the {@code 0.15.0} tag; a later one, such as {@code Upgrading from
   * 0.21.x to 0.22.x}, in {@code docs/upgrades.md} at the first release of the line it upgrades to
   * ({@code 0.22.0}), the text its release shipped.
   *
   * @param section the section heading without its trailing dot or {@code ##}, for example {@code
   *     Upgrading from 0.14.0 to 0.15.0}
   * @param bullet the position of the bullet in that section, counting from 1: every list item
   *     (nested ones too) and every paragraph counts, in order, except the heading, the line "In
   *     order to upgrade a running cluster:", anchors and code blocks
   * @throws NullPointerException if {@code section} is null
   * @throws IllegalArgumentException if {@code section} is blank or {@code bullet} is not positive
   */
  public static Source guide(String section, int bullet) {
    requireNonNull(section, "section must not be null");
    if (section.isBlank()) {
      throw new IllegalArgumentException(blankMessage("section"));
    }
    if (bullet <= 0) {
      throw new IllegalArgumentException(bulletMessage(bullet));
    }
    String target = sectionTarget(section);
    int dot = target == null ? -1 : target.indexOf('.');
    boolean afterOldGuide =
        target != null
            && (Integer.parseInt(target.substring(0, dot)) > 0
                || Integer.parseInt(target.substring(dot + 1)) > 15);
    return ImmutableSource.builder()
        .kind(Kind.GUIDE)
        .path(afterOldGuide ? LATER_GUIDE_PATH : GUIDE_PATH)
        .revision(afterOldGuide ? target + ".0" : GUIDE_REVISION)
        .section(section)
        .bullet(bullet)
        .build();
  }

  /**
   * Returns the release line {@code major.minor} that a heading {@code Upgrading from X to
   * major.minor.(patch|x)} (a dot after it allowed, {@code X} without white space) upgrades to, as
   * written, or null for any other heading. A loop rather than a regular expression: the built-in
   * hops cite the guide on the way to the first plan.
   */
  static @Nullable String sectionTarget(String section) {
    String prefix = "Upgrading from ";
    int space = section.indexOf(' ', prefix.length());
    if (!section.startsWith(prefix) || space <= prefix.length()) {
      return null;
    }
    for (int i = prefix.length(); i < space; i++) {
      if ("\t\n\u000B\f\r".indexOf(section.charAt(i)) >= 0) {
        return null;
      }
    }
    if (!section.startsWith("to ", space + 1)) {
      return null;
    }
    int end = section.endsWith(".") ? section.length() - 1 : section.length();
    int at = space + 4;
    int majorEnd = digits(section, at, end);
    if (majorEnd == at || majorEnd >= end || section.charAt(majorEnd) != '.') {
      return null;
    }
    int minorEnd = digits(section, majorEnd + 1, end);
    if (minorEnd == majorEnd + 1 || minorEnd >= end || section.charAt(minorEnd) != '.') {
      return null;
    }
    int patch = minorEnd + 1;
    boolean patchOk =
        (patch + 1 == end && section.charAt(patch) == 'x')
            || (patch < end && digits(section, patch, end) == end);
    return patchOk ? section.substring(at, minorEnd) : null;
  }

  /** Returns the end of the run of ASCII digits of {@code text} from {@code start}, before end. */
  private static int digits(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Returns a bullet of the upgrade guide as it stands at a release tag: {@code docs/Upgrades.md}
   * up to {@code 0.15.0}, {@code docs/upgrades.md} from {@code 0.16.0} on. At {@code 0.15.0} it is
   * the same source as {@link #guide(String, int)}.
   *
   * @param section the section heading, for example {@code Upgrading from 1.7.x to 1.8.x}
   * @param bullet the position of the bullet in that section, counting from 1: the list items and
   *     numbered steps of the section in order, each with the lines and sub-items under it
   * @param tag the release tag the guide is read at, for example {@code 1.8.0}
   * @throws NullPointerException if {@code section} or {@code tag} is null
   * @throws IllegalArgumentException if {@code section} is blank or {@code bullet} is not positive
   * @throws MalformedVersionException if {@code tag} is not a release such as {@code 1.8.0}
   */
  public static Source guide(String section, int bullet, String tag) {
    requireNonNull(section, "section must not be null");
    requireNonNull(tag, "tag must not be null");
    if (section.isBlank()) {
      throw new IllegalArgumentException(blankMessage("section"));
    }
    if (bullet <= 0) {
      throw new IllegalArgumentException(bulletMessage(bullet));
    }
    MesosVersion release = MesosVersion.parse(tag);
    return ImmutableSource.builder()
        .kind(Kind.GUIDE)
        .path(release.compareTo(LOWER_CASE_GUIDE) < 0 ? GUIDE_PATH : LATER_GUIDE_PATH)
        .revision(release.toString())
        .section(section)
        .bullet(bullet)
        .build();
  }

  /**
   * Returns a file of the apache/mesos repository at a tag or commit.
   *
   * @param path the path inside the repository, for example {@code src/master/flags.hpp}
   * @param revision a release tag such as {@code 0.15.0}, or a commit id
   * @throws NullPointerException if {@code path} or {@code revision} is null
   * @throws IllegalArgumentException if {@code path} or {@code revision} is blank
   */
  public static Source mesos(String path, String revision) {
    requireNonNull(path, "path must not be null");
    requireNonNull(revision, "revision must not be null");
    if (path.isBlank()) {
      throw new IllegalArgumentException(blankMessage("path"));
    }
    if (revision.isBlank()) {
      throw new IllegalArgumentException(blankMessage("revision"));
    }
    return ImmutableSource.builder().kind(Kind.MESOS_FILE).path(path).revision(revision).build();
  }

  /**
   * Returns a web page of your own, such as a page of your wiki.
   *
   * @param url an absolute {@code http} or {@code https} URL with a host, for example {@code
   *     https://wiki.example.com/mesos/upgrade-0.15}
   * @throws NullPointerException if {@code url} is null
   * @throws IllegalArgumentException if {@code url} is not such a URL, naming it
   */
  public static Source url(String url) {
    requireNonNull(url, "url must not be null");
    return ImmutableSource.builder().kind(Kind.URL).link(checkedUrl(url)).build();
  }

  /**
   * Returns a web page of your own; the same as {@link #url(String)} with {@code url.toString()}.
   *
   * @param url an absolute {@code http} or {@code https} URI with a host
   * @throws NullPointerException if {@code url} is null
   * @throws IllegalArgumentException if {@code url} is not such a URI, naming it
   */
  public static Source url(URI url) {
    requireNonNull(url, "url must not be null");
    return url(url.toString());
  }

  /**
   * Returns a whole document of your own, such as a runbook in your repository.
   *
   * @param path the document's path or name, for example {@code runbooks/mesos-0.15.md}
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} is blank or holds a control character
   */
  public static Source document(String path) {
    requireNonNull(path, "path must not be null");
    return ImmutableSource.builder().kind(Kind.DOCUMENT).path(checkedText("path", path)).build();
  }

  /**
   * Returns a line of a document of your own.
   *
   * @param path the document's path or name, for example {@code runbooks/mesos-0.15.md}
   * @param line the line cited, counting from 1
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} is blank or holds a control character, or
   *     {@code line} is not positive
   */
  public static Source document(String path, int line) {
    requireNonNull(path, "path must not be null");
    if (line <= 0) {
      throw new IllegalArgumentException(lineMessage(line));
    }
    return ImmutableSource.builder()
        .kind(Kind.DOCUMENT)
        .path(checkedText("path", path))
        .line(line)
        .build();
  }

  /**
   * Returns a ticket of an issue tracker, without a link.
   *
   * @param system the tracker, for example {@code JIRA}
   * @param id the ticket's id in that tracker, for example {@code OPS-1234}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank or holds a control character
   */
  public static Source ticket(String system, String id) {
    requireNonNull(system, "system must not be null");
    requireNonNull(id, "id must not be null");
    return ImmutableSource.builder()
        .kind(Kind.TICKET)
        .system(checkedText("system", system))
        .ticketId(checkedText("id", id))
        .build();
  }

  /**
   * Returns a ticket of an issue tracker with the link to it.
   *
   * @param system the tracker, for example {@code JIRA}
   * @param id the ticket's id in that tracker, for example {@code OPS-1234}
   * @param url the ticket's absolute {@code http} or {@code https} URL, for example {@code
   *     https://jira.example.com/browse/OPS-1234}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code system} or {@code id} is blank or holds a control
   *     character, or {@code url} is not an {@code http} or {@code https} URL
   */
  public static Source ticket(String system, String id, String url) {
    requireNonNull(system, "system must not be null");
    requireNonNull(id, "id must not be null");
    requireNonNull(url, "url must not be null");
    return ImmutableSource.builder()
        .kind(Kind.TICKET)
        .system(checkedText("system", system))
        .ticketId(checkedText("id", id))
        .link(checkedUrl(url))
        .build();
  }

  private static String checkedText(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(blankMessage(name));
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(controlMessage(name, value));
    }
    return value;
  }

  private static String checkedUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(urlMessage(url), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException(urlMessage(url));
    }
    return url;
  }

  /** Returns the kind of source. */
  public abstract Kind kind();

  /**
   * Returns the path of the file: inside the apache/mesos repository for a {@link Kind#GUIDE} or
   * {@link Kind#MESOS_FILE}, the document's own for a {@link Kind#DOCUMENT}; the empty string for a
   * {@link Kind#URL} or {@link Kind#TICKET}.
   */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * Returns the tag or commit a {@link Kind#GUIDE} or {@link Kind#MESOS_FILE} is read at; the empty
   * string for the other kinds.
   */
  @Value.Default
  public String revision() {
    return "";
  }

  /** Returns the guide section heading, or the empty string for a source of another kind. */
  @Value.Default
  public String section() {
    return "";
  }

  /** Returns the guide bullet counted from 1, or 0 for a source of another kind. */
  @Value.Default
  public int bullet() {
    return 0;
  }

  /**
   * Returns the line of a {@link Kind#DOCUMENT} counted from 1, or 0 when the source cites the
   * whole document or is of another kind.
   */
  @Value.Default
  public int line() {
    return 0;
  }

  /** Returns the issue tracker of a {@link Kind#TICKET}, or the empty string for other kinds. */
  @Value.Default
  public String system() {
    return "";
  }

  /** Returns the ticket's id of a {@link Kind#TICKET}, or the empty string for other kinds. */
  @Value.Default
  public String ticketId() {
    return "";
  }

  /** The link of a {@link Kind#URL} or {@link Kind#TICKET}, as given. */
  abstract Optional<String> link();

  /**
   * Returns the link to the source where there is one: the file on GitHub at its revision for a
   * {@link Kind#GUIDE} or {@link Kind#MESOS_FILE} (for example {@code
   * https://github.com/apache/mesos/blob/0.15.0/src/master/flags.hpp}), the page of a {@link
   * Kind#URL}, the ticket's link if one was given; empty for a {@link Kind#DOCUMENT}.
   */
  public Optional<String> url() {
    return switch (kind()) {
      case GUIDE, MESOS_FILE ->
          Optional.of("https://github.com/" + REPOSITORY + "/blob/" + revision() + "/" + path());
      case URL, TICKET, DOCUMENT -> link();
    };
  }

  /**
   * Returns a one-line citation, for example {@code upgrade guide, "Upgrading from 0.14.0 to
   * 0.15.0", bullet 10}, {@code upgrade guide at 1.8.0, "Upgrading from 1.7.x to 1.8.x", bullet 1},
   * {@code apache/mesos src/master/flags.hpp at 0.15.0}, {@code
   * https://wiki.example.com/mesos/upgrade-0.15}, {@code runbooks/mesos-0.15.md, line 42} or {@code
   * JIRA OPS-1234}.
   */
  @Override
  public String toString() {
    return switch (kind()) {
      case GUIDE ->
          "upgrade guide"
              + (revision().equals(GUIDE_REVISION) ? "" : " at " + revision())
              + ", \""
              + section()
              + "\", bullet "
              + bullet();
      case MESOS_FILE -> REPOSITORY + " " + path() + " at " + revision();
      case URL -> link().orElse("");
      case DOCUMENT -> path() + (line() > 0 ? ", line " + line() : "");
      case TICKET -> system() + " " + ticketId();
    };
  }

  static String blankMessage(String part) {
    return "source " + part + " must not be blank";
  }

  static String bulletMessage(int bullet) {
    return "guide bullet must be 1 or more, got " + bullet;
  }

  static String lineMessage(int line) {
    return "document line must be 1 or more, got "
        + line
        + ": count lines from 1, or cite the whole document with Source.document(path)";
  }

  static String controlMessage(String part, String value) {
    return "source "
        + part
        + " "
        + Shown.quoted(value)
        + " holds a control character: write it on one line, without tabs or line breaks";
  }

  static String urlMessage(String url) {
    return Shown.quoted(url)
        + " is not a link a source can cite: expected an absolute http or https URL with a host,"
        + " such as https://wiki.example.com/mesos/upgrade-0.15";
  }
}
