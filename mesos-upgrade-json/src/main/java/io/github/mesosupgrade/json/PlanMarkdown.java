package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.Endpoint;
import io.github.mesosupgrade.MesosFlag;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.Note;
import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.StepDecision;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an {@link UpgradePlan} as a Markdown runbook that a person pastes into a ticket: one
 * section per hop, a checkbox line per step, the step's id, source and notes under it, and sources
 * as links to the apache/mesos repository at the release tag.
 *
 * <pre>{@code
 * String runbook = PlanMarkdown.render(UpgradePlanner.plan("0.14.0", "0.15.0"));
 * // - [ ] **1.** Install the Mesos 0.15.0 binaries on every master.
 * //   - id: `0.14-0.15/install-masters`; source: [upgrade guide, ...](https://github.com/...)
 * }</pre>
 *
 * <p>Flags and environment variables ({@code --authenticate=true}, {@code MESOS_AUTHENTICATE=true})
 * are set as code; every other character Markdown would read as markup is escaped, so that a
 * placeholder such as {@code <path to credentials file>} shows as written.
 */
public final class PlanMarkdown {
  /**
   * A flag or MESOS_* variable (or MESOS_* itself), with its value; a value in angle brackets may
   * hold spaces.
   */
  private static final Pattern CODE =
      Pattern.compile(
          "(?:--[a-z][a-z0-9_-]*|MESOS_(?:[A-Z0-9_]+|\\*))(?:=(?:<[^>\\n]*>|[^\\s,;:()]*[^\\s,;:().]))?");

