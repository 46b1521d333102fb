package io.github.mesosupgrade;

import static io.github.mesosupgrade.ClusterProfile.Fact.FRAMEWORKS_LINK_LIBMESOS;
import static io.github.mesosupgrade.ClusterProfile.Fact.SLAVES_USE_CGROUPS;
import static io.github.mesosupgrade.ClusterProfile.Fact.WANTS_AUTHENTICATION;
import static io.github.mesosupgrade.ClusterProfile.Fact.WANTS_CHECKPOINTING;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves the conditional parts of a plan's steps with a {@link ClusterProfile}: relinks,
 * checkpointing, authentication and the cgroups rename, each to included or left out, with a {@link
 * StepDecision} saying why.
 */
final class ProfileResolver {

  /**
   * The hops with their resolved steps, the decisions (none when resolved for validation only), and
   * per hop the ids of that hop's steps a validator requires.
   */
  record Resolved(
      ImmutableList<UpgradeHop> hops,
      ImmutableList<StepDecision> decisions,
      ImmutableList<ImmutableSet<String>> required,
      boolean nativeFrameworks) {
    /** Returns whether the step {@code id} of the hop at index {@code hop} is required. */
    boolean isRequired(int hop, String id) {
      return required.get(hop).contains(id);
    }

    ImmutableList<UpgradeStep> steps() {
      ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
      hops.forEach(hop -> steps.addAll(hop.steps()));
      return steps.build();
    }
  }

  private final UpgradeCatalog catalog;
  private final ClusterProfile profile;
  private final MesosVersion base;
  private final ClusterState observed;
  private final boolean keepDecisions;
  private final List<StepDecision> decisions = new ArrayList<>();
  private ImmutableSet.Builder<String> required = ImmutableSet.builder();

  private ProfileResolver(
      UpgradeCatalog catalog,
      ClusterProfile profile,
      MesosVersion base,
      ClusterState observed,
      boolean keepDecisions) {
    this.catalog = catalog;
    this.profile = profile;
    this.base = base;
    this.observed = observed;
    this.keepDecisions = keepDecisions;
  }

  /**
   * Resolves {@code hops}, which start from {@code base}; the flags {@code observed} records give
   * the old path that a cgroups rename sets again.
   */
  static Resolved resolve(
      UpgradeCatalog catalog,
      List<UpgradeHop> hops,
      ClusterProfile profile,
      MesosVersion base,
      ClusterState observed) {
    return new ProfileResolver(catalog, profile, base, observed, true).run(hops);
  }

  /**
   * Resolves {@code hops} as {@link #resolve} does, without the decisions, which a validation does
   * not report: their texts are not made, and {@link Resolved#decisions} is empty.
   */
  static Resolved resolveSteps(
      UpgradeCatalog catalog,
      List<UpgradeHop> hops,
      ClusterProfile profile,
      MesosVersion base,
      ClusterState observed) {
    return new ProfileResolver(catalog, profile, base, observed, false).run(hops);
  }

  private Resolved run(List<UpgradeHop> hops) {
    Map<Component, MesosVersion> running = new EnumMap<>(Component.class);
    running.put(Component.MASTER, base);
    running.put(Component.SLAVE, base);
    ImmutableList.Builder<UpgradeHop> out = ImmutableList.builder();
    ImmutableList.Builder<ImmutableSet<String>> requiredByHop = ImmutableList.builder();
    for (UpgradeHop hop : hops) {
      required = ImmutableSet.builder();
      ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
      List<String> restartedOnto = new ArrayList<>();
      for (UpgradeStep step : hop.steps()) {
        Optional<UpgradeStep> resolved = resolve(step, running, restartedOnto);
        resolved.ifPresent(steps::add);
        if (step.action() == StepAction.RESTART && step.component().isDaemon()) {
          running.put(step.component(), step.version());
          restartedOnto.add(step.component() + " " + step.version());
        }
      }
      out.add(hop.withSteps(steps.build()));
      requiredByHop.add(required.build());
    }
    boolean nativeFrameworks = profile.frameworksLinkLibmesos().orElse(true);
    return new Resolved(
        out.build(), ImmutableList.copyOf(decisions), requiredByHop.build(), nativeFrameworks);
  }

