package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import io.github.mesosupgrade.internal.Shown;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A model of a Mesos cluster that {@link PlanChecker} walks steps over: for masters and slaves the
 * installed and running release and the flags they run with; for executors and schedulers the
 * library they link and the code changes made and running.
 *
 * <p>A flag is kept under the name the steps gave it. Two names of one flag (a name and a
 * deprecated name the running release accepts, such as {@code authenticate} and {@code
 * authenticate_frameworks} from 1.0.0) are the same setting: setting one replaces the other.
 *
 * <p>Conditions that hold over several steps (frameworks locked out, say) are reported once, at the
 * step that brings them about.
 */
final class ClusterModel {

  /** The value the model gives a required flag of the starting release: the operator's own. */
  static final String CONFIGURED = "<as configured>";

  private final UpgradeCatalog catalog;
  private final Daemon masters;
  private final Daemon slaves;
  private final Framework executors;
  private final Framework schedulers;
  private final Set<ViolationCode> holding = EnumSet.noneOf(ViolationCode.class);
  private final boolean nativeFrameworks;
  private final boolean schedulersKnown;

  ClusterModel(UpgradeCatalog catalog, MesosVersion start) {
    this(catalog, start, true);
  }

  /**
   * Starts the model with the whole cluster at rest on {@code start}, its required flags as the
   * operator configured them. {@code nativeFrameworks} says whether frameworks link the Mesos
   * library, so that a framework change needs the library release that offers its API.
   */
  ClusterModel(UpgradeCatalog catalog, MesosVersion start, boolean nativeFrameworks) {
    this(catalog, ClusterState.at(start), nativeFrameworks);
    for (MesosFlag flag : catalog.requiredFlags()) {
      if (flag.isRequiredBy(start)) {
        daemon(flag.component()).flags.put(flag.name(), CONFIGURED);
      }
    }
  }

  /** Starts the model from {@code state}, which must hold exactly one group per component. */
  ClusterModel(UpgradeCatalog catalog, ClusterState state, boolean nativeFrameworks) {
    this(catalog, state, nativeFrameworks, true);
  }

  /**
   * Starts the model from {@code state}, which must hold exactly one group per component; {@code
   * schedulersKnown} says whether its schedulers were observed or only stand in for unknown ones.
   */
  ClusterModel(
      UpgradeCatalog catalog,
      ClusterState state,
      boolean nativeFrameworks,
      boolean schedulersKnown) {
    this.catalog = catalog;
    this.nativeFrameworks = nativeFrameworks;
    this.schedulersKnown = schedulersKnown;
    this.masters = new Daemon(Component.MASTER, only(state.masters()));
    this.slaves = new Daemon(Component.SLAVE, only(state.slaves()));
    this.executors = new Framework(only(state.executors()));
    this.schedulers = new Framework(only(state.schedulers()));
  }

  private static <T> T only(Set<T> groups) {
    if (groups.size() != 1) {
      throw new IllegalArgumentException("the model needs one group per component, got " + groups);
    }
    return groups.iterator().next();
  }

  /** Returns the state the model is in: one group per component. */
  ClusterState snapshot() {
    return ClusterState.builder()
        .addMaster(masters.snapshot())
        .addSlave(slaves.snapshot())
        .addExecutor(executors.snapshot())
        .addScheduler(schedulers.snapshot())
        .build();
  }

  /** Applies {@code step} and returns the violations it brings about. */
  List<Violation> apply(UpgradeStep step) {
    ImmutableList.Builder<Violation> found = ImmutableList.builder();
    switch (step.action()) {
      case INSTALL_BINARIES -> daemon(step.component()).installed = step.version();
      case RESTART -> {
        if (step.component().isDaemon()) {
          restartDaemon(daemon(step.component()), step, found);
        } else {
          schedulers.active.clear();
          schedulers.active.addAll(schedulers.pending);
          schedulers.running = schedulers.linked;
          masters.startedBeforeSchedulers = true;
          slaves.startedBeforeSchedulers = true;
        }
      }
      case RELINK -> {
        // A master or slave relinks its modules: nothing the model follows changes.
        if (!step.component().isDaemon()) {
          Framework framework = framework(step.component());
          framework.linked = step.version();
          if (framework == executors) {
            // Slaves start executors anew for each task, with the library they are linked against.
            framework.running = step.version();
          }
        }
      }
      case UPDATE_FRAMEWORK -> updateFramework(step, found);
      case RECONFIGURE -> {
        // ACLs, resource providers and the like: the hops' ordering rules cover them.
      }
    }
    checkConditions(step, found);
    return found.build();
  }

  private void updateFramework(UpgradeStep step, ImmutableList.Builder<Violation> found) {
    FrameworkChange change = step.frameworkChange().orElseThrow();
    Framework framework = framework(step.component());
    if (nativeFrameworks && framework.linked.isBefore(change.availableFrom())) {
      found.add(
          Violation.of(
              ViolationCode.FRAMEWORK_API_MISSING,
              frameworkApiMissingMessage(step.id(), step.component(), change, framework.linked),
              step.id()));
    }
    framework.pending.add(change);
    if (step.component() == Component.EXECUTOR) {
      // Slaves start executors anew for each task: the change is live for the next task.
      framework.active.add(change);
    }
  }

