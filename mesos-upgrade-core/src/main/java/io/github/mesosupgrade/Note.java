package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import io.github.mesosupgrade.internal.Shown;
import java.util.List;
import org.immutables.value.Value;

/**
 * A fact an operator must know at a step or hop: an endpoint removed, a flag renamed, a default
 * changed, a new driver method, or a correction of the upgrade guide; always with its sources.
 */
@Value.Immutable
public abstract class Note {
  Note() {}

  /** What a note is about. */
  public enum Kind {
    /** A note the upgrade guide itself gives. */
    GUIDE_NOTE,
    /**
     * The guide is wrong here; the note gives the guide's text, what Mesos really does, and both
     * sources.
     */
    GUIDE_CORRECTION,
    /** Something the guide leaves out that the release shows: a default change, a removal. */
    UNDOCUMENTED_CHANGE,
    /** A remark for framework developers: a protobuf field or driver method. */
    FRAMEWORK_API
  }

  /**
   * Returns a note.
   *
   * @throws IllegalArgumentException if {@code text} is blank or {@code sources} is empty
   */
  public static Note of(Kind kind, String text, Source... sources) {
    return ImmutableNote.builder().kind(kind).text(text).addSources(sources).build();
  }

  /** Returns what the note is about. */
  public abstract Kind kind();

  /** Returns the note as one or more sentences an operator reads. */
  public abstract String text();

  /** Returns where the facts of the note come from, at least one source. */
  public abstract ImmutableList<Source> sources();

  @Value.Check
  void check() {
    if (text().isBlank()) {
      throw new IllegalArgumentException(blankMessage());
    }
    if (sources().isEmpty()) {
      throw new IllegalArgumentException(noSourceMessage(text()));
    }
  }

  /** Returns the text followed by its sources in brackets. */
  @Override
  public String toString() {
    return text() + " " + sourceList(sources());
  }

  static String sourceList(List<Source> sources) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < sources.size(); i++) {
      out.append(i == 0 ? "" : "; ").append(sources.get(i));
    }
    return out.append(']').toString();
  }

  static String blankMessage() {
    return "note text must not be blank";
  }

  static String noSourceMessage(String text) {
    return "note " + Shown.quoted(text) + " needs at least one source";
  }
}
