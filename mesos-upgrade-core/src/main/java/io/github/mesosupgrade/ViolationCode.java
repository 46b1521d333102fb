package io.github.mesosupgrade;

/**
 * The stable code of a {@link Violation}. Codes are never renamed or reused; tools may match on
 * {@link #name()}.
 */
public enum ViolationCode {
  /** A step id that is not part of the upgrade being validated. */
  UNKNOWN_STEP,
  /** The same step id more than once. */
  DUPLICATE_STEP,
  /** A {@link Necessity#REQUIRED required} step of the upgrade is absent. */
  STEP_MISSING,
  /** A step of a later hop comes before a step of an earlier hop. */
  HOP_ORDER,
  /** A "must come before" rule of a hop is broken. */
  ORDERING_RULE,
  /** A master or slave is restarted onto a version that is not installed. */
  NOT_INSTALLED,
  /** A daemon is started with a flag that no Mesos release accepts. */
  FLAG_UNKNOWN,
  /**
   * A daemon is started with a flag its running release does not accept (not yet, or no longer).
   */
  FLAG_NOT_ACCEPTED,
  /** Masters enforce authentication without a credentials file: they exit at startup. */
  AUTHENTICATION_WITHOUT_CREDENTIALS,
  /** Masters enforce authentication while some scheduler does not authenticate. */
  FRAMEWORKS_LOCKED_OUT,
  /** Schedulers authenticate while the masters cannot authenticate them. */
  CREDENTIAL_REFUSED,
  /** Schedulers set {@code FrameworkInfo.checkpoint} before the slaves checkpoint. */
  CHECKPOINT_BEFORE_SLAVES,
  /** A framework change uses an API the linked Mesos library does not have yet. */
  FRAMEWORK_API_MISSING,
  /** Masters and slaves run releases Mesos does not support side by side. */
  VERSION_SKEW,
  /** After the last step, a master or slave does not run the target release. */
  END_STATE_NOT_REACHED,
  /** Masters of 1.2.1 or later run with slaves older than 1.0.0, which they ignore. */
  SLAVES_IGNORED,
  /** Masters of 0.24 or later run while schedulers link a library older than 0.23.0. */
  SCHEDULER_LIBRARY_TOO_OLD,
  /** A daemon is started without a flag its release requires. */
  FLAG_REQUIRED,
  /** A step that the cluster state the validation starts from shows already done. */
  STEP_ALREADY_DONE
}
