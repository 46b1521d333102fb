package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What an {@link UpgradeCatalog} knows about upgrading from one release line to the next: the steps
 * in order, the "must come before" rules between them, and the notes that concern the whole hop.
 *
 * <p>Step versions in a definition name a release of {@link #to()}, or of {@link #from()} for a
 * step done while the cluster still runs the starting release (relinking old schedulers before
 * 0.24, for example); a plan replaces them by the release it actually upgrades to, or starts from.
 * Step ids start with {@code from-to/}, for example {@code 0.14-0.15/}.
 */
@Value.Immutable
public abstract class HopDefinition {
  HopDefinition() {}

  /** Returns a builder; {@code from} and {@code to} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link HopDefinition}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link HopDefinition#builder()}.
   */
  public static final class Builder extends ImmutableHopDefinition.Builder {
    Builder() {}

    /**
     * Returns the hop definition with the attributes set so far.
     *
     * @return the hop definition
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid hop definition
     */
    @Override
    public HopDefinition build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /** Returns the release line the hop starts from. */
  public abstract ReleaseLine from();

  /** Returns the release line the hop ends on. */
  public abstract ReleaseLine to();

  /** Returns the steps in the order the upgrade guide gives them. */
  public abstract ImmutableList<UpgradeStep> steps();

  /** Returns the rules between steps that a reordering must keep. */
  public abstract ImmutableList<OrderingConstraint> constraints();

  /** Returns notes that concern the whole hop rather than one step. */
  public abstract ImmutableList<Note> notes();

  /** Returns the id prefix of the hop's steps: {@code 0.14-0.15/}. */
  public String idPrefix() {
    return from().shortName() + "-" + to().shortName() + "/";
  }

  /** Returns {@code 0.14.x -> 0.15.x}. */
  @Override
  public String toString() {
    return from() + " -> " + to();
  }
}
