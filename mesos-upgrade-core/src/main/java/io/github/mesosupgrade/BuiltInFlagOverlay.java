package io.github.mesosupgrade;

/**
 * What the built-in catalog knows about flags beyond what {@link BuiltInMesosFacts} extracts from
 * the Mesos sources, written by hand, one fact a line, each with its source (a path, read at the
 * line's release unless written {@code path@tag}):
 *
 * <ul>
 *   <li>{@code flag ...}: a flag the extractor does not read, in the generated lines' form (the
 *       0.10-0.12 Configurator's {@code --conf});
 *   <li>{@code renamed COMPONENT OLD NEW RELEASE SOURCE}: a rename that kept no alias, so notes can
 *       say "renamed";
 *   <li>{@code required COMPONENT NAME RELEASE SOURCE}: a daemon that refuses to start without the
 *       flag from that release, by a check in its {@code main.cpp};
 *   <li>{@code misspelled COMPONENT NAME SPELLING RELEASE SOURCE}: a spelling documentation used
 *       that Mesos never accepted;
 *   <li>{@code describe COMPONENT NAME RELEASE SOURCE TEXT...}: a one-sentence description, for
 *       notes.
 * </ul>
 */
final class BuiltInFlagOverlay {
  private BuiltInFlagOverlay() {}

  static final String LINES =
      """
      flag master conf type=path optional 0.10.0..0.12.1 src/configurator/configurator.hpp
      flag slave conf type=path optional 0.10.0..0.12.1 src/configurator/configurator.hpp
      renamed slave cgroups_hierarchy_root cgroups_hierarchy 0.13.0 src/slave/flags.hpp
      renamed slave docker_sandbox_directory sandbox_directory 0.24.0 src/slave/flags.cpp
      required master work_dir 0.19.0 src/master/main.cpp
      misspelled master authenticate authentication 0.15.0 docs/Upgrades.md
      describe master authenticate 0.15.0 src/master/flags.hpp if true, only authenticated \
      frameworks may register; if false, unauthenticated ones may too
      describe master authenticate_frameworks 1.0.0 src/master/flags.cpp if true, only \
      authenticated frameworks may register; the deprecated name --authenticate still works
      describe master credentials 0.15.0 src/master/flags.hpp path (or file:///path) of a file \
      of credentials, one 'principal secret' per line; JSON from 0.20.0
      describe master conf 0.10.0 src/configurator/configurator.hpp directory of the mesos.conf \
      configuration file
      describe slave conf 0.10.0 src/configurator/configurator.hpp directory of the mesos.conf \
      configuration file
      describe master work_dir 0.16.0 src/master/flags.hpp where the master keeps the registry's \
      replicated log
      describe master quorum 0.19.0 src/master/flags.hpp size of the replicated log's quorum, a \
      majority of the masters; needed with --zk
      describe slave work_dir 0.10.0 src/slave/flags.hpp where the slave keeps sandboxes and \
      checkpoints
      describe slave cgroups_hierarchy_root 0.10.0 src/slave/flags.hpp where the cgroups \
      hierarchy is mounted (Linux)
      describe slave cgroups_hierarchy 0.13.0 src/slave/flags.hpp where the cgroups hierarchy is \
      mounted (Linux)
      describe slave checkpoint 0.13.0 src/slave/flags.hpp whether the slave checkpoints tasks \
      and status updates to disk
      describe slave agent_features 1.5.0 src/slave/flags.cpp JSON list of the capabilities the \
      agent announces; from 1.9.0 it must list every capability the release requires
      """;
}
