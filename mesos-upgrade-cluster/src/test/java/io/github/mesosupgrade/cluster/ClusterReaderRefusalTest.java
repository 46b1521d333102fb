package io.github.mesosupgrade.cluster;

import static io.github.mesosupgrade.cluster.ClusterReaderTest.AGENT_FLAGS;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.MASTER_FLAGS;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.at;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.closedPort;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.fast;
import static io.github.mesosupgrade.cluster.MesosAnswers.flags;
import static io.github.mesosupgrade.cluster.MesosAnswers.master011;
import static io.github.mesosupgrade.cluster.MesosAnswers.master023;
import static io.github.mesosupgrade.cluster.MesosAnswers.master1x;
import static io.github.mesosupgrade.cluster.MesosAnswers.slave023;
import static io.github.mesosupgrade.cluster.MesosAnswers.slave1x;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.cluster.ClusterReadException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader refuses, and how: whole messages, typed reasons. */
class ClusterReaderRefusalTest {
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

  static ClusterReadException refusal(ClusterReader reader, URI... masters) {
    try {
      ClusterReading reading = reader.read(List.of(masters));
      throw new AssertionError("read " + reading);
    } catch (ClusterReadException e) {
      return e;
    }
  }

  /** A 1.11.0 leader with one agent that answers its flags. */
  FakeDaemon leaderWithOneAgent() throws IOException {
    FakeDaemon leader = daemon();
    FakeDaemon agent = daemon();
    agent.json("/slave(1)/flags", flags(AGENT_FLAGS));
    leader.json(
        "/master/state",
        master1x(
            "1.11.0",
            leader.pid("master"),
            MASTER_FLAGS,
            List.of(slave1x("S0", agent.pid("slave(1)"), "a0.example.com", "1.11.0")),
            List.of()));
    return leader;
  }

  @Nested
  class Masters {
    @Test
    void noMasterAnswers() throws IOException {
      URI one = URI.create("http://127.0.0.1:" + closedPort());
      URI two = URI.create("http://127.0.0.1:" + closedPort() + "/");

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), one, two);

