package io.github.mesosupgrade.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.cli.MesosUpgradeCliTest.Run;
import io.github.mesosupgrade.json.ClusterJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code state --master} and {@code plan --master} against Mesos masters and agents served on
 * 127.0.0.1 with the JSON the 1.5.0 sources write: master {@code /master/state} ({@code
 * Master::Http::state} and {@code SlaveWriter} in src/master/http.cpp), a standby's {@code 307} to
 * {@code //host:port/master/state} ({@code Master::Http::redirect}), agent {@code /slave(1)/flags}
 * ({@code Http::_flags} in src/slave/http.cpp).
 */
class LiveClusterCommandTest {
  private static final Map<String, String> MASTER_FLAGS =
      Map.of("quorum", "1", "work_dir", "/var/lib/mesos", "zk", "zk://127.0.0.1:2181/mesos");
  private static final Map<String, String> AGENT_FLAGS =
      Map.of("master", "zk://127.0.0.1:2181/mesos", "work_dir", "/var/lib/mesos");

  private final List<Daemon> daemons = new ArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  @TempDir Path dir;

  @AfterEach
  void close() {
    closed.countDown();
    daemons.forEach(Daemon::close);
  }

  /** A master or agent: answers each path it was given, 404 to any other. */
  final class Daemon {
    final HttpServer server;
    final ExecutorService threads = Executors.newCachedThreadPool();
    final Map<String, Answer> routes = new java.util.concurrent.ConcurrentHashMap<>();

    Daemon() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.setExecutor(threads);
      server.createContext(
          "/",
          exchange -> {
            Answer answer = routes.get(exchange.getRequestURI().getRawPath());
            try {
              if (answer == null) {
                send(exchange, 404, "");
              } else {
                answer.send(exchange);
              }
            } catch (IOException | InterruptedException e) {
              // the client gave up: nothing to answer
            } finally {
              exchange.close();
            }
          });
      server.start();
      daemons.add(this);
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String pid(String name) {
      return name + "@127.0.0.1:" + server.getAddress().getPort();
    }

    Daemon on(String path, Answer answer) {
      routes.put(path, answer);
      return this;
    }

    Daemon json(String path, String json) {
      return on(path, exchange -> send(exchange, 200, json));
    }

    void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  @FunctionalInterface
  interface Answer {
    void send(HttpExchange exchange) throws IOException, InterruptedException;
  }

  static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  static String flagsObject(Map<String, String> flags) {
    return flags.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(flag -> "\"" + flag.getKey() + "\":\"" + flag.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  static String agentFlags() {
    return "{\"flags\":" + flagsObject(AGENT_FLAGS) + "}";
  }

  /** An agent in a 1.5.0 master's {@code slaves}: {@code SlaveWriter}. */
  static String slave(String id, String pid, String hostname, String version) {
    return """
        {"active":true,"attributes":{},"capabilities":["MULTI_ROLE","HIERARCHICAL_ROLE"],\
        "hostname":"%s","id":"%s","pid":"%s","port":5051,"registered_time":1511500000.5,\
        "reserved_resources":{},"resources":{"cpus":4.0,"mem":15023.0},\
        "unreserved_resources":{"cpus":4.0,"mem":15023.0},"used_resources":{"cpus":0.0},\
        "version":"%s"}"""
        .formatted(hostname, id, pid, version);
  }

  /** A 1.5.0 master's {@code /master/state}. */
  static String master(String pid, List<String> slaves) {
    return """
        {"activated_slaves":%d,"build_date":"2018-02-08 10:03:12","build_time":1518084192.0,\
        "build_user":"root","capabilities":[{"type":"AGENT_UPDATE"}],"completed_frameworks":[],\
        "deactivated_slaves":0,"elected_time":1518100000.1,"flags":%s,"frameworks":[],\
        "git_tag":"1.5.0","hostname":"127.0.0.1","id":"a1b2c3d4-0000-4000-8000-000000000001",\
        "leader":"%s","leader_info":{"hostname":"127.0.0.1","id":"a1b2","pid":"%s","port":5050,\
        "version":"1.5.0"},"orphan_tasks":[],"pid":"%s","recovered_slaves":[],"slaves":[%s],\
        "start_time":1518099999.9,"unreachable_slaves":0,"unregistered_frameworks":[],\
        "version":"1.5.0"}"""
        .formatted(
            slaves.size(), flagsObject(MASTER_FLAGS), pid, pid, pid, String.join(",", slaves));
  }

  /**
   * Serves a 1.4 cluster mid-upgrade to 1.5: the leading master on 1.5.0, agent a1 on 1.4.0 and
   * agent a2 on 1.5.0, and {@code odd} agents more that each answer their flags with {@code
   * oddAnswer}; returns the leader.
   */
  Daemon cluster(int odd, Answer oddAnswer) throws IOException {
    Daemon leader = new Daemon();
    List<String> slaves = new ArrayList<>();
    Daemon a1 = new Daemon().json("/slave(1)/flags", agentFlags());
    slaves.add(slave("S1", a1.pid("slave(1)"), "a1.example.com", "1.4.0"));
    Daemon a2 = new Daemon().json("/slave(1)/flags", agentFlags());
    slaves.add(slave("S2", a2.pid("slave(1)"), "a2.example.com", "1.5.0"));
    for (int i = 0; i < odd; i++) {
      Daemon agent = new Daemon().on("/slave(1)/flags", oddAnswer);
      slaves.add(slave("S" + (3 + i), agent.pid("slave(1)"), "x" + i + ".example.com", "1.4.0"));
    }
    leader.json("/master/state", master(leader.pid("master"), slaves));
    return leader;
  }

  static Run run(String... args) {
    return run(false, args);
  }

  static Run run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MesosUpgradeCli.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            System::getenv,
            () -> terminal,
            args);
    return new Run(code, out.toString(), err.toString());
  }

  private static final ClusterState MID_UPGRADE =
      ClusterState.builder()
          .addMaster(at("1.5.0", MASTER_FLAGS))
          .addSlave(at("1.4.0", AGENT_FLAGS))
          .addSlave(at("1.5.0", AGENT_FLAGS))
          .build();

  static DaemonState at(String version, Map<String, String> flags) {
    MesosVersion release = MesosVersion.parse(version);
    return DaemonState.builder().installed(release).running(release).putAllFlags(flags).build();
  }

  @Test
  void statePrintsTheStateReadAsJsonThatReadsBack() throws IOException {
    Daemon leader = cluster(0, exchange -> {});

    Run run = run("state", "--master", leader.url(), "--read-timeout", "3s");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo(ClusterJson.writeState(MID_UPGRADE));
    assertThat(ClusterJson.readState(run.out())).isEqualTo(MID_UPGRADE);
  }

  @Test
  void planFromTheMastersIsThePlanFromTheStateTheyReport() throws IOException {
    Daemon leader = cluster(0, exchange -> {});
    Daemon standby =
        new Daemon()
            .json("/version", "{\"git_tag\":\"1.5.0\",\"version\":\"1.5.0\"}")
            .json("/master/flags", "{\"flags\":" + flagsObject(MASTER_FLAGS) + "}");
    standby.on(
        "/master/state",
        exchange -> {
          exchange
              .getResponseHeaders()
              .add(
                  "Location",
                  "//127.0.0.1:" + leader.server.getAddress().getPort() + "/master/state");
          send(exchange, 307, "");
        });
    Path state = dir.resolve("state.json");
    Files.writeString(state, run("state", "--master", leader.url()).out());

    Run live = run("plan", "--master", standby.url(), "--master", leader.url(), "1.5.0");
    Run fromFile = run("plan", "--state", state.toString(), "1.4.0", "1.5.0");

    assertThat(live.err()).isEmpty();
    assertThat(live.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(live.out()).isEqualTo(fromFile.out()).contains("resumed from the cluster state");
  }

  @Test
  void anAgentThatIsNotReadRefusesThePlanUnlessAllowed() throws IOException {
    Daemon leader = cluster(1, exchange -> send(exchange, 401, ""));

    Run refused = run("plan", "--master", leader.url(), "1.5.0");
    Run allowed = run("plan", "--master", leader.url(), "1.5.0", "--allow-unknown-agents");
    Run state = run("state", "--master", leader.url());

    assertThat(refused.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .startsWith("not read: agent S3 (x0.example.com) at http://127.0.0.1:")
        .contains("/slave(1)/flags: answered 401")
        .endsWith(
            "mesos-upgrade plan: 1 of 3 agents could not be read (listed above): their releases are"
                + " not known; make them answer, or give --allow-unknown-agents to take them as"
                + " running the oldest release among the agents read\n");
    assertThat(allowed.err()).contains("not read: agent S3").doesNotContain("mesos-upgrade plan:");
    assertThat(allowed.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(allowed.out())
        .startsWith(
            "Assumed: 1 agent not read (x0.example.com) taken as running 1.4.0, the oldest release"
                + " among the agents read.\n\nUpgrade ");
    assertThat(state.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(ClusterJson.readState(state.out())).isEqualTo(MID_UPGRADE);
    assertThat(run("state", "--master", leader.url(), "--allow-unknown-agents").exitCode())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void slowTruncatedAndFailingAgentsAreListedWithTheirReasons() throws IOException {
    Daemon leader = cluster(0, exchange -> {});
    Daemon slow =
        new Daemon()
            .on(
                "/slave(1)/flags",
                exchange -> {
                  closed.await(5, TimeUnit.SECONDS);
                });
    Daemon truncated =
        new Daemon()
            .on(
                "/slave(1)/flags",
                exchange -> {
                  exchange.sendResponseHeaders(200, 100);
                  exchange.getResponseBody().write("{\"flags\":{".getBytes(UTF_8));
                });
    Daemon failing = new Daemon().on("/slave(1)/flags", exchange -> send(exchange, 503, ""));
    List<String> slaves = new ArrayList<>();
    slaves.add(slave("S1", slow.pid("slave(1)"), "slow.example.com", "1.4.0"));
    slaves.add(slave("S2", truncated.pid("slave(1)"), "cut.example.com", "1.4.0"));
    slaves.add(slave("S3", failing.pid("slave(1)"), "down.example.com", "1.4.0"));
    slaves.add(slave("S4", daemons.get(1).pid("slave(1)"), "a1.example.com", "1.4.0"));
    leader.json("/master/state", master(leader.pid("master"), slaves));

    long start = System.nanoTime();
    Run run = run("state", "--master", leader.url(), "--read-timeout", "400ms");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(run.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(millis).isLessThan(4000);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("not read: agent S1 (slow.example.com)").contains("400 ms");
    assertThat(lines.get(1)).startsWith("not read: agent S2 (cut.example.com)");
    assertThat(lines.get(2)).startsWith("not read: agent S3 (down.example.com)").contains("503");
  }

  @Test
  void noMasterAnsweringIsUnavailable() throws IOException {
    Daemon nothing = new Daemon();

    Run run = run("state", "--master", nothing.url(), "--connect-timeout", "1s");

    assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("mesos-upgrade state: ").contains(nothing.url());
  }

  @Test
  void badOptionsAreUsageErrors() {
    run("state", "--master", "http://127.0.0.1:1", "--read-timeout", "soon")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade state: Invalid value for option '--read-timeout': 'soon' is not a"
                + " duration: give a positive number with ms, s or m, such as 500ms or 5s (see"
                + " 'mesos-upgrade state --help')");
    run("state")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade state: give the masters to read with --master URL, once per master");
    run("state", "--master", "http://127.0.0.1:1", "--agent-requests", "0")
        .failedWith(
            ExitCode.USAGE, "mesos-upgrade state: --agent-requests (0) must be between 1 and 256");
    run("plan", "--master", "http://127.0.0.1:1", "1.4.0", "1.5.0")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade plan: FROM 1.4.0: with --master the cluster says what it runs; give"
                + " only TO, such as 'plan --master URL 1.5.0'");
    run("plan", "--master", "http://127.0.0.1:1", "--principal", "ops", "1.5.0")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade plan: --principal ops: give its secret with --secret-file FILE or a"
                + " --credentials FILE that has it");
    run("state", "--master", "http://127.0.0.1:1", "--principal", "ops", "--secret-file", "")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade state: --secret-file is empty: no file given; give the path of a file"
                + " whose first line is the secret");
    run("state", "--master", "http://127.0.0.1:1", "--credentials", "")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade state: --credentials is empty: no file given; give the path of a file in"
                + " the form of Mesos' --http_credentials");
    run("lint", "--master", "http://127.0.0.1:1", "--ca-file", "")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade lint: --ca-file is empty: no file given; give the path of a file of PEM"
                + " CA certificates");
  }

  @Test
  void planToTheLastReleaseFromTheMastersIsThePlanFromTheStateTheyReport() throws IOException {
    Daemon leader = cluster(0, exchange -> {});
    Path state = dir.resolve("state.json");
    Files.writeString(state, run("state", "--master", leader.url()).out());

    Run live = run("plan", "--master", leader.url(), "1.11.0");
    Run fromFile = run("plan", "--state", state.toString(), "1.4.0", "1.11.0");

    assertThat(live.err()).isEmpty();
    assertThat(live.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(live.out()).isEqualTo(fromFile.out());
    assertThat(live.out())
        .startsWith(
            """
            Upgrade 1.4.0 -> 1.11.0: 3 hops, 24 steps to do, resumed from the cluster state (6 done)

            Hop 1: 1.4.0 -> 1.5.0
               1. Install the Mesos 1.5.0 binaries on every agent.
                  id: 1.4-1.5/install-agents
               2. Restart every agent on 1.5.0.
                  id: 1.4-1.5/restart-agents
            """)
        .contains("\nHop 2: 1.5.0 -> 1.5.3\n", "\nHop 3: 1.5.3 -> 1.11.0\n")
        .doesNotContain("1.4-1.5/install-masters");
  }

  @Test
  void unknownAgentsRefuseThePlanToTheLastReleaseUnlessAllowed() throws IOException {
    Daemon leader = cluster(2, exchange -> send(exchange, 503, ""));

    Run refused = run("plan", "--master", leader.url(), "1.11.0");
    Run allowed = run("plan", "--master", leader.url(), "1.11.0", "--allow-unknown-agents");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(refused.out()).isEmpty();
    List<String> lines = refused.err().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("not read: agent S3 (x0.example.com) at ").contains("503");
    assertThat(lines.get(1)).startsWith("not read: agent S4 (x1.example.com) at ").contains("503");
    assertThat(lines.get(2))
        .isEqualTo(
            "mesos-upgrade plan: 2 of 4 agents could not be read (listed above): their releases are"
                + " not known; make them answer, or give --allow-unknown-agents to take them as"
                + " running the oldest release among the agents read");
    assertThat(allowed.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(allowed.out())
        .startsWith(
            "Assumed: 2 agents not read (x0.example.com, x1.example.com) taken as running 1.4.0,"
                + " the oldest release among the agents read.\n\nUpgrade 1.4.0 -> 1.11.0: 3 hops,");
  }

  @Test
  void lintChecksEveryGroupOfMastersAndAgentsAgainstItsOwnRelease() throws IOException {
    Daemon leader = cluster(0, exchange -> {});

    Run text = run("lint", "--master", leader.url());
    Run json = run("lint", "--master", leader.url(), "--format", "json");

    assertThat(text.err()).isEmpty();
    assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(text.out())
        .isEqualTo(
            """
            masters, group 1 of 1:
            master 1.5.0: no findings

            agents, group 1 of 2:
            agent 1.4.0: no findings

            agents, group 2 of 2:
            agent 1.5.0: no findings
            """);
    assertThat(Files.readString(Path.of("..", "README.md"), UTF_8))
        .contains("$ mesos-upgrade lint --master http://m1:5050\n" + text.out() + "```");
    assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(json.out())
        .startsWith(
            """
            [
              {
                "schemaVersion": 1,
                "group": "masters, group 1 of 1",
                "component": "MASTER",
                "release": "1.5.0",
                "hasErrors": false,
                "errors": 0,
                "findings": [],
                "notes": [],
                "description": "master 1.5.0: no findings"
              },
              {
                "schemaVersion": 1,
                "group": "agents, group 1 of 2",
                "component": "SLAVE",
                "release": "1.4.0",
            """)
        .contains("\"group\": \"agents, group 2 of 2\"")
        .endsWith("\"description\": \"agent 1.5.0: no findings\"\n  }\n]\n");
  }

  @Test
  void lintFindsAnAgentFlagItsReleaseDoesNotHave() throws IOException {
    Daemon leader = new Daemon();
    Daemon agent =
        new Daemon()
            .json(
                "/slave(1)/flags",
                "{\"flags\":{\"master\":\"zk://127.0.0.1:2181/mesos\",\"work_dir\":\"/var/lib/mesos\","
                    + "\"fetcher_stall_timeout\":\"1mins\"}}");
    leader.json(
        "/master/state",
        master(
            leader.pid("master"),
            List.of(slave("S1", agent.pid("slave(1)"), "a1.example.com", "1.5.0"))));

    Run run = run("lint", "--master", leader.url());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.out())
        .startsWith(
            """
            masters, group 1 of 1:
            master 1.5.0: no findings

            agents, group 1 of 1:
            agent 1.5.0: 1 finding (1 error)
              - ERROR""")
        .contains("--fetcher_stall_timeout");
  }

  @Test
  void lintListsTheAgentsNotReadAndExits3() throws IOException {
    Daemon leader = cluster(1, exchange -> send(exchange, 401, ""));

    Run run = run("lint", "--master", leader.url());

    assertThat(run.exitCode()).isEqualTo(ExitCode.REFUSED);
    assertThat(run.err()).startsWith("not read: agent S3 (x0.example.com) at ").contains("401");
    assertThat(run.out())
        .endsWith(
            "agent 1.5.0: no findings\n\nnote: 1 daemon could not be read (listed on standard"
                + " error) and were not checked\n");
  }

  @Test
  void lintWithMasterTakesNoDaemonOfItsOwn() {
    run("lint", "--master", "http://127.0.0.1:1", "--component", "master")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade lint: --master: the cluster says each daemon's release and flags; leave"
                + " out --component, --release, --env, --from-env and the daemon's arguments");
    run("lint", "--component", "master")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade lint: Missing required option: '--release=VERSION'; or give --master"
                + " URL to check a running cluster (see 'mesos-upgrade lint --help')");
    run("lint")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade lint: Missing required options: '--component=master|slave',"
                + " '--release=VERSION'; or give --master URL to check a running cluster (see"
                + " 'mesos-upgrade lint --help')");
  }

  @ParameterizedTest
  @ValueSource(strings = {"state", "plan", "lint"})
  void everyCommandThatReadsAClusterTakesTheSameOptions(String command) throws IOException {
    Path credentials = dir.resolve("credentials.json");
    Files.writeString(
        credentials, "{\"credentials\":[{\"principal\":\"ops\",\"secret\":\"s3cret\"}]}");
    String expected =
        "Basic " + java.util.Base64.getEncoder().encodeToString("ops:s3cret".getBytes(UTF_8));
    Daemon leader = new Daemon();
    Daemon agent = new Daemon().json("/slave(1)/flags", agentFlags());
    String state =
        master(
            leader.pid("master"),
            List.of(slave("S1", agent.pid("slave(1)"), "a1.example.com", "1.5.0")));
    leader.on(
        "/master/state",
        exchange -> {
          boolean authenticated =
              expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
          send(exchange, authenticated ? 200 : 401, authenticated ? state : "");
        });
    List<String> target = command.equals("plan") ? List.of("1.11.0") : List.of();

    Run with =
        run(
            args(
                command,
                target,
                "--master",
                leader.url(),
                "--credentials",
                credentials.toString(),
                "--connect-timeout",
                "2s",
                "--read-timeout",
                "3s",
                "--agent-requests",
                "2",
                "--max-response-bytes",
                "100000"));
    Run without = run(args(command, target, "--master", leader.url()));
    Run tooSmall =
        run(
            args(
                command,
                target,
                "--master",
                leader.url(),
                "--credentials",
                credentials.toString(),
                "--max-response-bytes",
                "10"));

    assertThat(with.err()).isEmpty();
    assertThat(with.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(without.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
    assertThat(without.err()).startsWith("mesos-upgrade " + command + ": ").contains("401");
    assertThat(tooSmall.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
    Run badCa =
        run(
            args(
                command,
                target,
                "--master",
                leader.url(),
                "--ca-file",
                dir.resolve("none.pem").toString()));
    Path none = dir.resolve("none.pem");
    badCa.failedWith(
        ExitCode.USAGE,
        "mesos-upgrade "
            + command
            + ": The CA file \""
            + none
            + "\" cannot be read as PEM certificates (java.nio.file.NoSuchFileException: "
            + none
            + ").");
    run(args(command, target, "--master", leader.url(), "--connect-timeout", "soon"))
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade "
                + command
                + ": Invalid value for option '--connect-timeout': 'soon' is not a duration: give a"
                + " positive number with ms, s or m, such as 500ms or 5s (see 'mesos-upgrade "
                + command
                + " --help')");
    run(args(command, target, "--master", leader.url(), "--agent-requests", "0"))
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade " + command + ": --agent-requests (0) must be between 1 and 256");
  }

  private static String[] args(String command, List<String> target, String... options) {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.addAll(List.of(options));
    all.addAll(target);
    return all.toArray(String[]::new);
  }

  @Test
  void planFromTheMastersDrawsThePictureOfThePlanFromTheState() throws IOException {
    Daemon leader = cluster(0, exchange -> {});
    Path state = dir.resolve("state.json");
    Files.writeString(state, run("state", "--master", leader.url()).out());

    Run live = run("plan", "--master", leader.url(), "1.11.0", "--format", "mermaid");

    assertThat(live.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(live.out())
        .startsWith("flowchart")
        .isEqualTo(
            run("plan", "--state", state.toString(), "1.4.0", "1.11.0", "--format", "mermaid")
                .out());
    run("plan", "--master", leader.url(), "1.11.0", "--format", "json")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade plan: --format json: a plan from --master is printed as text, with the"
                + " steps already done, or as a picture (dot, mermaid); use --format text, dot or"
                + " mermaid");
  }

  @Test
  void progressIsShownOnATerminalOnly() throws IOException {
    Daemon leader = cluster(0, exchange -> {});

    Run quiet = run(false, "state", "--master", leader.url());
    Run shown = run(true, "state", "--master", leader.url());

    assertThat(quiet.err()).isEmpty();
    assertThat(shown.err()).startsWith("\rread ").endsWith("\rread 2/2 agents\n");
    assertThat(shown.out()).isEqualTo(quiet.out());
  }

  @Test
  void progressLineCountsTheAgentsReadAndEndsTheLineAfterTheLast() {
    assertThat(LiveClusterOptions.progressLine(0, 3)).isEqualTo("\rread 0/3 agents");
    assertThat(LiveClusterOptions.progressLine(2, 3)).isEqualTo("\rread 2/3 agents");
    assertThat(LiveClusterOptions.progressLine(3, 3)).isEqualTo("\rread 3/3 agents\n");
  }
}
