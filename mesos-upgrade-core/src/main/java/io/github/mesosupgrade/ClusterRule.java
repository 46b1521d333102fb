package io.github.mesosupgrade;

import io.github.mesosupgrade.internal.Shown;
import java.util.Optional;

/**
 * The rules about a whole cluster, each written once: when it is broken, its {@link ViolationCode}
 * for the validator, its refusal {@link UnsupportedUpgradeException.Reason} for cluster states, and
 * both messages. {@link ClusterModel} reports a broken rule at the step that breaks it, and {@link
 * StateChecks} refuses a cluster state that breaks one, both from these definitions and in this
 * order. What the rules know of Mesos (flag names, releases) comes from the catalog's {@link
 * ClusterFacts}.
 */
enum ClusterRule {
  /** Masters ignore slaves too old for them, which drop out of the cluster. */
  SLAVES_IGNORED(ViolationCode.SLAVES_IGNORED, UnsupportedUpgradeException.Reason.VERSION_SKEW) {
    @Override
    boolean isBroken(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return model.mastersRunning().isAtLeast(facts.slavesIgnoredFrom())
          && model.slavesRunning().isBefore(facts.minimumSlave());
    }

    @Override
    String violation(ClusterModel model, String step) {
      ClusterFacts facts = model.facts();
      MesosVersion lastAccepting =
          Optional.ofNullable(model.catalog().releases().lower(facts.slavesIgnoredFrom()))
              .orElse(facts.slavesIgnoredFrom());
      return slavesIgnoredMessage(
          step,
          model.mastersRunning(),
          model.slavesRunning(),
          facts.slavesIgnoredFrom(),
          facts.minimumSlave(),
          lastAccepting);
    }

    @Override
    String refusal(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return slavesIgnoredRefusalMessage(
          model.mastersRunning(),
          model.slavesRunning(),
          facts.slavesIgnoredFrom(),
          facts.minimumSlave());
    }
  },

  /**
   * Masters and slaves more than one release line apart while one of them runs a release from
   * before the versioning policy.
   */
  VERSION_SKEW(ViolationCode.VERSION_SKEW, UnsupportedUpgradeException.Reason.VERSION_SKEW) {
    @Override
    boolean isBroken(ClusterModel model) {
      if (SLAVES_IGNORED.isBroken(model)) {
        return false;
      }
      MesosVersion a = model.mastersRunning();
      MesosVersion b = model.slavesRunning();
      MesosVersion policy = model.facts().skewPolicyFrom();
      if (a.isAtLeast(policy) && b.isAtLeast(policy)) {
        return false;
      }
      UpgradeCatalog catalog = model.catalog();
      int lineA = catalog.lineIndex(a.releaseLine());
      int lineB = catalog.lineIndex(b.releaseLine());
      return lineA >= 0 && lineB >= 0 && Math.abs(lineA - lineB) > 1;
    }

    @Override
    String violation(ClusterModel model, String step) {
      return versionSkewMessage(
          step, model.mastersRunning(), model.slavesRunning(), model.facts().skewPolicyFrom());
    }

    @Override
    String refusal(ClusterModel model) {
      return versionSkewRefusalMessage(
          model.mastersRunning(), model.slavesRunning(), model.facts().skewPolicyFrom());
    }
  },

  /** Masters enforce authentication without a credentials file: they exit at startup. */
  AUTHENTICATION_WITHOUT_CREDENTIALS(
      ViolationCode.AUTHENTICATION_WITHOUT_CREDENTIALS,
      UnsupportedUpgradeException.Reason.AUTHENTICATION_WITHOUT_CREDENTIALS) {
    @Override
    boolean isBroken(ClusterModel model) {
      return authenticatesWithoutCredentials(
          model.enforcesAuthentication(), model.mastersHaveCredentials());
    }

    @Override
    String violation(ClusterModel model, String step) {
      ClusterFacts facts = model.facts();
      return authenticationWithoutCredentialsMessage(
          step, facts.authenticateFlag(), facts.credentialsFlag());
    }

    @Override
    String refusal(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return authenticationWithoutCredentialsRefusalMessage(
          model.mastersRunning(), facts.authenticateFlag(), facts.credentialsFlag());
    }
  },