  private Optional<UpgradeStep> resolve(
      UpgradeStep step, Map<Component, MesosVersion> running, List<String> restartedOnto) {
    switch (step.action()) {
      case RELINK -> {
        if (step.component().isDaemon()) {
          // Modules rebuilt for a master or slave: no fact of the profile decides it.
          return asGiven(step);
        }
        return wholeStep(
            step,
            FRAMEWORKS_LINK_LIBMESOS,
            () -> relinkYesMessage(step.component(), step.version()),
            ProfileResolver::relinkNoMessage,
            () -> relinkUnknownMessage(step.component()));
      }
      case UPDATE_FRAMEWORK -> {
        FrameworkChange change = step.frameworkChange().orElseThrow();
        return switch (change) {
          case SET_CHECKPOINT ->
              wholeStep(
                  step,
                  WANTS_CHECKPOINTING,
                  ProfileResolver::setCheckpointYesMessage,
                  ProfileResolver::setCheckpointNoMessage,
                  ProfileResolver::setCheckpointUnknownMessage);
          case USE_CREDENTIAL_CONSTRUCTOR ->
              wholeStep(
                  step,
                  WANTS_AUTHENTICATION,
                  ProfileResolver::credentialYesMessage,
                  ProfileResolver::credentialNoMessage,
                  ProfileResolver::authenticationUnknownMessage);
          default -> asGiven(step);
        };
      }
      case RECONFIGURE -> {
        if (step.component() == Component.SLAVE && step.id().contains("cgroups")) {
          return wholeStep(
              step,
              SLAVES_USE_CGROUPS,
              ProfileResolver::cgroupsStepYesMessage,
              ProfileResolver::cgroupsStepNoMessage,
              ProfileResolver::cgroupsStepUnknownMessage);
        }
        return asGiven(step);
      }
      case RESTART -> {
        if (!step.component().isDaemon()) {
          // Required when the catalog says so: restarting only the schedulers that changed code
          // is a step "if necessary" (0.19 -> 0.20).
          return asGiven(step);
        }
        return restart(
            step,
            requireNonNull(running.get(step.component()), "daemons have a running release"),
            restartedOnto);
      }
      case INSTALL_BINARIES -> {
        required.add(step.id());
        return Optional.of(step);
      }
    }
    throw new AssertionError(step.action());
  }

  /** A step no fact of the profile decides: kept, and required when the catalog says so. */
  private Optional<UpgradeStep> asGiven(UpgradeStep step) {
    if (step.necessity() == Necessity.REQUIRED) {
      required.add(step.id());
    }
    return Optional.of(step);
  }

  /**
   * A step {@code fact} includes or leaves out whole; the reason, {@code yes}, {@code no} or {@code
   * unknown} after the profile's answer, is made only when the decision is kept.
   */
  private Optional<UpgradeStep> wholeStep(
      UpgradeStep step,
      ClusterProfile.Fact fact,
      Supplier<String> yes,
      Supplier<String> no,
      Supplier<String> unknown) {
    Optional<Boolean> answer = profile.answer(fact);
    boolean included = answer.orElse(true);
    if (keepDecisions) {
      String reason = answer.map(known -> known ? yes : no).orElse(unknown).get();
      decisions.add(StepDecision.of(step.id(), Optional.empty(), fact, answer, included, reason));
    }
    if (!included) {
      return Optional.empty();
    }
    if (step.necessity() == Necessity.REQUIRED || answer.isPresent()) {
      required.add(step.id());
    }
    return Optional.of(step);
  }

  private Optional<UpgradeStep> restart(
      UpgradeStep step, MesosVersion before, List<String> restartedOnto) {
    List<FlagChange> changes = new ArrayList<>();
    List<String> purposes = new ArrayList<>();
    boolean leftOutSome = false;
    boolean wantedByFact = false;
    for (FlagChange change : step.flagChanges()) {
      Optional<ClusterProfile.Fact> fact = factOf(step.component(), change);
      if (fact.isEmpty()) {
        changes.add(change);
        continue;
      }
      Optional<Boolean> answer = profile.answer(fact.get());
      boolean included = answer.orElse(true);
      String reason =
          fact.get() == WANTS_AUTHENTICATION
              ? answer
                  .map(known -> known ? authFlagYesMessage() : authFlagNoMessage())
                  .orElse(authenticationUnknownMessage())
              : answer
                  .map(known -> known ? checkpointFlagYesMessage() : checkpointFlagNoMessage())
                  .orElse(checkpointFlagUnknownMessage());
      decisions.add(
          StepDecision.of(step.id(), Optional.of(change), fact.get(), answer, included, reason));
      if (included) {
        changes.add(change);
        wantedByFact |= answer.isPresent();
      } else {
        leftOutSome = true;
        purposes.add(reason);
      }
    }
    boolean versionAlreadyRunning = restartedOnto.contains(step.component() + " " + step.version());
    if (leftOutSome && changes.isEmpty() && versionAlreadyRunning) {
      ClusterProfile.Fact fact = factOf(step.component(), step.flagChanges().get(0)).orElseThrow();
      decisions.add(
          StepDecision.of(
              step.id(),
              Optional.empty(),
              fact,
              profile.answer(fact),
              false,
              restartOnlyForFlagsMessage(step.component(), step.version())));
      return Optional.empty();
    }
    if (step.component() == Component.SLAVE && !before.equals(step.version())) {
      checkpointDefault(step, before, changes, purposes);
      renamedFlags(step, before, changes);
    }
    // Required when the catalog says so, or when a fact of the profile asks for its flags: a
    // restart "if necessary" (only to change the ping timeouts 0.23 makes configurable) is not.
    if (step.necessity() == Necessity.REQUIRED || wantedByFact) {
      required.add(step.id());
    }
    if (changes.equals(step.flagChanges())) {
      return Optional.of(step);
    }
    String purpose = purposes.isEmpty() ? step.purpose() : String.join("; ", purposes);
    return Optional.of(step.withFlagChanges(changes).withPurpose(purpose));
  }

