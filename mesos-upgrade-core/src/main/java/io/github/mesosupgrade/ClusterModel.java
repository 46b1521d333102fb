package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
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
  private static final String TRUE = "true";

  /** The value the model gives a required flag of the starting release: the operator's own. */
  static final String CONFIGURED = "<as configured>";

  /** Masters from this release ignore slaves older than {@link #MINIMUM_SLAVE}. */
  static final MesosVersion SLAVES_IGNORED_FROM = MesosVersion.of(1, 2, 1);

  static final MesosVersion MINIMUM_SLAVE = MesosVersion.of(1, 0, 0);

  /** Masters from this release publish their ZooKeeper record as JSON. */
  static final MesosVersion JSON_MASTER_INFO_FROM = MesosVersion.of(0, 24, 0);

  /** The oldest library that reads a JSON master record. */
  static final MesosVersion JSON_MASTER_INFO_READER = MesosVersion.of(0, 23, 0);

  private final UpgradeCatalog catalog;
  private final Daemon masters;
  private final Daemon slaves;
  private final Framework executors;
  private final Framework schedulers;
  private final Set<ViolationCode> holding = EnumSet.noneOf(ViolationCode.class);
  private final boolean nativeFrameworks;

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
    this.catalog = catalog;
    this.nativeFrameworks = nativeFrameworks;
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
              String.format(
                  Messages.V_FRAMEWORK_API_MISSING,
                  step.id(),
                  step.component().plural(),
                  change.description(),
                  change.availableFrom(),
                  framework.linked),
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
                String.format(
                    Messages.V_END_STATE,
                    daemon.component.plural(),
                    daemon.running,
                    daemon.installed,
                    to)));
      }
    }
    return found.build();
  }

  private void restartDaemon(
      Daemon daemon, UpgradeStep step, ImmutableList.Builder<Violation> found) {
    String who = daemon.component.plural();
    if (!step.version().equals(daemon.installed)) {
      found.add(
          Violation.of(
              ViolationCode.NOT_INSTALLED,
              String.format(
                  Messages.V_NOT_INSTALLED,
                  step.id(),
                  who,
                  step.version(),
                  who,
                  daemon.installed,
                  step.version()),
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
                String.format(
                    Messages.V_FLAG_REQUIRED,
                    step.id(),
                    who,
                    daemon.running,
                    flag.name(),
                    flag.requiredFrom().orElseThrow(),
                    daemon.component.singular(),
                    flag.name()),
                step.id()));
      }
    }
    if (daemon == masters
        && enforcesAuthentication()
        && setting(masters, "credentials").isEmpty()) {
      found.add(
          Violation.of(
              ViolationCode.AUTHENTICATION_WITHOUT_CREDENTIALS,
              String.format(Messages.V_AUTHENTICATION_WITHOUT_CREDENTIALS, step.id()),
              step.id()));
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
    Component component = daemon.component;
    MesosVersion running = daemon.running;
    if (catalog.flag(component, name, running).isPresent()) {
      return;
    }
    List<MesosFlag> history = catalog.flagHistory(component, name);
    String who = component.plural();
    if (history.isEmpty()) {
      String hint =
          catalog
              .flagSpelled(component, name)
              .map(real -> String.format(Messages.V_FLAG_SPELLING_HINT, real.name()))
              .orElse("");
      String variable = FlagChange.set(name, TRUE).environmentVariable().replace("=" + TRUE, "");
      found.add(
          Violation.of(
              ViolationCode.FLAG_UNKNOWN,
              String.format(
                  Messages.V_FLAG_UNKNOWN,
                  step.id(),
                  who,
                  name,
                  component.singular(),
                  variable,
                  hint),
              step.id()));
      return;
    }
    Optional<MesosFlag> gone =
        history.stream()
            .filter(flag -> flag.removedIn().map(running::isAtLeast).orElse(false))
            .reduce((first, second) -> second);
    String message;
    if (gone.isPresent()) {
      MesosFlag flag = gone.get();
      String advice =
          flag.renamedTo()
              .map(renamed -> String.format(Messages.V_FLAG_GONE_RENAMED, name, renamed))
              .orElse(String.format(Messages.V_FLAG_GONE_PLAIN, name));
      message =
          String.format(
              Messages.V_FLAG_GONE,
              step.id(),
              who,
              running,
              name,
              flag.removedIn().orElseThrow(),
              component.singular(),
              advice);
    } else {
      MesosVersion from = history.get(0).introducedIn();
      message =
          String.format(
              Messages.V_FLAG_NOT_YET,
              step.id(),
              who,
              running,
              name,
              from,
              component.singular(),
              who,
              from);
    }
    found.add(Violation.of(ViolationCode.FLAG_NOT_ACCEPTED, message, step.id()));
  }

  private void checkConditions(UpgradeStep step, ImmutableList.Builder<Violation> found) {
    boolean authenticating = schedulers.active.contains(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR);
    boolean mastersKnowCredentials =
        catalog.flag(Component.MASTER, "credentials", masters.running).isPresent();
    boolean mastersHaveCredentials =
        mastersKnowCredentials && setting(masters, "credentials").isPresent();
    report(
        ViolationCode.FRAMEWORKS_LOCKED_OUT,
        enforcesAuthentication() && !authenticating,
        () -> String.format(Messages.V_FRAMEWORKS_LOCKED_OUT, step.id()),
        step,
        found);
    report(
        ViolationCode.CREDENTIAL_REFUSED,
        authenticating && !mastersHaveCredentials,
        () ->
            String.format(
                Messages.V_CREDENTIAL_REFUSED,
                step.id(),
                mastersKnowCredentials
                    ? Messages.V_CREDENTIAL_REFUSED_NO_CREDENTIALS
                    : String.format(Messages.V_CREDENTIAL_REFUSED_OLD_MASTERS, masters.running)),
        step,
        found);
    report(
        ViolationCode.CHECKPOINT_BEFORE_SLAVES,
        schedulers.active.contains(FrameworkChange.SET_CHECKPOINT) && !slavesCheckpoint(),
        () -> String.format(Messages.V_CHECKPOINT_BEFORE_SLAVES, step.id()),
        step,
        found);
    boolean ignored = slavesIgnored();
    report(
        ViolationCode.SLAVES_IGNORED,
        ignored,
        () -> String.format(Messages.V_SLAVES_IGNORED, step.id(), masters.running, slaves.running),
        step,
        found);
    report(
        ViolationCode.VERSION_SKEW,
        !ignored && skewed(),
        () -> String.format(Messages.V_VERSION_SKEW, step.id(), masters.running, slaves.running),
        step,
        found);
    report(
        ViolationCode.SCHEDULER_LIBRARY_TOO_OLD,
        nativeFrameworks
            && masters.running.isAtLeast(JSON_MASTER_INFO_FROM)
            && schedulers.linked.isBefore(JSON_MASTER_INFO_READER),
        () ->
            String.format(
                Messages.V_SCHEDULER_LIBRARY_TOO_OLD,
                step.id(),
                masters.running,
                schedulers.linked),
        step,
        found);
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

  /** Whether the masters enforce framework authentication: {@code authenticate} or its new name. */
  boolean enforcesAuthentication() {
    return TRUE.equals(setting(masters, "authenticate").orElse(""));
  }

  boolean slavesCheckpoint() {
    MesosVersion running = slaves.running;
    Optional<MesosFlag> checkpoint = catalog.flag(Component.SLAVE, "checkpoint", running);
    if (checkpoint.isPresent()) {
      String value =
          setting(slaves, "checkpoint").orElse(checkpoint.get().defaultAt(running).orElse("false"));
      return TRUE.equals(value);
    }
    // Once the flag is gone (0.22.0), slaves always checkpoint.
    return catalog.flagHistory(Component.SLAVE, "checkpoint").stream()
        .anyMatch(flag -> flag.removedIn().map(running::isAtLeast).orElse(false));
  }

  boolean slavesIgnored() {
    return masters.running.isAtLeast(SLAVES_IGNORED_FROM) && slaves.running.isBefore(MINIMUM_SLAVE);
  }

  /**
   * Whether masters and slaves run release lines more than one apart while one of them runs a
   * release before 1.0, which Mesos never supported.
   */
  boolean skewed() {
    MesosVersion a = masters.running;
    MesosVersion b = slaves.running;
    if (a.major() >= 1 && b.major() >= 1) {
      return false;
    }
    int lineA = catalog.lineIndex(a.releaseLine());
    int lineB = catalog.lineIndex(b.releaseLine());
    return lineA >= 0 && lineB >= 0 && Math.abs(lineA - lineB) > 1;
  }

  boolean schedulersAuthenticate() {
    return schedulers.active.contains(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR);
  }

  boolean schedulersCheckpoint() {
    return schedulers.active.contains(FrameworkChange.SET_CHECKPOINT);
  }

  boolean mastersKnowCredentials() {
    return catalog.flag(Component.MASTER, "credentials", masters.running).isPresent();
  }

  boolean mastersHaveCredentials() {
    return mastersKnowCredentials() && setting(masters, "credentials").isPresent();
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
}
