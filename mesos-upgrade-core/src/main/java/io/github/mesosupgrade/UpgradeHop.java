package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The steps that take the whole cluster from one release to a release of the next line (or, inside
 * one release line, to a later patch release; or, from Mesos 1.0, straight to a release several
 * lines later, see {@link UpgradePlanner}). A hop is finished on the whole cluster before the next
 * hop begins.
 */
@Value.Immutable
public abstract class UpgradeHop {
  UpgradeHop() {}

  /**
   * Returns a builder, for tools that read a plan back (from JSON, say); {@code from} and {@code
   * to} are required. Hops are normally made by {@link UpgradePlanner}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link UpgradeHop}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link UpgradeHop#builder()}.
   */
  public static final class Builder extends ImmutableUpgradeHop.Builder {
    Builder() {}

    /**
     * Returns the hop with the attributes set so far.
     *
     * @return the hop
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid hop
     */
    @Override
    public UpgradeHop build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /**
   * Returns a copy of this hop with the steps {@code steps} instead of this hop's, checked like one
   * from the builder.
   *
   * @param steps the new value
   * @return the copy, or this hop when nothing changes
   */
  public abstract UpgradeHop withSteps(Iterable<? extends UpgradeStep> steps);

  /**
   * Returns a copy of this hop with the notes {@code notes} instead of this hop's, checked like one
   * from the builder.
   *
   * @param notes the new value
   * @return the copy, or this hop when nothing changes
   */
  public abstract UpgradeHop withNotes(Iterable<? extends Note> notes);

  /** Returns the release the whole cluster runs when the hop begins. */
  public abstract MesosVersion from();

  /** Returns the release the whole cluster runs when the hop ends. */
  public abstract MesosVersion to();

  /** Returns the steps in the order to do them. */
  public abstract ImmutableList<UpgradeStep> steps();

  /** Returns notes that concern the whole hop rather than one step. */
  public abstract ImmutableList<Note> notes();

  /**
   * Returns the flags that a daemon of {@link #to()} no longer accepts but one of {@link #from()}
   * did.
   */
  public abstract ImmutableList<MesosFlag> removedFlags();

  /** Returns the HTTP paths that {@link #to()} no longer serves but {@link #from()} did. */
  public abstract ImmutableList<Endpoint> removedEndpoints();

  /** Returns {@code 0.14.2 -> 0.15.0}. */
  @Override
  public String toString() {
    return from() + " -> " + to();
  }
}