  /** A slave restart onto a release that checkpoints by default, when checkpointing is unwanted. */
  private void checkpointDefault(
      UpgradeStep step, MesosVersion before, List<FlagChange> changes, List<String> purposes) {
    if (step.changesFlag(catalog.facts().checkpointFlag())) {
      return;
    }
    Optional<String> oldDefault =
        catalog
            .flag(Component.SLAVE, catalog.facts().checkpointFlag(), before)
            .flatMap(flag -> flag.defaultAt(before));
    Optional<String> newDefault =
        catalog
            .flag(Component.SLAVE, catalog.facts().checkpointFlag(), step.version())
            .flatMap(flag -> flag.defaultAt(step.version()));
    if (!oldDefault.equals(Optional.of("false")) || !newDefault.equals(Optional.of("true"))) {
      return;
    }
    FlagChange off = FlagChange.set(catalog.facts().checkpointFlag(), "false");
    Optional<Boolean> answer = profile.wantsCheckpointing();
    boolean added = answer.map(wanted -> !wanted).orElse(false);
    String reason =
        answer
            .map(
                wanted ->
                    wanted
                        ? checkpointDefaultYesMessage(step.version())
                        : checkpointDefaultNoMessage(step.version()))
            .orElse(checkpointDefaultUnknownMessage(step.version()));
    decisions.add(
        StepDecision.of(step.id(), Optional.of(off), WANTS_CHECKPOINTING, answer, added, reason));
    if (added) {
      changes.add(off);
      purposes.add(reason);
    }
  }

  /** A slave restart that removes a cgroups flag renamed without alias: set the old path again. */
  private void renamedFlags(UpgradeStep step, MesosVersion before, List<FlagChange> changes) {
    for (FlagChange change : step.flagChanges()) {
      if (!change.isRemoval() || !change.name().startsWith("cgroups_")) {
        continue;
      }
      Optional<MesosFlag> old = catalog.flag(Component.SLAVE, change.name(), before);
      Optional<String> renamed = old.flatMap(MesosFlag::renamedTo);
      if (renamed.isEmpty() || step.changesFlag(renamed.get())) {
        continue;
      }
      String oldValue =
          observed.slaves().stream()
              .map(slaves -> slaves.flags().get(change.name()))
              .filter(value -> value != null)
              .findFirst()
              .or(() -> old.get().defaultAt(before))
              .orElse("<old --" + change.name() + ">");
      String newDefault =
          catalog
              .flag(Component.SLAVE, renamed.get(), step.version())
              .flatMap(flag -> flag.defaultAt(step.version()))
              .orElse("none");
      FlagChange keep = FlagChange.set(renamed.get(), oldValue);
      Optional<Boolean> answer = profile.slavesUseCgroups();
      boolean added = answer.orElse(false);
      String reason =
          answer
              .map(
                  uses ->
                      uses
                          ? cgroupsYesMessage(change.name(), renamed.get(), newDefault, oldValue)
                          : cgroupsNoMessage())
              .orElse(cgroupsUnknownMessage(renamed.get(), oldValue, change.name()));
      decisions.add(
          StepDecision.of(step.id(), Optional.of(keep), SLAVES_USE_CGROUPS, answer, added, reason));
      if (added) {
        changes.add(keep);
      }
    }
  }

