package io.github.mesosupgrade.cluster;

import static io.github.mesosupgrade.cluster.MesosAnswers.agent023;
import static io.github.mesosupgrade.cluster.MesosAnswers.flags;
import static io.github.mesosupgrade.cluster.MesosAnswers.master023;
import static io.github.mesosupgrade.cluster.MesosAnswers.master1x;
import static io.github.mesosupgrade.cluster.MesosAnswers.recovered;
import static io.github.mesosupgrade.cluster.MesosAnswers.slave023;
import static io.github.mesosupgrade.cluster.MesosAnswers.slave1x;
import static io.github.mesosupgrade.cluster.MesosAnswers.version;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reads clusters of fake Mesos daemons on 127.0.0.1 that answer with the JSON Mesos serves at
 * 0.23.0, 1.4.0/1.5.0 and 1.11.0 (see {@link MesosAnswers} for the source of each field).
 */
class ClusterReaderTest {
  static final Map<String, String> MASTER_FLAGS =
      Map.of("quorum", "2", "work_dir", "/var/lib/mesos", "zk", "zk://127.0.0.1:2181/mesos");
  static final Map<String, String> AGENT_FLAGS =
      Map.of("master", "zk://127.0.0.1:2181/mesos", "work_dir", "/var/lib/mesos", "port", "5051");

  final List<FakeDaemon> daemons = new ArrayList<>();

  FakeDaemon daemon() throws IOException {
    FakeDaemon daemon = new FakeDaemon();
    daemons.add(daemon);
    return daemon;
  }

  @AfterEach
  void closeDaemons() {
    daemons.forEach(FakeDaemon::close);
  }

