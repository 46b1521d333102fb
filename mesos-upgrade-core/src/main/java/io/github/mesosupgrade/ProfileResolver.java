package io.github.mesosupgrade;

import static io.github.mesosupgrade.ClusterProfile.Fact.FRAMEWORKS_LINK_LIBMESOS;
import static io.github.mesosupgrade.ClusterProfile.Fact.SLAVES_USE_CGROUPS;
import static io.github.mesosupgrade.ClusterProfile.Fact.WANTS_AUTHENTICATION;
import static io.github.mesosupgrade.ClusterProfile.Fact.WANTS_CHECKPOINTING;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the conditional parts of a plan's steps with a {@link ClusterProfile}: relinks,
 * checkpointing, authentication and the cgroups rename, each to included or left out, with a {@link
 * StepDecision} saying why.
 */
final class ProfileResolver {

  /** The hops with their resolved steps, the decisions, and the ids a validator requires. */
  record Resolved(
      ImmutableList<UpgradeHop> hops,
      ImmutableList<StepDecision> decisions,
      ImmutableSet<String> required,
      boolean nativeFrameworks) {
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
  private final List<StepDecision> decisions = new ArrayList<>();
  private final ImmutableSet.Builder<String> required = ImmutableSet.builder();

  private ProfileResolver(
      UpgradeCatalog catalog, ClusterProfile profile, MesosVersion base, ClusterState observed) {
    this.catalog = catalog;
    this.profile = profile;
    this.base = base;
    this.observed = observed;
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
    return new ProfileResolver(catalog, profile, base, observed).run(hops);
  }

  private Resolved run(List<UpgradeHop> hops) {
    Map<Component, MesosVersion> running = new EnumMap<>(Component.class);
    running.put(Component.MASTER, base);
    running.put(Component.SLAVE, base);
    ImmutableList.Builder<UpgradeHop> out = ImmutableList.builder();
    for (UpgradeHop hop : hops) {
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
    }
    boolean nativeFrameworks = profile.frameworksLinkLibmesos().orElse(true);
    return new Resolved(
        out.build(), ImmutableList.copyOf(decisions), required.build(), nativeFrameworks);
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
            String.format(Messages.D_RELINK_YES, step.component().plural(), step.version()),
            Messages.D_RELINK_NO,
            String.format(Messages.D_RELINK_UNKNOWN, step.component().plural()));
      }
      case UPDATE_FRAMEWORK -> {
        FrameworkChange change = step.frameworkChange().orElseThrow();
        return switch (change) {
          case SET_CHECKPOINT ->
              wholeStep(
                  step,
                  WANTS_CHECKPOINTING,
                  Messages.D_SET_CHECKPOINT_YES,
                  Messages.D_SET_CHECKPOINT_NO,
                  Messages.D_SET_CHECKPOINT_UNKNOWN);
          case USE_CREDENTIAL_CONSTRUCTOR ->
              wholeStep(
                  step,
                  WANTS_AUTHENTICATION,
                  Messages.D_CREDENTIAL_YES,
                  Messages.D_CREDENTIAL_NO,
                  Messages.D_CREDENTIAL_UNKNOWN);
          default -> asGiven(step);
        };
      }
      case RECONFIGURE -> {
        if (step.component() == Component.SLAVE && step.id().contains("cgroups")) {
          return wholeStep(
              step,
              SLAVES_USE_CGROUPS,
              Messages.D_CGROUPS_STEP_YES,
              Messages.D_CGROUPS_STEP_NO,
              Messages.D_CGROUPS_STEP_UNKNOWN);
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

  private Optional<UpgradeStep> wholeStep(
      UpgradeStep step, ClusterProfile.Fact fact, String yes, String no, String unknown) {
    Optional<Boolean> answer = profile.answer(fact);
    boolean included = answer.orElse(true);
    String reason = answer.map(known -> known ? yes : no).orElse(unknown);
    decisions.add(StepDecision.of(step.id(), Optional.empty(), fact, answer, included, reason));
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
                  .map(known -> known ? Messages.D_AUTH_FLAG_YES : Messages.D_AUTH_FLAG_NO)
                  .orElse(Messages.D_AUTH_FLAG_UNKNOWN)
              : answer
                  .map(
                      known ->
                          known ? Messages.D_CHECKPOINT_FLAG_YES : Messages.D_CHECKPOINT_FLAG_NO)
                  .orElse(Messages.D_CHECKPOINT_FLAG_UNKNOWN);
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
              String.format(
                  Messages.D_RESTART_ONLY_FOR_FLAGS, step.component().pluralAt(step.version()))));
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
                        ? String.format(Messages.D_CHECKPOINT_DEFAULT_YES, step.version())
                        : String.format(Messages.D_CHECKPOINT_DEFAULT_NO, step.version()))
            .orElse(String.format(Messages.D_CHECKPOINT_DEFAULT_UNKNOWN, step.version()));
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
                          ? String.format(
                              Messages.D_CGROUPS_YES,
                              change.name(),
                              renamed.get(),
                              newDefault,
                              oldValue)
                          : Messages.D_CGROUPS_NO)
              .orElse(
                  String.format(
                      Messages.D_CGROUPS_UNKNOWN, renamed.get(), oldValue, change.name()));
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
}
