package io.github.mesosupgrade;

/** A change to framework code that an {@link StepAction#UPDATE_FRAMEWORK} step asks for. */
public enum FrameworkChange {
  /**
   * Set {@code FrameworkInfo.checkpoint} to true, so that the framework's tasks survive a slave
   * restart. The field exists from Mesos 0.13.0; it has an effect only on slaves that checkpoint.
   */
  SET_CHECKPOINT("set FrameworkInfo.checkpoint = true", MesosVersion.of(0, 13, 0)),
  /**
   * Construct the scheduler driver with {@code MesosSchedulerDriver(scheduler, framework, master,
   * credential)}, so that the scheduler authenticates with the masters. The constructor exists from
   * Mesos 0.15.0.
   */
  USE_CREDENTIAL_CONSTRUCTOR(
      "construct MesosSchedulerDriver with a Credential (principal and secret)",
      MesosVersion.of(0, 15, 0)),
  /**
   * Import the Python bindings from {@code mesos.native} and {@code mesos.interface}, the packages
   * of Mesos 0.20.0, falling back to the old {@code mesos} module; the fallback makes the code work
   * with the libraries of every release, so the change can come before the upgrade.
   */
  USE_PYTHON_SUBPACKAGES(
      "import mesos.native and mesos.interface, falling back to the old mesos module",
      MesosVersion.of(0, 11, 0)),
  /**
   * Send status update acknowledgements through the master, as pure-language bindings must before
   * an upgrade to Mesos 0.20. Masters forward acknowledgements from Mesos 0.19.0.
   */
  ACKNOWLEDGE_THROUGH_MASTER(
      "send status update acknowledgements through the master", MesosVersion.of(0, 19, 0)),
  /**
   * Accept {@code TASK_STARTING} status updates, which the built-in executors send from Mesos 1.5.
   * The state has been part of the API since before Mesos 0.11.0.
   */
  ACCEPT_TASK_STARTING("accept TASK_STARTING status updates", MesosVersion.of(0, 11, 0));

  private final String description;
  private final MesosVersion availableFrom;

  FrameworkChange(String description, MesosVersion availableFrom) {
    this.description = description;
    this.availableFrom = availableFrom;
  }

  /** Returns what the framework's code does, in a few words. */
  public String description() {
    return description;
  }

  /** Returns the first Mesos release whose library offers the API this change uses. */
  public MesosVersion availableFrom() {
    return availableFrom;
  }
}