  /** Masters enforce authentication while the schedulers do not authenticate. */
  FRAMEWORKS_LOCKED_OUT(
      ViolationCode.FRAMEWORKS_LOCKED_OUT,
      UnsupportedUpgradeException.Reason.FRAMEWORKS_LOCKED_OUT) {
    @Override
    boolean isBroken(ClusterModel model) {
      return model.enforcesAuthentication() && !model.schedulersAuthenticate();
    }

    @Override
    boolean needsSchedulers() {
      return false;
    }

    @Override
    String violation(ClusterModel model, String step) {
      return lockedOutMessage(step);
    }

    @Override
    String refusal(ClusterModel model) {
      String flag = model.facts().authenticateFlag();
      return model.schedulersKnown()
          ? lockedOutRefusalMessage(model.mastersRunning(), flag, model.schedulersRunning())
          : lockedOutUnknownRefusalMessage(model.mastersRunning(), flag);
    }

    @Override
    boolean isBrokenInState(ClusterModel model) {
      // Unknown schedulers may not authenticate: enforcement alone is enough to refuse.
      return model.schedulersKnown() ? isBroken(model) : model.enforcesAuthentication();
    }
  },

  /** Schedulers authenticate while the masters cannot authenticate them. */
  CREDENTIAL_REFUSED(
      ViolationCode.CREDENTIAL_REFUSED, UnsupportedUpgradeException.Reason.CREDENTIAL_REFUSED) {
    @Override
    boolean isBroken(ClusterModel model) {
      return model.schedulersAuthenticate() && !model.mastersHaveCredentials();
    }

    @Override
    String violation(ClusterModel model, String step) {
      String flag = model.facts().credentialsFlag();
      return credentialRefusedMessage(
          step, model.mastersKnowCredentials(), model.mastersRunning(), flag);
    }

    @Override
    String refusal(ClusterModel model) {
      String flag = model.facts().credentialsFlag();
      MesosVersion from =
          model.catalog().flagHistory(Component.MASTER, flag).stream()
              .map(MesosFlag::introducedIn)
              .findFirst()
              .orElse(model.mastersRunning());
      return credentialRefusedRefusalMessage(
          model.schedulersRunning(),
          model.mastersKnowCredentials(),
          model.mastersRunning(),
          from,
          flag);
    }
  },

  /** Schedulers set {@code FrameworkInfo.checkpoint} while the slaves do not checkpoint. */
  CHECKPOINT_BEFORE_SLAVES(
      ViolationCode.CHECKPOINT_BEFORE_SLAVES,
      UnsupportedUpgradeException.Reason.CHECKPOINT_BEFORE_SLAVES) {
    @Override
    boolean isBroken(ClusterModel model) {
      return model.schedulersCheckpoint() && !model.slavesCheckpoint();
    }

    @Override
    String violation(ClusterModel model, String step) {
      return checkpointBeforeSlavesMessage(step, model.facts().checkpointFlag());
    }

    @Override
    String refusal(ClusterModel model) {
      return checkpointBeforeSlavesRefusalMessage(
          model.slavesRunning(), model.facts().checkpointFlag());
    }
  },

  /**
   * Masters publish their ZooKeeper record as JSON while schedulers link a library that cannot read
   * it, so they no longer find the masters.
   */
  SCHEDULER_LIBRARY_TOO_OLD(
      ViolationCode.SCHEDULER_LIBRARY_TOO_OLD,
      UnsupportedUpgradeException.Reason.SCHEDULER_LIBRARY_TOO_OLD) {
    @Override
    boolean isBroken(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return model.nativeFrameworks()
          && model.mastersRunning().isAtLeast(facts.jsonMasterInfoFrom())
          && model.schedulersLinked().isBefore(facts.jsonMasterInfoReader());
    }

    @Override
    String violation(ClusterModel model, String step) {
      ClusterFacts facts = model.facts();
      return schedulerLibraryTooOldMessage(
          step,
          model.mastersRunning(),
          model.schedulersLinked(),
          facts.jsonMasterInfoReader(),
          facts.jsonMasterInfoFrom());
    }

    @Override
    String refusal(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return schedulerLibraryTooOldRefusalMessage(
          model.mastersRunning(), model.schedulersLinked(), facts.jsonMasterInfoReader());
    }
  };

  private final ViolationCode code;
  private final UnsupportedUpgradeException.Reason reason;

  ClusterRule(ViolationCode code, UnsupportedUpgradeException.Reason reason) {
    this.code = code;
    this.reason = reason;
  }

  /** Returns the code the validator reports when a step breaks the rule. */
  ViolationCode code() {
    return code;
  }

  /** Returns the reason a cluster state that breaks the rule is refused with. */
  UnsupportedUpgradeException.Reason reason() {
    return reason;
  }