  /** Returns the violations of the state after the last step, for an upgrade to {@code to}. */
  List<Violation> finish(MesosVersion to) {
    ImmutableList.Builder<Violation> found = ImmutableList.builder();
    for (Daemon daemon : List.of(masters, slaves)) {
      if (!daemon.running.equals(to) || !daemon.installed.equals(to)) {
        found.add(
            Violation.of(
                ViolationCode.END_STATE_NOT_REACHED,
                endStateMessage(daemon.component, daemon.running, daemon.installed, to)));
      }
    }
    return found.build();
  }

  private void restartDaemon(
      Daemon daemon, UpgradeStep step, ImmutableList.Builder<Violation> found) {
    if (!step.version().equals(daemon.installed)) {
      found.add(
          Violation.of(
              ViolationCode.NOT_INSTALLED,
              notInstalledMessage(step.id(), daemon.component, step.version(), daemon.installed),
              step.id()));
    }
    daemon.running = daemon.installed;
    daemon.startedBeforeSchedulers = false;
    for (FlagChange change : step.flagChanges()) {
      apply(daemon, change);
    }
    for (String name : daemon.flags.keySet()) {
      checkFlag(daemon, name, step, found);
    }
    for (MesosFlag flag : catalog.requiredFlags()) {
      if (flag.component() == daemon.component
          && flag.isRequiredBy(daemon.running)
          && setting(daemon, flag.name()).isEmpty()) {
        found.add(
            Violation.of(
                ViolationCode.FLAG_REQUIRED,
                flagRequiredMessage(
                    step.id(), step.version(), daemon.component, daemon.running, flag),
                step.id()));
      }
    }
    ClusterRule credentials = ClusterRule.AUTHENTICATION_WITHOUT_CREDENTIALS;
    if (daemon == masters && credentials.isBroken(this)) {
      found.add(
          Violation.of(credentials.code(), credentials.violation(this, step.id()), step.id()));
    }
  }

  /** Applies {@code change}; a change to one name of a flag replaces its other names. */
  private void apply(Daemon daemon, FlagChange change) {
    Optional<MesosFlag> flag = catalog.flag(daemon.component, change.name(), daemon.running);
    if (flag.isPresent()) {
      daemon.flags.keySet().removeIf(name -> sameFlag(daemon, name, flag.get()));
    }
    if (change.isRemoval()) {
      daemon.flags.remove(change.name());
    } else {
      daemon.flags.put(change.name(), change.value());
    }
  }

  private boolean sameFlag(Daemon daemon, String name, MesosFlag flag) {
    return catalog.flag(daemon.component, name, daemon.running).map(flag::equals).orElse(false);
  }

