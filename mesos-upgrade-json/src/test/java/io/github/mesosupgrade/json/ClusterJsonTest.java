package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mesosupgrade.ClusterProfile;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.FrameworkState;
import io.github.mesosupgrade.MesosVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String testResource(String name) {
    try (InputStream in = ClusterJsonTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String schema, String document) {
    Schema checker =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(tree(schema));
    return checker.validate(tree(document)).stream().map(Error::toString).toList();
  }

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  @Nested
  class Schemas {
    @Test
    void theJarShipsTheCheckedInSchemas() throws IOException {
      assertThat(ClusterJson.stateSchema())
          .isEqualTo(
              Files.readString(Path.of("src/main/resources/mesos-upgrade-state.schema.json")));
      assertThat(ClusterJson.profileSchema())
          .isEqualTo(
              Files.readString(Path.of("src/main/resources/mesos-upgrade-profile.schema.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"states/rolling-0.15.json", "states/skewed.json"})
    void theExampleStatesConform(String name) {
      assertThat(errors(ClusterJson.stateSchema(), testResource(name))).isEmpty();
    }

    @Test
    void theExampleProfileConforms() {
      assertThat(
              errors(
                  ClusterJson.profileSchema(), testResource("states/pure-no-authentication.json")))
          .isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() {
      String unknownField =
          "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.14.2\", \"version\": 1}],"
              + " \"slaves\": [{\"running\": \"0.14.2\"}]}";
      assertThat(errors(ClusterJson.stateSchema(), unknownField)).isNotEmpty();
      assertThatThrownBy(() -> ClusterJson.readState(unknownField))
          .isInstanceOf(PlanFormatException.class);
      String noSlaves = "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.14.2\"}]}";
      assertThat(errors(ClusterJson.stateSchema(), noSlaves)).isNotEmpty();
      assertThatThrownBy(() -> ClusterJson.readState(noSlaves))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "slaves is missing: give a list of groups, such as [{\"running\": \"0.14.2\"}]");
    }
  }

  @Nested
  class Writing {
    private final ClusterState full =
        ClusterState.builder()
            .addMaster(
                DaemonState.builder()
                    .installed(v("1.5.0"))
                    .running(v("1.4.3"))
                    .putFlag("work_dir", "/var/lib/mesos")
                    .putFlag("quorum", "2")
                    .startedBeforeSchedulers(true)
                    .build())
            .addSlave(DaemonState.of(v("1.4.3")))
            .addExecutor(
                FrameworkState.builder()
                    .linked(v("1.5.0"))
                    .running(v("1.4.3"))
                    .addChangesMade(FrameworkChange.ACCEPT_TASK_STARTING)
                    .build())
            .addScheduler(
                FrameworkState.builder()
                    .linked(v("1.4.3"))
                    .addChangesMade(FrameworkChange.SET_CHECKPOINT)
                    .addChangesRunning(FrameworkChange.SET_CHECKPOINT)
                    .build())
            .build();

    @Test
    void writesEveryFieldSortedAndIndented() {
      ClusterState daemonsOnly =
          ClusterState.builder()
              .addMaster(DaemonState.of(v("0.14.2")))
              .addSlave(DaemonState.of(v("0.14.2")))
              .build();
      assertThat(ClusterJson.writeState(daemonsOnly))
          .isEqualTo(
              """
              {
                "schemaVersion": 1,
                "masters": [
                  {
                    "running": "0.14.2"
                  }
                ],
                "slaves": [
                  {
                    "running": "0.14.2"
                  }
                ]
              }
              """);
      assertThat(ClusterJson.writeState(full))
          .isEqualTo(
              """
              {
                "schemaVersion": 1,
                "masters": [
                  {
                    "running": "1.4.3",
                    "installed": "1.5.0",
                    "flags": {
                      "quorum": "2",
                      "work_dir": "/var/lib/mesos"
                    },
                    "startedBeforeSchedulers": true
                  }
                ],
                "slaves": [
                  {
                    "running": "1.4.3"
                  }
                ],
                "executors": [
                  {
                    "linked": "1.5.0",
                    "running": "1.4.3",
                    "changesMade": [
                      "ACCEPT_TASK_STARTING"
                    ]
                  }
                ],
                "schedulers": [
                  {
                    "linked": "1.4.3",
                    "changesMade": [
                      "SET_CHECKPOINT"
                    ],
                    "changesRunning": [
                      "SET_CHECKPOINT"
                    ]
                  }
                ]
              }
              """);
    }

    @Test
    void readsBackToAnEqualStateThatConformsToTheSchema() {
      String json = ClusterJson.writeState(full);

      assertThat(ClusterJson.readState(json)).isEqualTo(full);
      assertThat(errors(ClusterJson.stateSchema(), json)).isEmpty();
    }
  }

  @Nested
  class Reading {
    @Test
    void aRollingUpgrade() {
      ClusterState state = ClusterJson.readState(testResource("states/rolling-0.15.json"));

      assertThat(state)
          .isEqualTo(
              ClusterState.builder()
                  .addMaster(
                      DaemonState.builder()
                          .installed(v("0.15.0"))
                          .running(v("0.15.0"))
                          .putFlag("zk", "zk://zk1:2181/mesos")
                          .putFlag("credentials", "/etc/mesos/credentials")
                          .build())
                  .addSlave(
                      DaemonState.builder()
                          .installed(v("0.14.2"))
                          .running(v("0.14.2"))
                          .putFlag("master", "zk://zk1:2181/mesos")
                          .build())
                  .addSlave(
                      DaemonState.builder()
                          .installed(v("0.15.0"))
                          .running(v("0.15.0"))
                          .putFlag("master", "zk://zk1:2181/mesos")
                          .build())
                  .addExecutor(FrameworkState.linkedTo(v("0.14.2")))
                  .addScheduler(FrameworkState.linkedTo(v("0.14.2")))
                  .build());
    }

    @Test
    void frameworksWithChanges() {
      ClusterState state =
          ClusterJson.readState(
              "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.15.0\"}],"
                  + " \"slaves\": [{\"running\": \"0.15.0\", \"startedBeforeSchedulers\": true,"
                  + " \"flags\": {\"checkpoint\": true}}],"
                  + " \"schedulers\": [{\"linked\": \"0.15.0\", \"running\": \"0.14.2\","
                  + " \"changesMade\": [\"USE_CREDENTIAL_CONSTRUCTOR\"]}]}");

      assertThat(state.schedulers())
          .containsExactly(
              FrameworkState.builder()
                  .linked(v("0.15.0"))
                  .running(v("0.14.2"))
                  .addChangesMade(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                  .build());
      assertThat(state.slaves().iterator().next().flags()).containsEntry("checkpoint", "true");
      assertThat(state.slaves().iterator().next().startedBeforeSchedulers()).contains(true);
      assertThat(state.isKnown(io.github.mesosupgrade.Component.EXECUTOR)).isFalse();
    }

    @Test
    void aProfile() {
      assertThat(ClusterJson.readProfile(testResource("states/pure-no-authentication.json")))
          .isEqualTo(
              ClusterProfile.builder()
                  .frameworksLinkLibmesos(false)
                  .wantsAuthentication(false)
                  .build());
      assertThat(ClusterJson.readProfile("{\"schemaVersion\": 1}"))
          .isEqualTo(ClusterProfile.unknown());
    }
  }

  @Nested
  class FlagNumbers {
    private String flagOf(String number) {
      return ClusterJson.readState(
              "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.15.0\"}],"
                  + " \"slaves\": [{\"running\": \"0.15.0\", \"flags\": {\"gc_disk_headroom\": "
                  + number
                  + "}}]}")
          .slaves()
          .iterator()
          .next()
          .flags()
          .get("gc_disk_headroom");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"0.10", "100.0", "0.0000001", "12", "123456789012345678901234567890", "-0.5"})
    void keepsANumberAsWritten(String number) {
      assertThat(flagOf(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1E+3", "2e1"})
    void refusesANumberThatNeedsAnExponent(String number) {
      assertThatThrownBy(() -> flagOf(number))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "slaves[0].flags.gc_disk_headroom is "
                  + new java.math.BigDecimal(number)
                  + ": a number with an exponent is not a value Mesos reads the same; give the"
                  + " value as text, such as \"0.5\"");
    }

    @Test
    void showsAHostileFlagNameEscaped() {
      assertThatThrownBy(
              () ->
                  ClusterJson.readState(
                      "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.15.0\"}],"
                          + " \"slaves\": [{\"running\": \"0.15.0\", \"flags\":"
                          + " {\"a\\u001b[2J\\u00a0\": [1]}}]}"))
          .hasMessage(
              "slaves[0].flags.a\\u001b[2J\\u00a0 is an array of 1: give the value as text, such"
                  + " as \"true\" or \"/etc/mesos\"");
    }
  }

  @Nested
  class Refusing {
    @Test
    void badDocuments() {
      assertThatThrownBy(() -> ClusterJson.readProfile("[]"))
          .hasMessage(
              "not a JSON object: give a profile document as described by"
                  + " mesos-upgrade-profile.schema.json");
      assertThatThrownBy(() -> ClusterJson.readProfile("{\"schemaVersion\": 2}"))
          .hasMessage("schemaVersion is 2: this mesos-upgrade reads schema version 1");
      assertThatThrownBy(
              () ->
                  ClusterJson.readState(
                      "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.14\"}],"
                          + " \"slaves\": [{\"running\": \"0.14.2\"}]}"))
          .hasMessage(
              "masters[0].running is \"0.14\": expected major.minor.patch, such as \"0.14.2\"");
      assertThatThrownBy(
              () ->
                  ClusterJson.readState(
                      "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.15.0\","
                          + " \"installed\": \"0.14.2\"}], \"slaves\": [{\"running\": \"0.14.2\"}]}"))
          .hasMessage(
              "masters[0]: daemons cannot run 0.15.0 with 0.14.2 installed: the running release is"
                  + " the installed one or, until a restart, an older one");
      assertThatThrownBy(
              () ->
                  ClusterJson.readState(
                      "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.15.0\"}],"
                          + " \"slaves\": [{\"running\": \"0.15.0\"}],"
                          + " \"schedulers\": [{\"linked\": \"0.15.0\", \"changesMade\":"
                          + " [\"CHECKPOINT\"]}]}"))
          .hasMessage(
              "schedulers[0].changesMade[0] is \"CHECKPOINT\": expected one of [SET_CHECKPOINT,"
                  + " USE_CREDENTIAL_CONSTRUCTOR, USE_PYTHON_SUBPACKAGES,"
                  + " ACKNOWLEDGE_THROUGH_MASTER, ACCEPT_TASK_STARTING]");
    }
  }

  @Nested
  class TheAgentName {
    private static final String MASTERS =
        "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"1.0.0\"}], ";

    @Test
    void aStateMayListTheSlavesAsAgents() {
      String agents = MASTERS + "\"agents\": [{\"running\": \"1.0.0\"}]}";
      String slaves = MASTERS + "\"slaves\": [{\"running\": \"1.0.0\"}]}";

      assertThat(ClusterJson.readState(agents)).isEqualTo(ClusterJson.readState(slaves));
      assertThat(ClusterJson.readState(agents).slaves()).hasSize(1);
      assertThat(errors(ClusterJson.stateSchema(), agents)).isEmpty();
      assertThat(errors(ClusterJson.stateSchema(), slaves)).isEmpty();
    }

    @Test
    void aStateWithBothSlavesAndAgentsIsRefused() {
      String both =
          MASTERS
              + "\"slaves\": [{\"running\": \"1.0.0\"}], \"agents\": [{\"running\": \"1.0.0\"}]}";

      assertThatThrownBy(() -> ClusterJson.readState(both))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "slaves and agents are two names for the same thing (Mesos calls the slave an agent"
                  + " from 1.0): give one of them, not both");
      assertThat(errors(ClusterJson.stateSchema(), both)).isNotEmpty();
    }

    @Test
    void anEmptyAgentsListNamesTheKeyGiven() {
      assertThatThrownBy(() -> ClusterJson.readState(MASTERS + "\"agents\": []}"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "agents: give at least one group of agents, such as {\"running\": \"0.14.2\"}");
    }

    @Test
    void aProfileMaySayAgentsUseCgroups() {
      ClusterProfile expected = ClusterProfile.builder().slavesUseCgroups(true).build();
      String agents = "{\"schemaVersion\": 1, \"agentsUseCgroups\": true}";

      assertThat(ClusterJson.readProfile(agents)).isEqualTo(expected);
      assertThat(ClusterJson.readProfile("{\"schemaVersion\": 1, \"slavesUseCgroups\": true}"))
          .isEqualTo(expected);
      assertThat(errors(ClusterJson.profileSchema(), agents)).isEmpty();
    }

    @Test
    void aProfileWithBothSpellingsIsRefused() {
      String both =
          "{\"schemaVersion\": 1, \"slavesUseCgroups\": true, \"agentsUseCgroups\": false}";

      assertThatThrownBy(() -> ClusterJson.readProfile(both))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "slavesUseCgroups and agentsUseCgroups are two names for the same thing (Mesos calls"
                  + " the slave an agent from 1.0): give one of them, not both");
      assertThat(errors(ClusterJson.profileSchema(), both)).isNotEmpty();
    }
  }
}