  /** Whether the cluster {@code model} is in breaks the rule. */
  abstract boolean isBroken(ClusterModel model);

  /**
   * Whether an observed cluster state breaks the rule; a rule about schedulers holds when the state
   * does not say what they run.
   */
  boolean isBrokenInState(ClusterModel model) {
    return (model.schedulersKnown() || !needsSchedulers()) && isBroken(model);
  }

  /** Whether the rule is about what the schedulers run, so unknown schedulers cannot break it. */
  boolean needsSchedulers() {
    return this == CREDENTIAL_REFUSED
        || this == CHECKPOINT_BEFORE_SLAVES
        || this == SCHEDULER_LIBRARY_TOO_OLD;
  }

  /** Returns the validator's message for the step {@code step} that breaks the rule. */
  abstract String violation(ClusterModel model, String step);

  /** Returns the message refusing a cluster state that breaks the rule. */
  abstract String refusal(ClusterModel model);

  /** {@code 1.0} for 1.0.0: the release line as the messages write it. */
  private static String line(MesosVersion version) {
    return version.major() + "." + version.minor();
  }

  /**
   * Whether a flag value turns a boolean flag on, as stout parses a bool: {@code true} or {@code
   * 1}. The validator, the state checks and the linter read boolean settings through this one
   * definition.
   */
  static boolean isOn(String value) {
    return "true".equals(value) || "1".equals(value);
  }

  /**
   * The rule {@link #AUTHENTICATION_WITHOUT_CREDENTIALS} itself: masters that enforce
   * authentication without credentials refuse every framework. The validator and the state checks
   * (through {@link ClusterModel}) and the linter (from one daemon's settings) all decide it here.
   */
  static boolean authenticatesWithoutCredentials(boolean enforces, boolean hasCredentials) {
    return enforces && !hasCredentials;
  }

  static String slavesIgnoredMessage(
      String step,
      MesosVersion masters,
      MesosVersion slaves,
      MesosVersion ignoredFrom,
      MesosVersion minimumSlave,
      MesosVersion lastAccepting) {
    return String.format(
        "after step %s the masters run %s and the slaves run %s: masters from %s ignore slaves"
            + " older than %s (MINIMUM_AGENT_VERSION, apache/mesos src/master/constants.hpp at"
            + " %s), so those slaves drop out of the cluster; finish the upgrade of every slave to"
            + " %s before the masters move past %s",
        Shown.value(step),
        masters,
        slaves,
        ignoredFrom,
        minimumSlave,
        ignoredFrom,
        line(minimumSlave),
        lastAccepting);
  }

  static String slavesIgnoredRefusalMessage(
      MesosVersion masters, MesosVersion slaves, MesosVersion ignoredFrom, MesosVersion minimum) {
    return String.format(
        "cannot plan from this state: the masters run %s and the slaves run %s, but masters from"
            + " %s ignore slaves older than %s, so no upgrade plan passes through it; run the"
            + " slaves on %s or later first",
        masters, slaves, ignoredFrom, minimum, minimum);
  }

  static String versionSkewMessage(
      String step, MesosVersion masters, MesosVersion slaves, MesosVersion policyFrom) {
    return String.format(
        "after step %s the masters run %s and the slaves run %s, more than one release line apart"
            + " while one of them runs a release before %s, which Mesos does not support: finish"
            + " each hop on the whole cluster before the next",
        Shown.value(step), masters, slaves, line(policyFrom));
  }

  static String versionSkewRefusalMessage(
      MesosVersion masters, MesosVersion slaves, MesosVersion policyFrom) {
    return String.format(
        "cannot plan from this state: the masters run %s and the slaves run %s, more than one"
            + " release line apart, which Mesos before %s does not support, so no upgrade plan"
            + " passes through it; bring them within one release line of each other first",
        masters, slaves, line(policyFrom));
  }

  static String authenticationWithoutCredentialsMessage(
      String step, String authenticate, String credentials) {
    return String.format(
        "step %s enforces authentication (--%s=true) on masters that have no --%s: the master"
            + " exits at startup (\"Authentication requires a credentials file\"); set --%s first",
        Shown.value(step),
        Shown.value(authenticate),
        Shown.value(credentials),
        Shown.value(credentials));
  }

