package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The configuration a master or slave starts with: its command-line arguments, its {@code MESOS_*}
 * environment and the text of its credentials file: for a master the file {@code --credentials}
 * names, for a slave the file {@code --credential} names. It is what {@link ConfigLinter} checks;
 * the library reads no files, so the caller passes the file's text.
 *
 * <pre>{@code
 * DaemonConfig masters = DaemonConfig.of(
 *     Component.MASTER,
 *     List.of("--zk=zk://zk1:2181/mesos", "--authentication=true"),
 *     Map.of("MESOS_CREDENTIALS", "/etc/mesos/credentials"));
 * }</pre>
 */
@Value.Immutable
public abstract class DaemonConfig {
  DaemonConfig() {}

  /** Returns a builder; {@code component} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DaemonConfig}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link DaemonConfig#builder()}.
   */
  public static final class Builder extends ImmutableDaemonConfig.Builder {
    Builder() {}

    /**
     * Returns the daemon configuration with the attributes set so far.
     *
     * @return the daemon configuration
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid daemon configuration
     */
    @Override
    public DaemonConfig build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /**
   * Returns the configuration of {@code component} with {@code arguments} (without the program
   * name) and {@code environment} (every variable; only {@code MESOS_*} ones are read).
   *
   * @throws IllegalArgumentException if {@code component} is not a master or slave
   */
  public static DaemonConfig of(
      Component component, List<String> arguments, Map<String, String> environment) {
    return builder()
        .component(component)
        .addAllArguments(arguments)
        .putAllEnvironment(environment)
        .build();
  }

  /** Returns the daemon configured: {@link Component#MASTER} or {@link Component#SLAVE}. */
  public abstract Component component();

  /** Returns the command-line arguments, without the program name. */
  public abstract ImmutableList<String> arguments();

  /** Returns the environment; variables not starting with {@code MESOS_} are not read. */
  public abstract ImmutableMap<String, String> environment();

  /**
   * Returns the text of the credentials file, when the caller read it: for a master the file {@code
   * --credentials} names, for a slave the file {@code --credential} names; empty when it was not
   * read.
   */
  public abstract Optional<String> credentialsFile();

  @Value.Check
  void check() {
    if (!component().isDaemon()) {
      throw new IllegalArgumentException(notADaemonMessage(component()));
    }
  }

  static String notADaemonMessage(Component component) {
    return "only masters and slaves are configured with flags, not " + component.plural();
  }
}
