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
   * Link executors or schedulers against the native library and Mesos jar of the step's version;
   * for a master or slave, rebuild the modules it loads against the step's version and install them
   * with its binaries (Mesos 0.23 and later ask for this first).
   */
  RELINK,
  /**
   * Change framework code, for example set {@code FrameworkInfo.checkpoint} or call the {@code
   * MesosSchedulerDriver} constructor that takes a {@code Credential}; see {@link FrameworkChange}.
   */
  UPDATE_FRAMEWORK,
  /**
   * Change how a master or slave is set up without changing its release: its ACLs, its resource
   * providers, the features it announces, the mounts it uses. A setting the daemon reads at startup
   * takes effect at its next restart; the step says which release it prepares for.
   */
  RECONFIGURE;

  /** Returns whether this action can be done to {@code component}. */
  public boolean appliesTo(Component component) {
    return switch (this) {
      case INSTALL_BINARIES, RECONFIGURE -> component.isDaemon();
      case RESTART -> component != Component.EXECUTOR;
      case RELINK -> true;
      case UPDATE_FRAMEWORK -> !component.isDaemon();
    };
  }
}