      assertThat(e.reason()).isEqualTo(Reason.NO_MASTER_REACHABLE);
      assertThat(e)
          .hasMessage(
              "No master answered: master at %s/master/state: connection refused; master at"
                  + " %s/master/state: connection refused. Check the URLs, the network and the"
                  + " timeouts, or give another master.",
              one, two.toString().replaceAll("/$", ""));
      assertThat(e.unreadable()).hasSize(2);
    }

    @Test
    void aMasterThatAcceptsNoConnectionTimesOutAfterTheConnectTimeout() throws IOException {
      ClusterReaderTest.warmUp();
      try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        List<Socket> queued = new ArrayList<>();
        try {
          // Fill the listen queue of a socket that never accepts: the kernel then drops the
          // next connection attempts, and connecting hangs until the client gives up.
          for (int i = 0; i < 8 && queued.size() == i; i++) {
            Socket socket = new Socket();
            try {
              socket.connect(full.getLocalSocketAddress(), 100);
              queued.add(socket);
            } catch (SocketTimeoutException e) {
              socket.close();
            }
          }
          assumeTrue(queued.size() < 8, "the listen queue did not fill");
          URI master = URI.create("http://127.0.0.1:" + full.getLocalPort());

          long start = System.nanoTime();
          ClusterReadException e =
              refusal(
                  ClusterReader.create(
                      ClusterReaderOptions.builder()
                          .connectTimeout(Duration.ofMillis(200))
                          .readTimeout(Duration.ofSeconds(5))
                          .build()),
                  master);
          Duration took = Duration.ofNanos(System.nanoTime() - start);

          assertThat(e.unreadable().get(0).toString())
              .isEqualTo("master at " + master + "/master/state: no connection within 200 ms");
          assertThat(e.unreadable().get(0).reason()).isEqualTo(UnreadDaemon.Reason.TIMED_OUT);
          assertThat(took).isLessThan(Duration.ofMillis(1500));
        } finally {
          for (Socket socket : queued) {
            socket.close();
          }
        }
      }
    }

    @Test
    void aStandbyBefore10ThatKnowsNoLeader() throws IOException {
      FakeDaemon standby = daemon();
      standby.json(
          "/master/state.json",
          master023(standby.pid("master"), standby.pid("master"), MASTER_FLAGS, List.of())
              .replace("\"leader\":\"" + standby.pid("master") + "\",", ""));

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), standby.url());

      assertThat(e.reason()).isEqualTo(Reason.NO_LEADER);
    }

    @Test
    void mastersThatRedirectToEachOther() throws IOException {
      FakeDaemon one = daemon();
      FakeDaemon two = daemon();
      one.redirect("/master/state", 307, "//127.0.0.1:" + two.port() + "/master/state");
      two.redirect("/master/state", 307, "//127.0.0.1:" + one.port() + "/master/state");

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), one.url());

      assertThat(e.reason()).isEqualTo(Reason.LEADER_REDIRECT_LOOP);
      assertThat(e)
          .hasMessage(
              "The masters redirect in a loop or further than 5 times, looking for the leader:"
                  + " %s -> %s -> %s. Check that they agree on the leader (their --zk), or give"
                  + " the leading master's URL.",
              one.url(), two.url(), one.url());
    }

    @Test
    void redirectsFurtherThanTheLimit() throws IOException {
      FakeDaemon one = daemon();
      FakeDaemon two = daemon();
      FakeDaemon three = daemon();
      one.redirect("/master/state", 307, "//127.0.0.1:" + two.port() + "/master/state");
      two.redirect("/master/state", 307, "//127.0.0.1:" + three.port() + "/master/state");

      ClusterReadException e =
          refusal(ClusterReader.create(fast().maxRedirects(1).build()), one.url());

      assertThat(e.reason()).isEqualTo(Reason.LEADER_REDIRECT_LOOP);
      assertThat(three.requests()).isEmpty();
    }

    @Test
    void noLeaderElected() throws IOException {
      FakeDaemon standby = daemon().status("/master/state", 503);

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), standby.url());

      assertThat(e.reason()).isEqualTo(Reason.NO_LEADER);
      assertThat(e)
          .hasMessage(
              "No master leads and none names a leader (asked 1 URL): Wait for an election, or"
                  + " give the URL of the leading master.");
    }

    @Test
    void aLeaderBefore013ReportsNoRelease() throws IOException {
      FakeDaemon leader = daemon();
      leader.json(
          "/master/state.json",
          master011(leader.pid("master"), List.of(slave023("S0", "slave(1)@127.0.0.1:1", "a0"))));

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), leader.url());

      assertThat(e.reason()).isEqualTo(Reason.VERSION_NOT_REPORTED);
      assertThat(e)
          .hasMessage(
              "The leading master at %s does not report its release (Mesos before 0.13.0 does"
                  + " not): write the cluster state by hand.",
              leader.url());
    }

    @Test
    void aMasterThatAnswersGarbageIsPassedForTheNext() throws IOException {
      FakeDaemon garbage = daemon().json("/master/state", "[1, 2]");
      FakeDaemon unauthorized = daemon().status("/master/state", 401);
      FakeDaemon leader = leaderWithOneAgent();

      ClusterReading reading =
          ClusterReader.create(fast().build())
              .read(garbage.url().toString(), unauthorized.url() + "/", leader.url().toString());

      assertThat(reading.leader()).isEqualTo(leader.url());
      assertThat(reading.unreadable().stream().map(UnreadDaemon::toString))
          .containsExactly(
              "master at "
                  + garbage.url()
                  + "/master/state: the answer is an array, not a JSON object, which is not what"
                  + " Mesos serves here",
              "master at "
                  + unauthorized.url()
                  + "/master/state: answered 401 Unauthorized: give credentials it accepts"
                  + " (ClusterReaderOptions.Builder.credentialsFile)");
    }

    @Test
    void aStandbyWhoseFlagsAreForbiddenIsListed() throws IOException {
      FakeDaemon leader = leaderWithOneAgent();
      FakeDaemon standby = daemon();
      standby.redirect("/master/state", 307, "//127.0.0.1:" + leader.port() + "/master/state");
      standby.json("/version", MesosAnswers.version("1.11.0"));
      standby.status("/master/flags", 403);

      ClusterReading reading =
          ClusterReader.create(fast().build()).read(List.of(standby.url(), leader.url()));

      assertThat(reading.mastersRead()).isEqualTo(1);
      assertThat(reading.unreadable().stream().map(UnreadDaemon::toString))
          .containsExactly(
              "master at "
                  + standby.url()
                  + "/master/flags: answered 403 Forbidden: give the credentials of a principal its"
                  + " ACLs let view this endpoint");
    }

    @Test
    void aMasterStateLargerThanTheLimitIsNotRead() throws IOException {
      FakeDaemon leader = leaderWithOneAgent();

      ClusterReadException e =
          refusal(ClusterReader.create(fast().maxResponseBytes(100).build()), leader.url());

      assertThat(e.reason()).isEqualTo(Reason.NO_MASTER_REACHABLE);
      assertThat(e.unreadable()).hasSize(1);
      assertThat(e.unreadable().get(0).reason()).isEqualTo(UnreadDaemon.Reason.TOO_LARGE);
      assertThat(e.unreadable().get(0).detail())
          .matches(
              "the answer is [0-9]+ bytes, more than the limit of 100: raise the limit"
                  + " \\(ClusterReaderOptions.Builder.maxResponseBytes\\) if the answer is expected"
                  + " to be this large");
    }
  }

  @Nested
  class Agents {
    @Test
    void noAgentRegistered() throws IOException {
      FakeDaemon leader = daemon();
      leader.json(
          "/master/state",
          master1x("1.11.0", leader.pid("master"), MASTER_FLAGS, List.of(), List.of()));

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), leader.url());

      assertThat(e.reason()).isEqualTo(Reason.NO_AGENT_READ);
      assertThat(e)
          .hasMessage(
              "The leading master at %s lists no agent, and a cluster state needs one: read"
                  + " again once an agent has registered.",
              leader.url());
    }

    @Test
    void noAgentAnswers() throws IOException {
      FakeDaemon leader = daemon();
      FakeDaemon agent = daemon().status("/slave(1)/flags", 500);
      leader.json(
          "/master/state",
          master1x(
              "1.11.0",
              leader.pid("master"),
              MASTER_FLAGS,
              List.of(slave1x("S0", agent.pid("slave(1)"), "a0.example.com", "1.11.0")),
              List.of()));

      ClusterReadException e = refusal(ClusterReader.create(fast().build()), leader.url());

      assertThat(e.reason()).isEqualTo(Reason.NO_AGENT_READ);
      assertThat(e)
          .hasMessage(
              "No agent of the 1 the leading master at %s lists could be read: agent S0"
                  + " (a0.example.com) at %s/slave(1)/flags: answered 500: it failed to serve the"
                  + " request.",
              leader.url(), agent.url());
      assertThat(e.unreadable()).hasSize(1);
    }

    @Test
    void agentsThatReportNoOrABadRelease() throws IOException {
      FakeDaemon leader = daemon();
      FakeDaemon good = daemon();
      FakeDaemon old = daemon();
      FakeDaemon chunked = daemon();
      good.json(
          "/slave(1)/state.json", MesosAnswers.agent023("S0", good.pid("slave(1)"), AGENT_FLAGS));
      old.json("/slave(1)/state.json", "{\"id\":\"S1\",\"pid\":\"" + old.pid("slave(1)") + "\"}");
      String big = flags(AGENT_FLAGS);
      chunked.on(
          "/slave(1)/state.json",
          (exchange, daemon) -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
              for (int i = 0; i < 100; i++) {
                body.write(big.getBytes(UTF_8));
              }
            }
          });
      leader.json(
          "/master/state.json",
          master023(
              leader.pid("master"),
              leader.pid("master"),
              MASTER_FLAGS,
              List.of(
                  slave023("S0", good.pid("slave(1)"), "a0"),
                  slave023("S1", old.pid("slave(1)"), "a1"),
                  slave023("S2", "slave(1)", "a2"),
                  slave023("S4", "slave(1)@bad host/x:5051", "a4"),
                  slave023("S3", chunked.pid("slave(1)"), "a3"))));

      ClusterReading reading =
          ClusterReader.create(fast().maxResponseBytes(4000).build()).read(List.of(leader.url()));

      assertThat(reading.state())
          .isEqualTo(
              ClusterState.builder()
                  .addMaster(at("0.23.0", MASTER_FLAGS))
                  .addSlave(at("0.23.0", AGENT_FLAGS))
                  .build());
      assertThat(reading.unreadable().stream().map(UnreadDaemon::toString))
          .containsExactly(
              "agent S1 (a1) at "
                  + old.url()
                  + "/slave(1)/state.json: the agent does not report its release (Mesos before"
                  + " 0.13.0 does not): add it to the state by hand",
              "agent S2 (a2) at "
                  + leader.url()
                  + "/master/state: the leading master reports its pid as \"slave(1)\", not"
                  + " name@host:port",
              "agent S4 (a4) at "
                  + leader.url()
                  + "/master/state: the leading master reports its pid as"
                  + " \"slave(1)@bad host/x:5051\", not name@host:port",
              "agent S3 (a3) at "
                  + chunked.url()
                  + "/slave(1)/state.json: the answer is more than the limit of 4000 bytes: raise"
                  + " the limit (ClusterReaderOptions.Builder.maxResponseBytes) if the answer is"
                  + " expected to be this large");
    }

    @Test
    void anAgentWhoseReleaseIsNotARelease() throws IOException {
      FakeDaemon leader = daemon();
      FakeDaemon agent = daemon();
      FakeDaemon good = daemon().json("/slave(1)/flags", flags(AGENT_FLAGS));
      leader.json(
          "/master/state",
          master1x(
              "1.11.0",
              leader.pid("master"),
              MASTER_FLAGS,
              List.of(
                  slave1x("S0", agent.pid("slave(1)"), "a0", "1.11"),
                  slave1x("S1", good.pid("slave(1)"), "a1", "1.11.0")),
              List.of()));

      ClusterReading reading = ClusterReader.create(fast().build()).read(List.of(leader.url()));

      assertThat(reading.unreadable().stream().map(UnreadDaemon::toString))
          .containsExactly(
              "agent S0 (a0) at "
                  + leader.url()
                  + "/master/state: it reports release \"1.11\", not a major.minor.patch release"
                  + " such as 1.4.0");
      assertThat(agent.requests()).isEmpty();
    }
  }

  @Nested
  class Urls {
    @Test
    void refusesWhatIsNotAMasterUrl() {
      ClusterReader reader = ClusterReader.create();
      assertThatThrownBy(() -> reader.read(List.of()))
          .isInstanceOf(ClusterReadException.class)
          .hasMessage("No master URL given: give at least one, such as http://m1:5050.");
      for (String bad :
          new String[] {"ftp://m1:5050", "m1:5050", "/master", "http://m1:5050?x=1"}) {
        assertThatThrownBy(() -> reader.read(bad))
            .isInstanceOfSatisfying(
                ClusterReadException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.BAD_MASTER_URL))
            .hasMessage(
                "The master URL \"%s\" is not an http or https URL with a host: give one such as"
                    + " http://m1:5050.",
                bad);
      }
      assertThatThrownBy(() -> reader.read("http://m1 :5050"))
          .hasMessage(
              "The master URL \"http://m1 :5050\" is not an http or https URL with a host: give one"
                  + " such as http://m1:5050.");
    }
  }

  @Nested
  class Credentials {
    @TempDir Path dir;

    @Test
    void sendsTheFirstCredentialOfAJsonFileToMastersAndAgents() throws IOException {
      Path file = dir.resolve("credentials.json");
      Files.writeString(
          file,
          "{\"credentials\":[{\"principal\":\"ops\",\"secret\":\"s3cret\"},"
              + "{\"principal\":\"other\",\"secret\":\"x\"}]}");
      FakeDaemon leader = leaderWithOneAgent();

      ClusterReaderOptions options = fast().credentialsFile(file).build();
      ClusterReading reading = ClusterReader.create(options).read(List.of(leader.url()));

      String basic = "Basic " + Base64.getEncoder().encodeToString("ops:s3cret".getBytes(UTF_8));
      assertThat(options.principal()).contains("ops");
      assertThat(reading.isComplete()).isTrue();
      assertThat(leader.authorizations()).containsOnly(basic);
      assertThat(daemons.get(1).authorizations()).containsOnly(basic);
    }

    @Test
    void readsThePrincipalAskedForFromTheTextForm() throws IOException {
      Path file = dir.resolve("credentials");
      Files.writeString(file, "ops s3cret\n\nother  x\n");
      FakeDaemon leader = leaderWithOneAgent();

      ClusterReader.create(fast().credentialsFile(file, "other").build())
          .read(List.of(leader.url()));

      assertThat(leader.authorizations())
          .containsOnly("Basic " + Base64.getEncoder().encodeToString("other:x".getBytes(UTF_8)));
    }

    @Test
    void refusesFilesMesosWouldRefuse() throws IOException {
      Path missing = dir.resolve("missing");
      Path empty = Files.writeString(dir.resolve("empty"), "");
      Path bad = Files.writeString(dir.resolve("bad"), "ops s3cret\nops\u001b[2J\n");
      Path json = Files.writeString(dir.resolve("json"), "{\"credentials\":[]}");
      Path one = Files.writeString(dir.resolve("one"), "ops s3cret\n");

      assertThatThrownBy(() -> ClusterReaderOptions.builder().credentialsFile(missing))
          .isInstanceOfSatisfying(
              ClusterReadException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CREDENTIALS_FILE))
          .hasMessage("The credentials file \"%s\" cannot be read (%s).", missing, missing);
      assertThatThrownBy(() -> ClusterReaderOptions.builder().credentialsFile(empty))
          .hasMessage("The credentials file \"%s\" holds no credential.", empty);
      assertThatThrownBy(() -> ClusterReaderOptions.builder().credentialsFile(json))
          .hasMessage("The credentials file \"%s\" holds no credential.", json);
      assertThatThrownBy(() -> ClusterReaderOptions.builder().credentialsFile(bad))
          .hasMessage(
              "The credentials file \"%s\" is neither JSON"
                  + " {\"credentials\":[{\"principal\":..,\"secret\":..}]} nor lines of"
                  + " \"principal secret\": line 2 is \"ops\\u001b[2J\".",
              bad);
      assertThatThrownBy(() -> ClusterReaderOptions.builder().credentialsFile(one, "root"))
          .hasMessage(
              "The credentials file \"%s\" holds no credential for principal \"root\"; it holds"
                  + " \"ops\".",
              one);
    }
  }
}
