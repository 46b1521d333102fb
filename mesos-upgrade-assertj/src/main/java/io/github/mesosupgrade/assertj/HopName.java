package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.ReleaseLine;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.internal.Shown;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A hop as a test names it, in either of the two notations the library prints: {@code FROM -> TO}
 * as {@link UpgradeHop#toString()} writes it ({@code 1.2.3 -> 1.11.0}), or {@code FROM-TO} as the
 * part of a step id before the slash ({@code 1.10-1.11}, {@code 1.2.0-1.2.3}). Either separator
 * goes with either kind of side: two releases, or two release lines ({@code 0.14-0.15}, {@code 0.14
 * -> 0.15}), which stand for any release of their line.
 *
 * <p>A hop of a plan has this name when its releases match both sides. A step is in a hop of this
 * name when the hop of the plan it sits in has the name, or when the part of its id before the
 * slash, the section of the upgrade guide it comes from, is this name: {@code 1.10-1.11} names the
 * steps {@code 1.10-1.11/...} of the plan hop {@code 1.2.3 -> 1.11.0}.
 */
final class HopName {
  private static final String NUMBER = "[0-9]{1,9}";
  private static final String SIDE = NUMBER + "\\." + NUMBER + "(?:\\." + NUMBER + ")?";
  private static final Pattern FORM =
      Pattern.compile("\\s*(" + SIDE + ")\\s*(?:->|-)\\s*(" + SIDE + ")\\s*");

  private final MesosVersion from;
  private final MesosVersion to;
  private final boolean lines;

  private HopName(MesosVersion from, MesosVersion to, boolean lines) {
    this.from = from;
    this.to = to;
    this.lines = lines;
  }

  /**
   * Reads a hop name; empty if {@code text} is in neither notation, mixes a release and a release
   * line, or does not go forward.
   */
  static Optional<HopName> parse(String text) {
    Matcher matcher = FORM.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String fromText = matcher.group(1);
    String toText = matcher.group(2);
    boolean fromLine = isLine(fromText);
    if (fromLine != isLine(toText)) {
      return Optional.empty();
    }
    Optional<MesosVersion> from = version(fromText, fromLine);
    Optional<MesosVersion> to = version(toText, fromLine);
    if (from.isEmpty() || to.isEmpty() || !from.get().isBefore(to.get())) {
      return Optional.empty();
    }
    return Optional.of(new HopName(from.get(), to.get(), fromLine));
  }

  private static boolean isLine(String side) {
    return side.indexOf('.') == side.lastIndexOf('.');
  }

  private static Optional<MesosVersion> version(String side, boolean line) {
    return MesosVersion.tryParse(line ? side + ".0" : side);
  }

  /** Returns whether the hop of a plan from {@code hopFrom} to {@code hopTo} has this name. */
  boolean names(MesosVersion hopFrom, MesosVersion hopTo) {
    return matches(from, hopFrom) && matches(to, hopTo);
  }

  /** Returns whether {@code hop}, a hop of a plan, has this name. */
  boolean names(UpgradeHop hop) {
    return names(hop.from(), hop.to());
  }

  /**
   * Returns whether {@code step} is in a hop of this name, knowing the hop of the plan it sits in:
   * that hop has the name, or the step's id comes from a hop of this name.
   */
  boolean contains(UpgradeStep step, UpgradeHop hop) {
    return names(hop) || isSourceOf(step);
  }

  /**
   * Returns whether {@code step} may be in a hop of this name, not knowing the plan: its id comes
   * from a hop of this name, or it works towards a release the name ends on and its id comes from a
   * hop within the name's releases.
   */
  boolean mayContain(UpgradeStep step) {
    if (isSourceOf(step)) {
      return true;
    }
    Optional<HopName> source = source(step);
    return matches(to, step.version())
        && source.isPresent()
        && line(source.get().from).compareTo(line(from)) >= 0
        && line(source.get().to).compareTo(line(to)) <= 0;
  }

  private boolean isSourceOf(UpgradeStep step) {
    return source(step).filter(this::equals).isPresent();
  }

  private static Optional<HopName> source(UpgradeStep step) {
    String id = step.id();
    int slash = id.indexOf('/');
    return slash < 0 ? Optional.empty() : parse(id.substring(0, slash));
  }

  private boolean matches(MesosVersion side, MesosVersion release) {
    return lines ? line(side).contains(release) : side.equals(release);
  }

  private static ReleaseLine line(MesosVersion version) {
    return version.releaseLine();
  }

  /** Returns whether {@code obj} is a hop name of the same kind and releases. */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof HopName other
        && lines == other.lines
        && from.equals(other.from)
        && to.equals(other.to);
  }

  /** Returns a hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return from.hashCode() * 31 + to.hashCode() + (lines ? 1 : 0);
  }

  /**
   * Returns the name in the notation of the library: {@code 0.14-0.15} for release lines, {@code
   * 1.2.0 -> 1.2.3} for releases.
   */
  @Override
  public String toString() {
    return lines ? line(from).shortName() + "-" + line(to).shortName() : from + " -> " + to;
  }

  /** The message for {@code hop}, given to {@code method}, which is not a hop. */
  static String invalidMessage(String method, String hop) {
    return method
        + ": "
        + Shown.quoted(hop)
        + " is not a hop; write FROM -> TO with two releases, such as 1.2.3 -> 1.11.0, or FROM-TO"
        + " as in step ids, with two release lines, such as 1.10-1.11, or two releases, such as"
        + " 1.2.0-1.2.3";
  }
}
