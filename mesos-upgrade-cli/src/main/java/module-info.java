/**
 * The {@code mesos-upgrade} command line: plans, validates, lints, lists releases and reads a
 * running cluster. Its entry point is {@link io.github.mesosupgrade.cli.MesosUpgradeCli}; embedding
 * programs use the modules {@code io.github.mesosupgrade} and {@code io.github.mesosupgrade.json}
 * instead, without picocli.
 *
 * <p>The package is open to picocli, which reads the commands' annotated fields and methods by
 * reflection.
 */
module io.github.mesosupgrade.cli {
  requires io.github.mesosupgrade;
  requires io.github.mesosupgrade.json;
  requires io.github.mesosupgrade.cluster;
  requires info.picocli;
  requires static org.jspecify;

  exports io.github.mesosupgrade.cli;

  opens io.github.mesosupgrade.cli to
      info.picocli;
}