  /** Timeouts no answer of a fake daemon comes near, on a busy machine too. */
  static ClusterReaderOptions.Builder fast() {
    return ClusterReaderOptions.builder()
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(3));
  }

  static DaemonState at(String version, Map<String, String> flags) {
    MesosVersion release = MesosVersion.parse(version);
    return DaemonState.builder().installed(release).running(release).putAllFlags(flags).build();
  }

  private static final AtomicBoolean WARM = new AtomicBoolean();

  /**
   * Reads a one-agent cluster once per test run with generous timeouts, so that the tests with
   * timeouts of a few hundred milliseconds do not pay for loading the HTTP client and server on a
   * busy machine.
   */
  static void warmUp() throws IOException {
    if (WARM.getAndSet(true)) {
      return;
    }
    try (FakeDaemon leader = new FakeDaemon();
        FakeDaemon agent = new FakeDaemon()) {
      agent.json("/slave(1)/flags", flags(AGENT_FLAGS));
      leader.json(
          "/master/state",
          master1x(
              "1.11.0",
              leader.pid("master"),
              MASTER_FLAGS,
              List.of(slave1x("S0", agent.pid("slave(1)"), "a0", "1.11.0")),
              List.of()));
      assertThat(ClusterReader.create(fast().build()).read(List.of(leader.url())).isComplete())
          .isTrue();
    }
  }

  /** Returns a port on 127.0.0.1 that nothing listens on. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Nested
  class Release023 {
    @Test
    void readsTheStandbyTheLeaderItNamesAndEachAgentsState() throws IOException {
      FakeDaemon standby = daemon();
      FakeDaemon leader = daemon();
      FakeDaemon a1 = daemon();
      FakeDaemon a2 = daemon();
      String leaderPid = leader.pid("master");
      standby.json(
          "/master/state.json",
          master023(standby.pid("master"), leaderPid, MASTER_FLAGS, List.of()));
      leader.json(
          "/master/state.json",
          master023(
              leaderPid,
              leaderPid,
              MASTER_FLAGS,
              List.of(
                  slave023("S0", a1.pid("slave(1)"), "a1.example.com"),
                  slave023("S1", a2.pid("slave(1)"), "a2.example.com"))));
      a1.json("/slave(1)/state.json", agent023("S0", a1.pid("slave(1)"), AGENT_FLAGS));
      a2.json("/slave(1)/state.json", agent023("S1", a2.pid("slave(1)"), AGENT_FLAGS));

      ClusterReading reading = ClusterReader.create(fast().build()).read(List.of(standby.url()));

      assertThat(reading.state())
          .isEqualTo(
              ClusterState.builder()
                  .addMaster(at("0.23.0", MASTER_FLAGS))
                  .addSlave(at("0.23.0", AGENT_FLAGS))
                  .build());
      assertThat(reading.isComplete()).isTrue();
      assertThat(reading.leader()).isEqualTo(leader.url());
      assertThat(reading.mastersRead()).isEqualTo(2);
      assertThat(reading.agentsRead()).isEqualTo(2);
      assertThat(standby.requests()).containsExactly("/master/state", "/master/state.json");
      assertThat(leader.requests()).containsExactly("/master/state", "/master/state.json");
      assertThat(a1.requests()).containsExactly("/slave(1)/state.json");
      assertThat(reading.toString())
          .isEqualTo(
              "leader "
                  + leader.url()
                  + ": 2 masters and 2 of 2 agents read\n"
                  + reading.state().describe());
    }
  }

  @Nested
  class MidUpgradeFrom14To15 {
    FakeDaemon standby;
    FakeDaemon leader;
    List<FakeDaemon> agents = new ArrayList<>();

    /** Masters on 1.5.2 (a standby and the leader), two agents still on 1.4.3, one on 1.5.2. */
    void serve() throws IOException {
      standby = daemon();
      leader = daemon();
      for (int i = 0; i < 3; i++) {
        agents.add(daemon());
      }
      standby.redirect("/master/state", 307, "//127.0.0.1:" + leader.port() + "/master/state");
      standby.json("/version", version("1.5.2"));
      standby.json("/master/flags", flags(MASTER_FLAGS));
      List<String> slaves = new ArrayList<>();
      String[] versions = {"1.4.3", "1.4.3", "1.5.2"};
      for (int i = 0; i < 3; i++) {
        FakeDaemon agent = agents.get(i);
        slaves.add(slave1x("S" + i, agent.pid("slave(1)"), "a" + i + ".example.com", versions[i]));
        agent.json("/slave(1)/flags", flags(AGENT_FLAGS));
      }
      leader.json(
          "/master/state",
          master1x("1.5.2", leader.pid("master"), MASTER_FLAGS, slaves, List.of()));
    }

    @Test
    void followsTheStandbysRedirectAndReadsEachAgentsFlags() throws IOException {
      serve();

      ClusterReading reading = ClusterReader.create(fast().build()).read(List.of(standby.url()));

      assertThat(reading.state())
          .isEqualTo(
              ClusterState.builder()
                  .addMaster(at("1.5.2", MASTER_FLAGS))
                  .addSlave(at("1.4.3", AGENT_FLAGS))
                  .addSlave(at("1.5.2", AGENT_FLAGS))
                  .build());
      assertThat(reading.isComplete()).isTrue();
      assertThat(reading.leader()).isEqualTo(leader.url());
      assertThat(reading.mastersRead()).isEqualTo(2);
      assertThat(standby.requests()).containsExactly("/master/state", "/version", "/master/flags");
      assertThat(leader.requests()).containsExactly("/master/state");
      for (FakeDaemon agent : agents) {
        assertThat(agent.requests()).containsExactly("/slave(1)/flags");
      }
    }

    @Test
    void plansOnlyTheAgentAndFrameworkStepsStillToDo() throws IOException {
      serve();
      ClusterReading reading = ClusterReader.create(fast().build()).read(List.of(standby.url()));

      UpgradePlan rest = UpgradePlanner.plan(reading.state(), MesosVersion.parse("1.5.2"));

      assertThat(rest.steps().stream().map(UpgradeStep::id))
          .containsExactly(
              "1.4-1.5/install-agents",
              "1.4-1.5/restart-agents",
              "1.4-1.5/relink-schedulers",
              "1.4-1.5/restart-schedulers",
              "1.4-1.5/relink-executors");
      assertThat(rest.stepsDone().stream().map(UpgradeStep::id))
          .contains("1.4-1.5/install-masters", "1.4-1.5/restart-masters");
    }

    @Test
    void isOnThePlanTo111ThroughTheMastersRelease() throws IOException {
      serve();
      ClusterReading reading = ClusterReader.create(fast().build()).read(List.of(standby.url()));

      UpgradePlan rest = UpgradePlanner.plan(reading.state(), MesosVersion.parse("1.11.0"));

      assertThat(rest.hops())
          .extracting(hop -> hop.from() + " -> " + hop.to())
          .containsExactly("1.4.3 -> 1.5.2", "1.5.2 -> 1.5.3", "1.5.3 -> 1.11.0");
      assertThat(rest.steps().stream().map(UpgradeStep::id).limit(5))
          .containsExactly(
              "1.4-1.5/install-agents",
              "1.4-1.5/restart-agents",
              "1.4-1.5/relink-schedulers",
              "1.4-1.5/restart-schedulers",
              "1.4-1.5/relink-executors");
      assertThat(rest.stepsDone().stream().map(UpgradeStep::id))
          .contains("1.4-1.5/install-masters", "1.4-1.5/restart-masters");
    }
  }

  @Nested
  class MidUpgradeFrom14To111 {
    @Test
    void plansOnlyTheAgentAndFrameworkStepsStillToDo() throws IOException {
      FakeDaemon leader = daemon();
      FakeDaemon old = daemon();
      FakeDaemon upgraded = daemon();
      old.json("/slave(1)/flags", flags(AGENT_FLAGS));
      upgraded.json("/slave(1)/flags", flags(AGENT_FLAGS));
      leader.json(
          "/master/state",
          master1x(
              "1.11.0",
              leader.pid("master"),
              MASTER_FLAGS,
              List.of(
                  slave1x("S0", old.pid("slave(1)"), "a0.example.com", "1.4.3"),
                  slave1x("S1", upgraded.pid("slave(1)"), "a1.example.com", "1.11.0")),
              List.of()));

      ClusterReading reading = ClusterReader.create(fast().build()).read(List.of(leader.url()));
      UpgradePlan rest = UpgradePlanner.plan(reading.state(), MesosVersion.parse("1.11.0"));

      assertThat(reading.state().running(io.github.mesosupgrade.Component.SLAVE))
          .containsExactly(MesosVersion.parse("1.4.3"), MesosVersion.parse("1.11.0"));
      assertThat(rest.steps().stream().map(UpgradeStep::id))
          .containsExactly(
              "1.5-1.6/remove-storage-resource-providers",
              "1.10-1.11/convert-agent-credentials-to-json",
              "1.10-1.11/install-agents",
              "1.7-1.8/list-agent-operation-feedback-in-agent-features",
              "1.8-1.9/list-agent-draining-in-agent-features",
              "1.9-1.10/list-task-resource-limits-in-agent-features",
              "1.10-1.11/restart-agents",
              "1.10-1.11/relink-schedulers",
              "1.10-1.11/restart-schedulers",
              "1.10-1.11/relink-executors");
      assertThat(rest.stepsDone().stream().map(UpgradeStep::id))
          .contains("1.10-1.11/install-masters", "1.10-1.11/restart-masters");
    }
  }

  @Nested
  class Release111WithAgentsThatFail {
    FakeDaemon leader;
    final List<FakeDaemon> agents = new ArrayList<>();
    final List<String> slaves = new ArrayList<>();

    FakeDaemon agent(String version) throws IOException {
      FakeDaemon agent = daemon();
      int i = agents.size();
      agents.add(agent);
      slaves.add(slave1x("S" + i, agent.pid("slave(1)"), "a" + i + ".example.com", version));
      return agent;
    }

    @Test
    void listsEachAgentNotReadWithItsReasonAndHonoursTheTimeouts() throws IOException {
      warmUp();
      leader = daemon();
      agent("1.11.0").json("/slave(1)/flags", flags(AGENT_FLAGS));
      agent("1.4.3")
          .on(
              "/slave(1)/flags",
              (exchange, daemon) -> {
                Thread.sleep(150);
                FakeDaemon.send(exchange, 200, flags(AGENT_FLAGS));
              });
      agent("1.11.0").on("/slave(1)/flags", (exchange, daemon) -> daemon.holdUntilClosed());
      agent("1.11.0").status("/slave(1)/flags", 401);
      String whole = flags(AGENT_FLAGS);
      agent("1.11.0").json("/slave(1)/flags", whole.substring(0, whole.length() / 2));
      agent("1.11.0")
          .on(
              "/slave(1)/flags",
              (exchange, daemon) -> {
                exchange.sendResponseHeaders(200, whole.length());
                OutputStream body = exchange.getResponseBody();
                body.write(whole.substring(0, 10).getBytes(UTF_8));
                body.flush();
                daemon.holdUntilClosed();
              });
      agent("1.11.0").json("/slave(1)/flags", "{\"flags\":[\"--port=5051\"]}");
      agent("1.11.0").json("/slave(1)/flags", "<html><body>Service Unavailable</body></html>");
      leader.json(
          "/master/state",
          master1x(
              "1.11.0",
              leader.pid("master"),
              MASTER_FLAGS,
              slaves,
              List.of(recovered("S99", "a99.example.com"))));
      URI dead = URI.create("http://127.0.0.1:" + closedPort());
      List<String> progress = new ArrayList<>();

      long start = System.nanoTime();
      ClusterReading reading =
          ClusterReader.create(
                  ClusterReaderOptions.builder()
                      .connectTimeout(Duration.ofMillis(300))
                      .readTimeout(Duration.ofMillis(400))
                      .maxConcurrentAgentRequests(4)
                      .progress((read, total) -> progress.add(read + "/" + total))
                      .build())
              .read(List.of(dead, leader.url()));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(reading.state())
          .isEqualTo(
              ClusterState.builder()
                  .addMaster(at("1.11.0", MASTER_FLAGS))
                  .addSlave(at("1.11.0", AGENT_FLAGS))
                  .addSlave(at("1.4.3", AGENT_FLAGS))
                  .build());
      assertThat(reading.isComplete()).isFalse();
      assertThat(reading.agentsListed()).isEqualTo(9);
      assertThat(reading.agentsRead()).isEqualTo(2);
      String a = "agent S%d (a%d.example.com) at http://127.0.0.1:%d/slave(1)/flags: ";
      assertThat(reading.unreadable().stream().map(UnreadDaemon::toString))
          .containsExactly(
              "master at " + dead + "/master/state: connection refused",
              a.formatted(2, 2, agents.get(2).port()) + "no answer within 400 ms of asking",
              a.formatted(3, 3, agents.get(3).port())
                  + "answered 401 Unauthorized: give credentials it accepts"
                  + " (ClusterReaderOptions.Builder.credentialsFile)",
              a.formatted(4, 4, agents.get(4).port())
                  + "the answer ends before its JSON does, after 45 bytes: it is cut short",
              a.formatted(5, 5, agents.get(5).port())
                  + "no whole answer within 700 ms (connect and read timeouts)",
              a.formatted(6, 6, agents.get(6).port())
                  + "the answer has \"flags\" as an array, not an object, which is not what Mesos"
                  + " serves here",
              a.formatted(7, 7, agents.get(7).port())
                  + "the answer is not JSON (Unexpected character ('<' (code 60)): expected a"
                  + " valid value (JSON String, Number, Array, Object or token 'null', 'true'..."
                  + " (132 characters))",
              "agent S99 (a99.example.com) at http://127.0.0.1:"
                  + leader.port()
                  + "/master/state: the leading master lists it among the recovered agents that"
                  + " have not re-registered since it failed over: read again once it has");
      assertThat(reading.unreadableAgents().stream().map(UnreadDaemon::reason))
          .containsExactly(
              UnreadDaemon.Reason.TIMED_OUT,
              UnreadDaemon.Reason.UNAUTHORIZED,
              UnreadDaemon.Reason.INVALID_JSON,
              UnreadDaemon.Reason.TIMED_OUT,
              UnreadDaemon.Reason.WRONG_SHAPE,
              UnreadDaemon.Reason.INVALID_JSON,
              UnreadDaemon.Reason.NOT_REGISTERED);
      assertThat(reading.unreadable().get(0).reason())
          .isEqualTo(UnreadDaemon.Reason.CONNECTION_FAILED);
      assertThat(reading.toString())
          .startsWith("leader " + leader.url() + ": 1 master and 2 of 9 agents read\n")
          .endsWith("not read: " + reading.unreadable().get(7) + "\n");
      assertThat(progress)
          .containsExactly("0/8", "1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8");
      // two rounds of timeouts at most (4 agents at once), each under connect + read timeout
      assertThat(took).isLessThan(Duration.ofMillis(2 * 700 + 800));
    }
  }
}