  static String authenticationWithoutCredentialsRefusalMessage(
      MesosVersion masters, String authenticate, String credentials) {
    return String.format(
        "cannot plan from this state: the masters run %s with --%s=true but without --%s, so they"
            + " exit at startup (\"Authentication requires a credentials file\"); give them --%s"
            + " or drop --%s",
        masters,
        Shown.value(authenticate),
        Shown.value(credentials),
        Shown.value(credentials),
        Shown.value(authenticate));
  }

  static String lockedOutMessage(String step) {
    return "after step "
        + Shown.value(step)
        + " the masters enforce authentication, but the schedulers do not authenticate: they can"
        + " no longer register; change the schedulers to the Credential constructor and restart"
        + " them before enforcing";
  }

  static String lockedOutRefusalMessage(
      MesosVersion masters, String authenticate, MesosVersion schedulers) {
    return String.format(
        "cannot plan from this state: the masters run %s with --%s=true while schedulers running"
            + " the %s library do not authenticate, so they cannot register; change those"
            + " schedulers to the Credential constructor and restart them, or restart the masters"
            + " without --%s",
        masters, Shown.value(authenticate), schedulers, Shown.value(authenticate));
  }

  static String lockedOutUnknownRefusalMessage(MesosVersion masters, String authenticate) {
    return String.format(
        "cannot plan from this state: the masters run %s with --%s=true, and the state does not"
            + " say whether the schedulers authenticate, so it cannot tell whether they are locked"
            + " out; add the schedulers to the state (running the Credential constructor if they"
            + " do)",
        masters, Shown.value(authenticate));
  }

  static String credentialRefusedMessage(
      String step, boolean mastersKnowCredentials, MesosVersion masters, String credentials) {
    return String.format(
        "after step %s the schedulers authenticate, but the masters %s: the driver fails"
            + " (\"Master refused authentication\") or retries forever; restart the masters with"
            + " --%s first",
        Shown.value(step),
        mastersKnowCredentials
            ? "have no --" + Shown.value(credentials)
            : oldMastersMessage(masters),
        Shown.value(credentials));
  }

  static String credentialRefusedRefusalMessage(
      MesosVersion schedulers,
      boolean mastersKnowCredentials,
      MesosVersion masters,
      MesosVersion from,
      String credentials) {
    return String.format(
        "cannot plan from this state: schedulers running the %s library authenticate with a"
            + " Credential, but the masters %s, so the driver fails (\"Master refused"
            + " authentication\") or retries forever; restart the masters on %s or later with"
            + " --%s",
        schedulers,
        mastersKnowCredentials
            ? "run " + masters + " without --" + Shown.value(credentials)
            : oldMastersMessage(masters),
        from,
        Shown.value(credentials));
  }

  /** What the masters of {@code masters}, a release that cannot authenticate, do. */
  static String oldMastersMessage(MesosVersion masters) {
    return "run " + masters + ", which cannot authenticate";
  }

  static String checkpointBeforeSlavesMessage(String step, String checkpoint) {
    return String.format(
        "after step %s the schedulers set FrameworkInfo.checkpoint, but the slaves do not"
            + " checkpoint: restart the slaves with --%s=true first",
        Shown.value(step), Shown.value(checkpoint));
  }

  static String checkpointBeforeSlavesRefusalMessage(MesosVersion slaves, String checkpoint) {
    return String.format(
        "cannot plan from this state: schedulers set FrameworkInfo.checkpoint while slaves on %s"
            + " do not checkpoint, so those frameworks get no offers from them; restart the slaves"
            + " with --%s=true first",
        slaves, Shown.value(checkpoint));
  }

  static String schedulerLibraryTooOldMessage(
      String step,
      MesosVersion masters,
      MesosVersion linked,
      MesosVersion reader,
      MesosVersion jsonFrom) {
    return String.format(
        "after step %s the masters run %s and publish their ZooKeeper record as JSON, but the"
            + " schedulers link %s, which cannot read it before %s, so they no longer find the"
            + " masters: relink the schedulers against %s or later and restart them before the"
            + " masters move to %s",
        Shown.value(step), masters, linked, reader, reader, line(jsonFrom));
  }

  static String schedulerLibraryTooOldRefusalMessage(
      MesosVersion masters, MesosVersion linked, MesosVersion reader) {
    return String.format(
        "cannot plan from this state: the masters run %s and publish their ZooKeeper record as"
            + " JSON, but schedulers link the %s library, which cannot read it before %s, so they"
            + " no longer find the masters; relink the schedulers against %s or later and restart"
            + " them",
        masters, linked, reader, reader);
  }
}