  private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>~])");

  private PlanMarkdown() {}

  /**
   * Returns the runbook of {@code plan}, ending with a line break.
   *
   * @throws NullPointerException if {@code plan} is null
   */
  public static String render(UpgradePlan plan) {
    requireNonNull(plan, "plan must not be null");
    StringBuilder out = new StringBuilder();
    out.append("# Mesos upgrade ")
        .append(plan.from())
        .append(" -> ")
        .append(plan.to())
        .append("\n\n");
    if (plan.isEmpty()) {
      out.append("Nothing to do: the cluster already runs ").append(plan.to()).append(".\n");
      done(plan, out);
      return out.toString();
    }
    int hops = plan.hops().size();
    int steps = plan.steps().size();
    out.append(hops)
        .append(hops == 1 ? " hop, " : " hops, ")
        .append(steps)
        .append(steps == 1 ? " step" : " steps")
        .append(". Finish every step of a hop on the whole cluster before the next hop begins;")
        .append(" tick a step when it is done on every machine.\n");
    done(plan, out);
    int number = 0;
    int hopNumber = 0;
    for (UpgradeHop hop : plan.hops()) {
      out.append("\n## Hop ")
          .append(++hopNumber)
          .append(" of ")
          .append(hops)
          .append(": ")
          .append(hop.from())
          .append(" -> ")
          .append(hop.to())
          .append("\n\n");
      out.append("```mermaid\n").append(PlanGraph.mermaid(plan, hopNumber)).append("```\n\n");
      for (UpgradeStep step : hop.steps()) {
        out.append("- [ ] **").append(++number).append(".** ").append(text(step.describe()));
        out.append("\n  - id: `")
            .append(step.id())
            .append("`; source: ")
            .append(link(step.source()))
            .append('\n');
        for (Note note : step.notes()) {
          out.append("  - ").append(note(note)).append('\n');
        }
      }
      if (!hop.notes().isEmpty()) {
        out.append("\nNotes for the whole hop:\n\n");
        for (Note note : hop.notes()) {
          out.append("- ").append(note(note)).append('\n');
        }
      }
      if (!hop.removedFlags().isEmpty() || !hop.removedEndpoints().isEmpty()) {
        out.append("\nRemoved by this hop:\n\n");
        for (MesosFlag flag : hop.removedFlags()) {
          out.append("- ")
              .append(flag.component().nameAt(hop.to()))
              .append(" flag `")
              .append(flag.commandLineName())
              .append("` (gone in ")
              .append(flag.removedIn().map(MesosVersion::toString).orElse(""))
              .append(flag.renamedTo().map(renamed -> ", now `--" + renamed + "`").orElse(""))
              .append(")\n");
        }
        for (Endpoint endpoint : hop.removedEndpoints()) {
          out.append("- ")
              .append(endpoint.component().nameAt(hop.to()))
              .append(" endpoint `")
              .append(endpoint.path())
              .append("` (gone in ")
              .append(endpoint.removedIn().map(MesosVersion::toString).orElse(""))
              .append(")\n");
        }
      }
    }
    if (!plan.decisions().isEmpty()) {
      out.append("\n## Decisions\n\nMade with the profile ")
          .append(escape(plan.profile().toString()))
          .append(":\n\n");
      for (StepDecision decision : plan.decisions()) {
        out.append("- `")
            .append(decision.stepId())
            .append('`')
            .append(
                decision.flagChange().map(change -> " `" + change.commandLine() + "`").orElse(""))
            .append(": ")
            .append(decision.included() ? "included" : "left out")
            .append(" (")
            .append(decision.fact())
            .append('=')
            .append(decision.answer().map(yes -> yes ? "yes" : "no").orElse("unknown"))
            .append("): ")
            .append(text(decision.reason()))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Appends, for a plan resumed from a cluster state, the steps the state shows done. */
  private static void done(UpgradePlan plan, StringBuilder out) {
    if (plan.startState().isEmpty()) {
      return;
    }
    out.append("\nResumed from the cluster state, which shows ")
        .append(plan.stepsDone().size())
        .append(plan.stepsDone().size() == 1 ? " step" : " steps")
        .append(" done")
        .append(plan.stepsDone().isEmpty() ? ".\n" : ":\n\n");
    for (UpgradeStep step : plan.stepsDone()) {
      out.append("- [x] ")
          .append(text(step.describe()))
          .append(" (`")
          .append(step.id())
          .append("`)\n");
    }
  }

  private static String note(Note note) {
    String label =
        switch (note.kind()) {
          case GUIDE_NOTE -> "Note";
          case GUIDE_CORRECTION -> "Guide correction";
          case UNDOCUMENTED_CHANGE -> "Not in the guide";
          case FRAMEWORK_API -> "Framework API";
        };
    return "**" + label + ":** " + text(note.text()) + " Sources: " + links(note.sources()) + ".";
  }

  private static String links(List<Source> sources) {
    StringBuilder out = new StringBuilder();
    for (Source source : sources) {
      out.append(out.length() == 0 ? "" : "; ").append(link(source));
    }
    return out.toString();
  }

  /**
   * Returns {@code [citation](url)}, or the citation alone for a source without a link (a document
   * of your own).
   */
  static String link(Source source) {
    String citation = escape(source.toString());
    return source.url().map(url -> "[" + citation + "](" + destination(url) + ")").orElse(citation);
  }

  /**
   * Returns {@code url} as a link destination: in angle brackets when it holds a character that
   * would end or break a plain destination (a space is refused by {@link Source#url(String)}, but
   * parentheses and angle brackets are not).
   */
  private static String destination(String url) {
    if (url.chars().noneMatch(c -> c == '(' || c == ')' || c == '<' || c == '>')) {
      return url;
    }
    return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
  }

  /** Returns {@code text} with flags and MESOS_* variables as code and other markup escaped. */
  static String text(String text) {
    StringBuilder out = new StringBuilder();
    Matcher code = CODE.matcher(text);
    int done = 0;
    while (code.find()) {
      out.append(escape(text.substring(done, code.start())))
          .append('`')
          .append(code.group())
          .append('`');
      done = code.end();
    }
    return out.append(escape(text.substring(done))).toString();
  }

  private static String escape(String text) {
    return MARKUP.matcher(text).replaceAll("\\\\$1");
  }
}
