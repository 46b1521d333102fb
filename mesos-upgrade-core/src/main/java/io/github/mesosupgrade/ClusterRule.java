package io.github.mesosupgrade;

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
      return String.format(
          Messages.V_SLAVES_IGNORED,
          step,
          model.mastersRunning(),
          model.slavesRunning(),
          facts.slavesIgnoredFrom(),
          facts.minimumSlave(),
          facts.slavesIgnoredFrom(),
          line(facts.minimumSlave()),
          lastAccepting);
    }

    @Override
    String refusal(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return String.format(
          Messages.R_SLAVES_IGNORED,
          model.mastersRunning(),
          model.slavesRunning(),
          facts.slavesIgnoredFrom(),
          facts.minimumSlave(),
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
      return String.format(
          Messages.V_VERSION_SKEW,
          step,
          model.mastersRunning(),
          model.slavesRunning(),
          line(model.facts().skewPolicyFrom()));
    }

    @Override
    String refusal(ClusterModel model) {
      return String.format(
          Messages.R_SKEW,
          model.mastersRunning(),
          model.slavesRunning(),
          line(model.facts().skewPolicyFrom()));
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
      return String.format(
          Messages.V_AUTHENTICATION_WITHOUT_CREDENTIALS,
          step,
          facts.authenticateFlag(),
          facts.credentialsFlag(),
          facts.credentialsFlag());
    }

    @Override
    String refusal(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return String.format(
          Messages.R_AUTHENTICATION_WITHOUT_CREDENTIALS,
          model.mastersRunning(),
          facts.authenticateFlag(),
          facts.credentialsFlag(),
          facts.credentialsFlag(),
          facts.authenticateFlag());
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
      return String.format(Messages.V_FRAMEWORKS_LOCKED_OUT, step);
    }

    @Override
    String refusal(ClusterModel model) {
      String flag = model.facts().authenticateFlag();
      return model.schedulersKnown()
          ? String.format(
              Messages.R_LOCKED_OUT, model.mastersRunning(), flag, model.schedulersRunning(), flag)
          : String.format(Messages.R_LOCKED_OUT_UNKNOWN, model.mastersRunning(), flag);
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
      return String.format(
          Messages.V_CREDENTIAL_REFUSED,
          step,
          model.mastersKnowCredentials()
              ? String.format(Messages.V_CREDENTIAL_REFUSED_NO_CREDENTIALS, flag)
              : String.format(Messages.V_CREDENTIAL_REFUSED_OLD_MASTERS, model.mastersRunning()),
          flag);
    }

    @Override
    String refusal(ClusterModel model) {
      String flag = model.facts().credentialsFlag();
      String masterProblem =
          model.mastersKnowCredentials()
              ? String.format(
                  Messages.R_CREDENTIAL_REFUSED_NO_CREDENTIALS, model.mastersRunning(), flag)
              : String.format(Messages.R_CREDENTIAL_REFUSED_OLD_MASTERS, model.mastersRunning());
      MesosVersion from =
          model.catalog().flagHistory(Component.MASTER, flag).stream()
              .map(MesosFlag::introducedIn)
              .findFirst()
              .orElse(model.mastersRunning());
      return String.format(
          Messages.R_CREDENTIAL_REFUSED, model.schedulersRunning(), masterProblem, from, flag);
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
      return String.format(
          Messages.V_CHECKPOINT_BEFORE_SLAVES, step, model.facts().checkpointFlag());
    }

    @Override
    String refusal(ClusterModel model) {
      return String.format(
          Messages.R_CHECKPOINT_BEFORE_SLAVES,
          model.slavesRunning(),
          model.facts().checkpointFlag());
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
      return String.format(
          Messages.V_SCHEDULER_LIBRARY_TOO_OLD,
          step,
          model.mastersRunning(),
          model.schedulersLinked(),
          facts.jsonMasterInfoReader(),
          facts.jsonMasterInfoReader(),
          line(facts.jsonMasterInfoFrom()));
    }

    @Override
    String refusal(ClusterModel model) {
      ClusterFacts facts = model.facts();
      return String.format(
          Messages.R_SCHEDULER_LIBRARY_TOO_OLD,
          model.mastersRunning(),
          model.schedulersLinked(),
          facts.jsonMasterInfoReader(),
          facts.jsonMasterInfoReader());
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
}
