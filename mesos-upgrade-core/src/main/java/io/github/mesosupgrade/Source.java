package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a step, note or fact comes from: a bullet of the Mesos upgrade guide, or a file of the
 * apache/mesos repository at a release tag or commit.
 *
 * <pre>{@code
 * Source.guide("Upgrading from 0.14.0 to 0.15.0", 10);
 * Source.guide("Upgrading from 1.7.x to 1.8.x", 1, "1.8.0");
 * Source.mesos("src/master/flags.hpp", "0.15.0");
 * }</pre>
 */
@Value.Immutable
public abstract class Source {
  /** The repository every source lives in. */
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
    MESOS_FILE
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
    return ImmutableSource.builder()
        .kind(Kind.MESOS_FILE)
        .path(path)
        .revision(revision)
        .section("")
        .bullet(0)
        .build();
  }

  /** Returns the kind of source. */
  public abstract Kind kind();

  /** Returns the path of the file inside the apache/mesos repository. */
  public abstract String path();

  /** Returns the tag or commit the file is read at. */
  public abstract String revision();

  /** Returns the guide section heading, or the empty string for a {@link Kind#MESOS_FILE}. */
  public abstract String section();

  /** Returns the guide bullet counted from 1, or 0 for a {@link Kind#MESOS_FILE}. */
  public abstract int bullet();

  /**
   * Returns a link to the file on GitHub at its revision, for example {@code
   * https://github.com/apache/mesos/blob/0.15.0/src/master/flags.hpp}.
   */
  public String url() {
    return "https://github.com/" + REPOSITORY + "/blob/" + revision() + "/" + path();
  }

  /**
   * Returns a one-line citation, for example {@code upgrade guide, "Upgrading from 0.14.0 to
   * 0.15.0", bullet 10}, {@code upgrade guide at 1.8.0, "Upgrading from 1.7.x to 1.8.x", bullet 1}
   * or {@code apache/mesos src/master/flags.hpp at 0.15.0}.
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
    };
  }

  static String blankMessage(String part) {
    return "source " + part + " must not be blank";
  }

  static String bulletMessage(int bullet) {
    return "guide bullet must be 1 or more, got " + bullet;
  }
}
