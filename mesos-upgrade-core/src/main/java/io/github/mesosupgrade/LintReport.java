package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What {@link ConfigLinter} found in the configuration of a master or slave for one release: the
 * {@linkplain #findings() findings} in the order of the configuration (command line, environment,
 * then what the settings mean together, then the credentials file).
 */
@Value.Immutable
public abstract class LintReport {
  LintReport() {}

  /** Returns the daemon whose configuration was checked. */
  public abstract Component component();

  /** Returns the release the configuration was checked against. */
  public abstract MesosVersion version();

  /** Returns every finding; empty when nothing is wrong. */
  public abstract ImmutableList<LintFinding> findings();

  /** Returns whether some finding is an {@link LintFinding.Severity#ERROR}. */
  public boolean hasErrors() {
    return findings().stream()
        .anyMatch(finding -> finding.severity() == LintFinding.Severity.ERROR);
  }

  /** Returns whether a finding with {@code code} was found. */
  public boolean has(LintCode code) {
    return findings().stream().anyMatch(finding -> finding.code() == code);
  }

  /**
   * Returns a listing a person reads: {@code master 0.15.0: 2 findings (1 error)} and one line per
   * finding, or {@code master 0.15.0: no findings}.
   */
  public String describe() {
    StringBuilder out =
        new StringBuilder(component().nameAt(version())).append(' ').append(version());
    if (findings().isEmpty()) {
      return out.append(": no findings").toString();
    }
    long errors =
        findings().stream().filter(f -> f.severity() == LintFinding.Severity.ERROR).count();
    out.append(": ")
        .append(findings().size())
        .append(findings().size() == 1 ? " finding" : " findings")
        .append(" (")
        .append(errors)
        .append(errors == 1 ? " error)" : " errors)");
    for (LintFinding finding : findings()) {
      out.append("\n  - ").append(finding);
    }
    return out.toString();
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