  private Optional<ClusterProfile.Fact> factOf(Component component, FlagChange change) {
    if (change.isRemoval()) {
      return Optional.empty();
    }
    if (component == Component.MASTER
        && (change.name().equals(catalog.facts().credentialsFlag())
            || change.name().equals(catalog.facts().authenticateFlag()))) {
      return Optional.of(WANTS_AUTHENTICATION);
    }
    if (component == Component.SLAVE
        && change.name().equals(catalog.facts().checkpointFlag())
        && change.value().equals("true")) {
      return Optional.of(WANTS_CHECKPOINTING);
    }
    return Optional.empty();
  }

  static String relinkYesMessage(Component component, MesosVersion version) {
    return String.format(
        "the frameworks link libmesos, so the %s need the %s native library and jar",
        component.plural(), version);
  }

  static String relinkNoMessage() {
    return "the frameworks use pure-language bindings, which link no Mesos library";
  }

  static String relinkUnknownMessage(Component component) {
    return "the profile does not say whether the frameworks link libmesos; relink the "
        + component.plural()
        + " if they do (pure-language bindings need not)";
  }

  static String setCheckpointYesMessage() {
    return "checkpointing is wanted, and the guide recommends setting FrameworkInfo.checkpoint for"
        + " it";
  }

  static String setCheckpointNoMessage() {
    return "checkpointing is not wanted, so the schedulers leave FrameworkInfo.checkpoint unset";
  }

  static String setCheckpointUnknownMessage() {
    return "the profile does not say whether checkpointing is wanted; the guide recommends it";
  }

  static String credentialYesMessage() {
    return "authentication is wanted: the schedulers authenticate with a Credential";
  }

  static String credentialNoMessage() {
    return "authentication is not wanted: the schedulers keep the constructor without a"
        + " Credential";
  }

  /** Why a step about authentication is left to the operator: the profile does not say. */
  static String authenticationUnknownMessage() {
    return "the profile does not say whether authentication is wanted; the guide sets it up";
  }

  static String authFlagYesMessage() {
    return "authentication is wanted";
  }

  static String authFlagNoMessage() {
    return "authentication is not wanted, so the masters need neither --credentials nor"
        + " --authenticate";
  }

  static String checkpointFlagYesMessage() {
    return "checkpointing is wanted";
  }

  static String checkpointFlagNoMessage() {
    return "checkpointing is not wanted, so the slaves start without --checkpoint=true";
  }

  static String checkpointFlagUnknownMessage() {
    return "the profile does not say whether checkpointing is wanted; the guide turns it on";
  }

  static String restartOnlyForFlagsMessage(Component component, MesosVersion version) {
    return "the restart only applied flags the profile leaves out, and the "
        + component.pluralAt(version)
        + " already run this release";
  }

  static String checkpointDefaultYesMessage(MesosVersion version) {
    return "checkpointing is wanted, and " + version + " slaves checkpoint by default";
  }

  static String checkpointDefaultNoMessage(MesosVersion version) {
    return "checkpointing is not wanted, and "
        + version
        + " slaves checkpoint unless started with --checkpoint=false";
  }

  static String checkpointDefaultUnknownMessage(MesosVersion version) {
    return "the profile does not say whether checkpointing is wanted; "
        + version
        + " slaves checkpoint by default, so pass --checkpoint=false to keep it off";
  }

  static String cgroupsStepYesMessage() {
    return "the slaves use cgroups isolation, so their cgroups hierarchy must be set up as this"
        + " release expects";
  }

  static String cgroupsStepNoMessage() {
    return "the slaves do not use cgroups isolation, so their cgroups mounts do not matter";
  }

  static String cgroupsStepUnknownMessage() {
    return "the profile does not say whether the slaves use cgroups isolation; do this if they do";
  }

  static String cgroupsYesMessage(String flag, String renamed, String newDefault, String oldValue) {
    return String.format(
        "the slaves use cgroups isolation: --%s is renamed --%s without an alias and its default is"
            + " now %s, so set the old path %s again",
        Shown.value(flag), Shown.value(renamed), Shown.value(newDefault), Shown.value(oldValue));
  }

  static String cgroupsNoMessage() {
    return "the slaves do not use cgroups isolation, so the hierarchy path does not matter";
  }

  static String cgroupsUnknownMessage(String renamed, String oldValue, String flag) {
    return String.format(
        "the profile does not say whether the slaves use cgroups isolation on Linux; if they do,"
            + " set --%s=%s, the old --%s",
        Shown.value(renamed), Shown.value(oldValue), Shown.value(flag));
  }
}
