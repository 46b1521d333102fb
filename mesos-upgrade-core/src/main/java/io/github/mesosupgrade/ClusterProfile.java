package io.github.mesosupgrade;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Facts about a cluster and its operator that decide the upgrade guide's conditional steps: the "if
 * necessary" relinks, the "recommended" {@code FrameworkInfo.checkpoint}, the authentication steps
 * of 0.14 to 0.15, and the cgroups flag rename of 0.12 to 0.13.
 *
 * <p>Each fact may be unknown. Planning with a profile resolves every conditional step to included
 * or left out and records why in {@link UpgradePlan#decisions()}; an unknown fact keeps what the
 * guide says (relinks and the recommended change included, authentication set up, no cgroups flag
 * added).
 *
 * <pre>{@code
 * ClusterProfile profile = ClusterProfile.builder()
 *     .frameworksLinkLibmesos(false)   // pure-language bindings: no relinks
 *     .wantsAuthentication(false)      // no --credentials, no Credential, no --authenticate
 *     .build();
 * UpgradePlan plan = UpgradePlanner.plan(from, to, profile);
 * }</pre>
 */
@Value.Immutable
public abstract class ClusterProfile {
  ClusterProfile() {}

  /** A fact of a {@link ClusterProfile}. */
  public enum Fact {
    /**
     * The executors and schedulers link the Mesos native library and jar (libmesos), rather than
     * using pure-language bindings; decides the "if necessary" relink steps.
     */
    FRAMEWORKS_LINK_LIBMESOS,
    /**
     * The slaves run on Linux with cgroups isolation; decides whether the rename of {@code
     * --cgroups_hierarchy_root} to {@code --cgroups_hierarchy} needs the old path set again.
     */
    SLAVES_USE_CGROUPS,
    /**
     * The operator wants checkpointing, so that tasks survive a slave restart; decides {@code
     * --checkpoint} on the slaves and {@code FrameworkInfo.checkpoint} in the schedulers.
     */
    WANTS_CHECKPOINTING,
    /**
     * The operator wants frameworks to authenticate; decides {@code --credentials}, the {@code
     * Credential} constructor and {@code --authenticate=true}.
     */
    WANTS_AUTHENTICATION
  }

  /** Returns a builder; every fact left unset is unknown. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ClusterProfile}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link ClusterProfile#builder()}.
   */
  public static final class Builder extends ImmutableClusterProfile.Builder {
    Builder() {}
  }

  /** Returns the profile that knows nothing: plans follow the guide's text. */
  public static ClusterProfile unknown() {
    return Unknown.PROFILE;
  }

  /** Returns whether the frameworks link libmesos, if known. */
  public abstract Optional<Boolean> frameworksLinkLibmesos();

  /** Returns whether the slaves run on Linux with cgroups isolation, if known. */
  public abstract Optional<Boolean> slavesUseCgroups();

  /** Returns whether the operator wants checkpointing, if known. */
  public abstract Optional<Boolean> wantsCheckpointing();

  /** Returns whether the operator wants frameworks to authenticate, if known. */
  public abstract Optional<Boolean> wantsAuthentication();

  /** Returns the answer to {@code fact}, if known. */
  public Optional<Boolean> answer(Fact fact) {
    return switch (fact) {
      case FRAMEWORKS_LINK_LIBMESOS -> frameworksLinkLibmesos();
      case SLAVES_USE_CGROUPS -> slavesUseCgroups();
      case WANTS_CHECKPOINTING -> wantsCheckpointing();
      case WANTS_AUTHENTICATION -> wantsAuthentication();
    };
  }

  /** Returns {@code ClusterProfile{FRAMEWORKS_LINK_LIBMESOS=no, WANTS_AUTHENTICATION=yes}}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ClusterProfile{");
    for (Fact fact : Fact.values()) {
      answer(fact)
          .ifPresent(
              yes ->
                  out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ")
                      .append(fact)
                      .append('=')
                      .append(yes ? "yes" : "no"));
    }
    return out.append('}').toString();
  }

  private static final class Unknown {
    static final ClusterProfile PROFILE = builder().build();

    private Unknown() {}
  }
}
