package io.github.mesosupgrade;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A hop of the built-in catalog under construction: the default steps of one of the guide's
 * recurring orders, which the hop's own data then annotates (notes, flag changes, purposes) and
 * extends (steps before or after a named step, ordering rules), by step name. {@link #build()}
 * makes the {@link HopDefinition}.
 */
final class HopSketch {
  /** The component orders the upgrade guide uses from 0.15 on. */
  enum Order {
    /** Masters, then schedulers (relink, restart), then slaves, then executors: 0.15 to 0.18. */
    SCHEDULERS_BEFORE_SLAVES,
    /** Masters, slaves, schedulers (relink, restart), executors: 0.18 to 0.23. */
    DEFAULT,
    /** As {@link #DEFAULT}, with no rule across components: 0.18 to 0.19. */
    DEFAULT_ANY_COMPONENT_ORDER,
    /** Modules rebuilt first, then as {@link #DEFAULT}: from 0.22 to 0.23 on. */
    MODULES_FIRST
  }

  static final String RELINK_PURPOSE =
      "needed by frameworks that link the Mesos native library and jar, not by pure-language"
          + " bindings";

  private final ReleaseLine from;
  private final ReleaseLine to;
  private final Source steps;
  private final String slaves;
  private final List<Spec> specs = new ArrayList<>();
  private final List<OrderingConstraint> constraints = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();

  private HopSketch(ReleaseLine from, ReleaseLine to, Source steps) {
    this.from = from;
    this.to = to;
    this.steps = steps;
    this.slaves = to.major() >= 1 ? "agents" : "slaves";
  }

  /**
   * Returns the hop {@code from -> to} (lines such as {@code 0.15}) with the default steps of
   * {@code order}, each citing {@code steps}, and the rules that order them.
   */
  static HopSketch of(String from, String to, Order order, Source steps) {
    HopSketch hop = new HopSketch(line(from), line(to), steps);
    String slave = hop.slaves.substring(0, hop.slaves.length() - 1);
    String installSlaves = "install-" + hop.slaves;
    String restartSlaves = "restart-" + hop.slaves;
    if (order == Order.MODULES_FIRST) {
      hop.append(
              "rebuild-master-modules", Component.MASTER, StepAction.RELINK, Necessity.IF_NECESSARY)
          .purpose("only for masters that load modules (--modules), which must match the release");
      hop.append(
              "rebuild-" + slave + "-modules",
              Component.SLAVE,
              StepAction.RELINK,
              Necessity.IF_NECESSARY)
          .purpose(
              "only for "
                  + hop.slaves
                  + " that load modules (--modules), which must match the release");
    }
    hop.append(
        "install-masters", Component.MASTER, StepAction.INSTALL_BINARIES, Necessity.REQUIRED);
    hop.append("restart-masters", Component.MASTER, StepAction.RESTART, Necessity.REQUIRED);
    if (order == Order.SCHEDULERS_BEFORE_SLAVES) {
      hop.appendSchedulers();
      hop.append(installSlaves, Component.SLAVE, StepAction.INSTALL_BINARIES, Necessity.REQUIRED);
      hop.append(restartSlaves, Component.SLAVE, StepAction.RESTART, Necessity.REQUIRED);
    } else {
      hop.append(installSlaves, Component.SLAVE, StepAction.INSTALL_BINARIES, Necessity.REQUIRED);
      hop.append(restartSlaves, Component.SLAVE, StepAction.RESTART, Necessity.REQUIRED);
      hop.appendSchedulers();
    }
    hop.append("relink-executors", Component.EXECUTOR, StepAction.RELINK, Necessity.IF_NECESSARY)
        .purpose(RELINK_PURPOSE);

    String v = hop.to.shortName();
    hop.before(
        "relink-schedulers",
        "restart-schedulers",
        "the restart makes the schedulers run the relinked library");
    if (order == Order.DEFAULT_ANY_COMPONENT_ORDER) {
      return hop;
    }
    if (order == Order.MODULES_FIRST) {
      hop.before(
          "rebuild-master-modules", "install-masters", "the new masters load the rebuilt modules");
      hop.before(
          "rebuild-" + slave + "-modules",
          installSlaves,
          "the new " + hop.slaves + " load the rebuilt modules");
    }
    if (order == Order.SCHEDULERS_BEFORE_SLAVES) {
      hop.before(
          "restart-masters",
          "relink-schedulers",
          "masters move to " + v + " before the frameworks");
      hop.before(
          "restart-schedulers",
          installSlaves,
          "this hop upgrades the schedulers before the " + hop.slaves);
    } else {
      hop.before(
          "restart-masters", installSlaves, "masters move to " + v + " before the " + hop.slaves);
      hop.before(
          restartSlaves,
          "relink-schedulers",
          "frameworks move after the masters and "
              + hop.slaves
              + ": new daemons run with old frameworks, not the other way round");
    }
    hop.before(
        restartSlaves,
        "relink-executors",
        "executors move to " + v + " after the " + hop.slaves + " that start them");
    return hop;
  }

  private void appendSchedulers() {
    append("relink-schedulers", Component.SCHEDULER, StepAction.RELINK, Necessity.IF_NECESSARY)
        .purpose(RELINK_PURPOSE);
    append("restart-schedulers", Component.SCHEDULER, StepAction.RESTART, Necessity.REQUIRED);
  }

  private static ReleaseLine line(String text) {
    int dot = text.indexOf('.');
    return ReleaseLine.of(
        Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
  }

  /** Returns the release line the hop starts from. */
  ReleaseLine from() {
    return from;
  }

  /** Returns {@code slaves} before 1.0 and {@code agents} from 1.0, as step names use it. */
  String slaves() {
    return slaves;
  }

  /** Returns the step named {@code name}, to annotate. */
  Spec step(String name) {
    return specs.get(indexOf(name));
  }

  /** Appends a step at the end of the hop. */
  Spec append(String name, Component component, StepAction action, Necessity necessity) {
    return insert(specs.size(), name, component, action, necessity);
  }

  /** Inserts a step just before the step named {@code anchor}. */
  Spec insertBefore(
      String anchor, String name, Component component, StepAction action, Necessity necessity) {
    return insert(indexOf(anchor), name, component, action, necessity);
  }

  /** Inserts a step just after the step named {@code anchor}. */
  Spec insertAfter(
      String anchor, String name, Component component, StepAction action, Necessity necessity) {
    return insert(indexOf(anchor) + 1, name, component, action, necessity);
  }

  private Spec insert(
      int at, String name, Component component, StepAction action, Necessity necessity) {
    checkState(indexOfOrMinusOne(name) < 0, "step %s is defined twice", name);
    Spec spec = new Spec(name, component, action, necessity, steps);
    specs.add(at, spec);
    return spec;
  }

  /** Adds the rule that step {@code before} comes before step {@code after}, citing the guide. */
  HopSketch before(String before, String after, String reason) {
    return before(before, after, reason, steps);
  }

  /** Adds the rule that step {@code before} comes before step {@code after}. */
  HopSketch before(String before, String after, String reason, Source source) {
    indexOf(before);
    indexOf(after);
    constraints.add(OrderingConstraint.of(prefix() + before, prefix() + after, reason, source));
    return this;
  }

  /** Adds notes that concern the whole hop. */
  HopSketch note(Note... hopNotes) {
    notes.addAll(Arrays.asList(hopNotes));
    return this;
  }

  private String prefix() {
    return from.shortName() + "-" + to.shortName() + "/";
  }

  private int indexOf(String name) {
    int index = indexOfOrMinusOne(name);
    checkState(index >= 0, "hop %s -> %s has no step %s", from, to, name);
    return index;
  }

  private int indexOfOrMinusOne(String name) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).name.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the hop definition. */
  HopDefinition build() {
    ImmutableList.Builder<UpgradeStep> built = ImmutableList.builder();
    for (Spec spec : specs) {
      built.add(spec.build(prefix(), spec.fromLine ? from.firstRelease() : to.firstRelease()));
    }
    return HopDefinition.builder()
        .from(from)
        .to(to)
        .addAllSteps(built.build())
        .addAllConstraints(constraints)
        .addAllNotes(notes)
        .build();
  }

  /** One step under construction. */
  static final class Spec {
    private final String name;
    private final Component component;
    private final StepAction action;
    private final Necessity necessity;
    private Source source;
    private String purpose = "";
    private @Nullable FrameworkChange change;
    private boolean fromLine;
    private final List<FlagChange> flagChanges = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    private Spec(
        String name, Component component, StepAction action, Necessity necessity, Source source) {
      this.name = name;
      this.component = component;
      this.action = action;
      this.necessity = necessity;
      this.source = source;
    }

    /** Sets why the step is done. */
    Spec purpose(String text) {
      this.purpose = text;
      return this;
    }

    /** Sets where the step comes from, when not the hop's guide section. */
    Spec source(Source stepSource) {
      this.source = stepSource;
      return this;
    }

    /** Sets the code change of an {@link StepAction#UPDATE_FRAMEWORK} step. */
    Spec change(FrameworkChange frameworkChange) {
      this.change = frameworkChange;
      return this;
    }

    /** Makes the step work on the release the cluster runs when the hop begins. */
    Spec onStartingRelease() {
      this.fromLine = true;
      return this;
    }

    /** Adds flag changes applied at the restart. */
    Spec flags(FlagChange... changes) {
      flagChanges.addAll(Arrays.asList(changes));
      return this;
    }

    /** Adds notes. */
    Spec notes(Note... stepNotes) {
      notes.addAll(Arrays.asList(stepNotes));
      return this;
    }

    private UpgradeStep build(String prefix, MesosVersion version) {
      return UpgradeStep.builder()
          .id(prefix + name)
          .component(component)
          .action(action)
          .version(version)
          .necessity(necessity)
          .purpose(purpose)
          .frameworkChange(Optional.ofNullable(change))
          .addAllFlagChanges(flagChanges)
          .addAllNotes(notes)
          .source(source)
          .build();
    }
  }
}
