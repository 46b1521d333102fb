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
      MesosVersion.of(0, 15, 0));

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
