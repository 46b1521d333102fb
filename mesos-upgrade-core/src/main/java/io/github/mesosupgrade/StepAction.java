package io.github.mesosupgrade;

/** What an operator does in one {@link UpgradeStep}. */
public enum StepAction {
  /** Install the binaries of the step's version on every machine of a daemon (master or slave). */
  INSTALL_BINARIES,
  /**
   * Restart every instance of a component, onto the version installed (daemons) or linked
   * (schedulers), with the step's flag changes applied.
   */
  RESTART,
  /**
   * Link executors or schedulers against the native library and Mesos jar of the step's version.
   */
  RELINK,
  /**
   * Change framework code, for example set {@code FrameworkInfo.checkpoint} or call the {@code
   * MesosSchedulerDriver} constructor that takes a {@code Credential}; see {@link FrameworkChange}.
   */
  UPDATE_FRAMEWORK;

  /** Returns whether this action can be done to {@code component}. */
  public boolean appliesTo(Component component) {
    return switch (this) {
      case INSTALL_BINARIES -> component.isDaemon();
      case RESTART -> component != Component.EXECUTOR;
      case RELINK -> !component.isDaemon();
      case UPDATE_FRAMEWORK -> component == Component.SCHEDULER;
    };
  }
}