  /**
   * Returns the value {@code daemon} runs flag {@code name} with, under that name or another name
   * of the same flag its running release accepts.
   */
  private Optional<String> setting(Daemon daemon, String name) {
    String direct = daemon.flags.get(name);
    if (direct != null) {
      return Optional.of(direct);
    }
    Optional<MesosFlag> flag = catalog.flag(daemon.component, name, daemon.running);
    if (flag.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> entry : daemon.flags.entrySet()) {
      if (sameFlag(daemon, entry.getKey(), flag.get())) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private void checkFlag(
      Daemon daemon, String name, UpgradeStep step, ImmutableList.Builder<Violation> found) {
    FlagRule.check(catalog, daemon.component, daemon.running, name)
        .ifPresent(
            problem ->
                found.add(Violation.of(problem.code(), problem.violation(step.id()), step.id())));
  }

  /**
   * Reports the rules about the whole cluster that the state after {@code step} breaks, each once
   * while it stays broken; the credentials rule is checked where the masters restart instead.
   */
  private void checkConditions(UpgradeStep step, ImmutableList.Builder<Violation> found) {
    for (ClusterRule rule : ClusterRule.values()) {
      if (rule != ClusterRule.AUTHENTICATION_WITHOUT_CREDENTIALS) {
        report(
            rule.code(), rule.isBroken(this), () -> rule.violation(this, step.id()), step, found);
      }
    }
  }

  private void report(
      ViolationCode code,
      boolean holds,
      Supplier<String> message,
      UpgradeStep step,
      ImmutableList.Builder<Violation> found) {
    if (holds && holding.add(code)) {
      found.add(Violation.of(code, message.get(), step.id()));
    } else if (!holds) {
      holding.remove(code);
    }
  }

  /** Whether the masters enforce framework authentication, under the flag's name or another. */
  boolean enforcesAuthentication() {
    return ClusterRule.isOn(setting(masters, facts().authenticateFlag()).orElse(""));
  }

  /** Whether the slaves checkpoint: by their flag or its default, or always once it is gone. */
  boolean slavesCheckpoint() {
    MesosVersion running = slaves.running;
    String name = facts().checkpointFlag();
    Optional<MesosFlag> checkpoint = catalog.flag(Component.SLAVE, name, running);
    if (checkpoint.isPresent()) {
      String value =
          setting(slaves, name).orElse(checkpoint.get().defaultAt(running).orElse("false"));
      return ClusterRule.isOn(value);
    }
    return catalog.flagHistory(Component.SLAVE, name).stream()
        .anyMatch(flag -> flag.removedIn().map(running::isAtLeast).orElse(false));
  }

  UpgradeCatalog catalog() {
    return catalog;
  }

  ClusterFacts facts() {
    return catalog.facts();
  }

  boolean nativeFrameworks() {
    return nativeFrameworks;
  }

  /** Whether the schedulers were observed, rather than standing in for unknown ones. */
  boolean schedulersKnown() {
    return schedulersKnown;
  }

  MesosVersion mastersRunning() {
    return masters.running;
  }

  MesosVersion slavesRunning() {
    return slaves.running;
  }

  MesosVersion schedulersLinked() {
    return schedulers.linked;
  }

  MesosVersion schedulersRunning() {
    return schedulers.running;
  }

  boolean schedulersAuthenticate() {
    return schedulers.active.contains(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR);
  }

  boolean schedulersCheckpoint() {
    return schedulers.active.contains(FrameworkChange.SET_CHECKPOINT);
  }

  boolean mastersKnowCredentials() {
    return catalog.flag(Component.MASTER, facts().credentialsFlag(), masters.running).isPresent();
  }

  boolean mastersHaveCredentials() {
    return mastersKnowCredentials() && setting(masters, facts().credentialsFlag()).isPresent();
  }

  /** Returns the first change made in the schedulers whose API their library lacks, if any. */
  Optional<FrameworkChange> changeWithoutApi() {
    if (!nativeFrameworks) {
      return Optional.empty();
    }
    return schedulers.pending.stream()
        .filter(change -> schedulers.linked.isBefore(change.availableFrom()))
        .findFirst();
  }

  private Daemon daemon(Component component) {
    return component == Component.MASTER ? masters : slaves;
  }

  private Framework framework(Component component) {
    return component == Component.EXECUTOR ? executors : schedulers;
  }

  private static final class Daemon {
    final Component component;
    MesosVersion installed;
    MesosVersion running;
    final Map<String, String> flags = new LinkedHashMap<>();
    boolean startedBeforeSchedulers;

    Daemon(Component component, DaemonState start) {
      this.component = component;
      this.installed = start.installed();
      this.running = start.running();
      this.flags.putAll(start.flags());
      this.startedBeforeSchedulers = start.startedBeforeSchedulers().orElse(false);
    }

    DaemonState snapshot() {
      return DaemonState.builder()
          .installed(installed)
          .running(running)
          .putAllFlags(flags)
          .startedBeforeSchedulers(startedBeforeSchedulers)
          .build();
    }
  }

  private static final class Framework {
    MesosVersion linked;
    MesosVersion running;
    final Set<FrameworkChange> pending = EnumSet.noneOf(FrameworkChange.class);
    final Set<FrameworkChange> active = EnumSet.noneOf(FrameworkChange.class);

    Framework(FrameworkState start) {
      this.linked = start.linked();
      this.running = start.running();
      this.pending.addAll(start.changesMade());
      this.active.addAll(start.changesRunning());
    }

    FrameworkState snapshot() {
      return FrameworkState.builder()
          .linked(linked)
          .running(running)
          .addAllChangesMade(pending)
          .addAllChangesRunning(active)
          .build();
    }
  }

  static String frameworkApiMissingMessage(
      String step, Component component, FrameworkChange change, MesosVersion linked) {
    return String.format(
        "step %s asks the %s to %s, which needs the Mesos %s library, but they link %s: relink"
            + " them first",
        Shown.value(step),
        component.plural(),
        change.description(),
        change.availableFrom(),
        linked);
  }

  static String endStateMessage(
      Component component, MesosVersion running, MesosVersion installed, MesosVersion to) {
    return String.format(
        "after the last step the %s run %s with %s installed, not %s: the upgrade is unfinished;"
            + " add the missing install and restart steps",
        component.pluralAt(to), running, installed, to);
  }

  static String notInstalledMessage(
      String step, Component component, MesosVersion version, MesosVersion installed) {
    String who = component.pluralAt(version);
    return String.format(
        "step %s restarts the %s on %s, but the %s have %s installed: install %s first",
        Shown.value(step), who, version, who, installed, version);
  }

  static String flagRequiredMessage(
      String step,
      MesosVersion version,
      Component component,
      MesosVersion running,
      MesosFlag flag) {
    return String.format(
        "step %s starts the %s on %s without --%s, which is required from %s: the %s exits at"
            + " startup; set --%s",
        Shown.value(step),
        component.pluralAt(version),
        running,
        Shown.value(flag.name()),
        flag.requiredFrom().orElseThrow(),
        component.nameAt(running),
        Shown.value(flag.name()));
  }
}
