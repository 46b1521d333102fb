package io.github.mesosupgrade.cluster;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.cluster.ClusterReadException.Reason;
import io.github.mesosupgrade.cluster.Fetcher.Answer;
import io.github.mesosupgrade.cluster.Fetcher.Failure;
import io.github.mesosupgrade.cluster.MesosJson.Agent;
import io.github.mesosupgrade.cluster.MesosJson.MasterState;
import io.github.mesosupgrade.internal.Shown;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a running Mesos cluster runs, over HTTP, into a {@link ClusterState}: the releases and
 * flags of its masters and agents, grouped by release and flags, so that the rest of an upgrade can
 * be planned from it ({@link io.github.mesosupgrade.UpgradePlanner#plan(ClusterState,
 * MesosVersion)}) or its configuration linted. It only sends {@code GET} requests.
 *
 * <p>Given one or more master URLs it finds the leading master: it asks each URL in turn for the
 * master's state, follows a standby's redirect (1.0 on: {@code 307} to {@code
 * //leader:port/master/state}) or its {@code leader} field (before 1.0 a standby serves its own
 * state, naming the leader's pid), and goes on to the next URL when one does not answer. It reads
 * the leader's release and flags from its state, every other master given from its state (before
 * 1.0) or from {@code /version} and {@code /master/flags} (standbys from 1.0 redirect their state),
 * and each agent the leader lists, several at once:
 *
 * <ul>
 *   <li>an agent whose release the leader reports (0.26.0 on) and that serves {@code /flags}
 *       (0.26.0 on): {@code /slave(1)/flags};
 *   <li>otherwise the agent's state, which has its {@code version} from 0.13.0 and {@code flags}
 *       from 0.17.0: {@code /slave(1)/state.json} (served 0.11.0 to 1.7.x), then {@code
 *       /slave(1)/state} (0.25.0 on) if that is not found.
 * </ul>
 *
 * <p>The master state is asked at {@code /master/state} (0.25.0 on), then {@code
 * /master/state.json} (0.11.0 to 1.7.x) if that is not found. The process name in an agent's path
 * ({@code slave(1)}) and its address come from the pid the leader reports.
 *
 * <p>A master or agent that does not answer, answers 401, 403 or another error, or answers
 * something that is not what Mesos serves is listed in {@link ClusterReading#unreadable()} with the
 * reason; nothing about it is guessed. Releases before 0.13.0 report no version and releases before
 * 0.17.0 no flags: such agents are listed as not read, and such daemons' flags are not known.
 *
 * <pre>{@code
 * ClusterReader reader = ClusterReader.create(ClusterReaderOptions.builder()
 *     .credentialsFile(Path.of("/etc/mesos/http-credentials.json"))
 *     .build());
 * ClusterReading reading = reader.read(List.of(
 *     URI.create("http://m1.example.com:5050"), URI.create("http://m2.example.com:5050")));
 * }</pre>
 *
 * <p>A reader is thread-safe and may be used for many reads.
 */
public final class ClusterReader {
  /** A libprocess pid, {@code slave(1)@10.0.0.2:5051}: the characters Mesos puts in one. */
  private static final Pattern PID =
      Pattern.compile("([A-Za-z0-9_.()-]+)@([A-Za-z0-9_.-]+):([0-9]{1,5})");

  private static final MesosVersion FIRST_WITH_FLAGS_ENDPOINT = MesosVersion.of(0, 26, 0);

  private final ClusterReaderOptions options;
  private final Fetcher fetcher;

  private ClusterReader(ClusterReaderOptions options) {
    this.options = options;
    HttpClient.Builder client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    options.sslContext().ifPresent(client::sslContext);
    this.fetcher = new Fetcher(client.build(), options);
  }

  /** Returns a reader with {@link ClusterReaderOptions#defaults()}. */
  public static ClusterReader create() {
    return create(ClusterReaderOptions.defaults());
  }

  /** Returns a reader with {@code options}. */
  public static ClusterReader create(ClusterReaderOptions options) {
    return new ClusterReader(requireNonNull(options, "options must not be null"));
  }

  /** Returns the options this reader uses. */
  public ClusterReaderOptions options() {
    return options;
  }

  /**
   * Reads the cluster whose masters include {@code masterUrls} ({@code http://host:5050} or {@code
   * https://...}; a path is kept as a prefix, for masters behind a proxy).
   *
   * @throws NullPointerException if {@code masterUrls} or one of them is null
   * @throws ClusterReadException if no state can be read: {@code BAD_MASTER_URL}, {@code
   *     NO_MASTER_REACHABLE}, {@code NO_LEADER}, {@code LEADER_REDIRECT_LOOP}, {@code
   *     VERSION_NOT_REPORTED} or {@code NO_AGENT_READ}
   */
  public ClusterReading read(List<URI> masterUrls) {
    requireNonNull(masterUrls, "masterUrls must not be null");
    if (masterUrls.isEmpty()) {
      throw new ClusterReadException(
          Reason.BAD_MASTER_URL, "No master URL given: give at least one, such as http://m1:5050.");
    }
    List<URI> given = new ArrayList<>();
    for (URI url : masterUrls) {
      URI base = base(requireNonNull(url, "masterUrls must not hold null"));
      if (!given.contains(base)) {
        given.add(base);
      }
    }
    return new Read(given).run();
  }

  /**
   * Reads the cluster whose masters include {@code masterUrls}; see {@link #read(List)}.
   *
   * @throws ClusterReadException with {@code BAD_MASTER_URL} if a URL cannot be parsed, or as
   *     {@link #read(List)} does
   */
  public ClusterReading read(String... masterUrls) {
    requireNonNull(masterUrls, "masterUrls must not be null");
    List<URI> urls = new ArrayList<>();
    for (String url : masterUrls) {
      try {
        urls.add(new URI(requireNonNull(url, "masterUrls must not hold null")));
      } catch (URISyntaxException e) {
        throw badUrl(url);
      }
    }
    return read(urls);
  }

  private static URI base(URI url) {
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || url.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw badUrl(url.toString());
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(
        scheme.toLowerCase(java.util.Locale.ROOT) + "://" + url.getRawAuthority() + path);
  }

  private static ClusterReadException badUrl(String url) {
    return new ClusterReadException(
        Reason.BAD_MASTER_URL,
        "The master URL "
            + Shown.quoted(url)
            + " is not an http or https URL with a host: give one such as http://m1:5050.");
  }

  /** One read of a cluster: what it has learned so far. */
  private final class Read {
    private final List<URI> given;
    private final List<UnreadDaemon> unreadMasters = new ArrayList<>();

    /** Masters answered, by base URL: their state, or null for a standby that redirected. */
    private final Map<URI, @Nullable MasterState> answered = new LinkedHashMap<>();

    private final Set<URI> failed = new LinkedHashSet<>();
    private boolean someMasterAnswered;

    Read(List<URI> given) {
      this.given = given;
    }

    ClusterReading run() {
      Map.Entry<URI, MasterState> leader = findLeader();
      URI leaderUrl = leader.getKey();
      MasterState leaderState = leader.getValue();
      if (leaderState.version() == null) {
        throw new ClusterReadException(
            Reason.VERSION_NOT_REPORTED,
            "The leading master at "
                + Shown.value(leaderUrl.toString())
                + " does not report its release (Mesos before 0.13.0 does not): write the cluster"
                + " state by hand.",
            unreadMasters,
            null);
      }
      List<DaemonState> masters = new ArrayList<>();
      Set<URI> toRead = new LinkedHashSet<>();
      toRead.add(leaderUrl);
      toRead.addAll(given);
      toRead.addAll(answered.keySet());
      for (URI master : toRead) {
        readMaster(master).ifPresent(masters::add);
      }
      List<UnreadDaemon> unreadable = new ArrayList<>(unreadMasters);
      if (masters.isEmpty()) {
        throw new ClusterReadException(
            Reason.NO_MASTER_REACHABLE,
            "No master could be read: " + summary(unreadable) + ".",
            unreadable,
            null);
      }
      List<DaemonState> agents = readAgents(leaderUrl, leaderState, unreadable);
      int listed = leaderState.agents().size() + leaderState.recovered().size();
      if (agents.isEmpty()) {
        throw new ClusterReadException(
            Reason.NO_AGENT_READ,
            listed == 0
                ? "The leading master at "
                    + Shown.value(leaderUrl.toString())
                    + " lists no agent, and a cluster state needs one: read again once an agent"
                    + " has registered."
                : "No agent of the "
                    + listed
                    + " the leading master at "
                    + Shown.value(leaderUrl.toString())
                    + " lists could be read: "
                    + summary(unreadable)
                    + ".",
            unreadable,
            null);
      }
      ClusterState state =
          ClusterState.builder().addAllMasters(masters).addAllSlaves(agents).build();
      return new ClusterReading(
          state, leaderUrl, masters.size(), listed, agents.size(), unreadable);
    }

    private String summary(List<UnreadDaemon> unreadable) {
      List<String> lines = new ArrayList<>();
      for (UnreadDaemon unread : unreadable.subList(0, Math.min(3, unreadable.size()))) {
        lines.add(unread.toString());
      }
      if (unreadable.size() > 3) {
        lines.add("and " + (unreadable.size() - 3) + " more");
      }
      return String.join("; ", lines);
    }

    private Map.Entry<URI, MasterState> findLeader() {
      for (URI start : given) {
        Set<URI> chain = new LinkedHashSet<>();
        URI current = start;
        while (true) {
          if (!chain.add(current) || chain.size() > options.maxRedirects() + 1) {
            List<String> hops = new ArrayList<>();
            for (URI hop : chain) {
              hops.add(Shown.value(hop.toString()));
            }
            hops.add(Shown.value(current.toString()));
            throw new ClusterReadException(
                Reason.LEADER_REDIRECT_LOOP,
                "The masters redirect in a loop or further than "
                    + options.maxRedirects()
                    + " times, looking for the leader: "
                    + String.join(" -> ", hops)
                    + ". Check that they agree on the leader (their --zk), or give the leading"
                    + " master's URL.",
                unreadMasters,
                null);
          }
          Optional<URI> next = ask(current);
          if (next.isEmpty()) {
            MasterState state = answered.get(current);
            if (state != null && current.equals(leaderOf(current, state))) {
              return Map.entry(current, state);
            }
            break;
          }
          current = next.get();
        }
      }
      String unread = unreadMasters.isEmpty() ? "" : " " + summary(unreadMasters) + ".";
      if (someMasterAnswered) {
        throw new ClusterReadException(
            Reason.NO_LEADER,
            "No master leads and none names a leader (asked "
                + given.size()
                + (given.size() == 1 ? " URL" : " URLs")
                + "):"
                + unread
                + " Wait for an election, or give the URL of the leading master.",
            unreadMasters,
            null);
      }
      throw new ClusterReadException(
          Reason.NO_MASTER_REACHABLE,
          "No master answered:"
              + unread
              + " Check the URLs, the network and the timeouts, or give another master.",
          unreadMasters,
          null);
    }

    /**
     * Asks the master at {@code base} for its state; returns where to look for the leader next, or
     * empty if {@code base} leads or gives no way on.
     */
    private Optional<URI> ask(URI base) {
      if (answered.containsKey(base)) {
        MasterState state = answered.get(base);
        return state == null ? Optional.empty() : next(base, state);
      }
      if (!failed.add(base)) {
        return Optional.empty();
      }
      Answer answer;
      URI asked;
      try {
        asked = URI.create(base + "/master/state");
        answer = fetcher.get(asked);
        if (answer.status() == 404) {
          asked = URI.create(base + "/master/state.json");
          answer = fetcher.get(asked);
        }
      } catch (Failure failure) {
        unreadMasters.add(unread(null, null, URI.create(base + "/master/state"), failure));
        return Optional.empty();
      }
      if (isRedirect(answer.status())) {
        someMasterAnswered = true;
        failed.remove(base);
        answered.put(base, null);
        if (answer.location().isEmpty()) {
          return Optional.empty();
        }
        try {
          return Optional.of(base(asked.resolve(stripState(answer.location().get()))));
        } catch (IllegalArgumentException | ClusterReadException e) {
          answered.remove(base);
          failed.add(base);
          unreadMasters.add(
              new UnreadDaemon(
                  Component.MASTER,
                  null,
                  null,
                  asked,
                  UnreadDaemon.Reason.HTTP_ERROR,
                  "redirected to "
                      + Shown.quoted(answer.location().get())
                      + ", which is not a master URL"));
          return Optional.empty();
        }
      }
      if (answer.status() == 503) {
        // From 1.0 a standby that knows no leader answers 503 "No leader elected".
        someMasterAnswered = true;
        failed.remove(base);
        answered.put(base, null);
        return Optional.empty();
      }
      if (answer.status() != 200) {
        unreadMasters.add(
            new UnreadDaemon(
                Component.MASTER, null, null, asked, statusReason(answer), status(answer)));
        return Optional.empty();
      }
      MasterState state;
      try {
        state = MesosJson.masterState(answer.body());
      } catch (Failure failure) {
        unreadMasters.add(unread(null, null, asked, failure));
        return Optional.empty();
      }
      someMasterAnswered = true;
      failed.remove(base);
      answered.put(base, state);
      return next(base, state);
    }

    private Optional<URI> next(URI base, MasterState state) {
      URI leader = leaderOf(base, state);
      return leader == null || leader.equals(base) ? Optional.empty() : Optional.of(leader);
    }

    /** Returns the leader's base URL, {@code base} itself if it leads, or null if none is known. */
    private @Nullable URI leaderOf(URI base, MasterState state) {
      String leader = state.leader();
      if (leader == null) {
        return null;
      }
      if (leader.equals(state.pid())) {
        return base;
      }
      Matcher pid = PID.matcher(leader);
      if (!pid.matches()) {
        return null;
      }
      return URI.create(base.getScheme() + "://" + pid.group(2) + ":" + pid.group(3));
    }

    /** Returns the release and flags of the master at {@code base}, or lists why not. */
    private Optional<DaemonState> readMaster(URI base) {
      if (!answered.containsKey(base)) {
        ask(base);
        if (!answered.containsKey(base)) {
          return Optional.empty();
        }
      }
      MasterState state = answered.get(base);
      try {
        if (state != null) {
          URI where = URI.create(base + "/master/state");
          String version = state.version();
          if (version == null) {
            throw new Failure(
                UnreadDaemon.Reason.VERSION_NOT_REPORTED,
                "the master does not report its release (Mesos before 0.13.0 does not): add it to"
                    + " the state by hand");
          }
          MesosVersion release = release(version);
          Map<String, String> flags = state.flags();
          if (flags == null && !release.isBefore(FIRST_WITH_FLAGS_ENDPOINT)) {
            where = URI.create(base + "/master/flags");
            flags = flagsAt(where);
          }
          return Optional.of(daemon(release, flags));
        }
        URI version = URI.create(base + "/version");
        MesosVersion release;
        try {
          release = release(MesosJson.version(body(version)));
        } catch (Failure failure) {
          throw failure.at(version);
        }
        return Optional.of(daemon(release, flagsAt(URI.create(base + "/master/flags"))));
      } catch (Failure failure) {
        unreadMasters.add(
            unread(null, null, failure.url(URI.create(base + "/master/state")), failure));
        return Optional.empty();
      }
    }

    private List<DaemonState> readAgents(
        URI leaderUrl, MasterState leader, List<UnreadDaemon> unreadable) {
      List<Agent> agents = leader.agents();
      int total = agents.size();
      ReadProgress progress = options.progress();
      progress.agentsRead(0, total);
      List<Optional<DaemonState>> read = new ArrayList<>();
      List<@Nullable UnreadDaemon> failed = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        read.add(Optional.empty());
        failed.add(null);
      }
      if (total > 0) {
        ExecutorService pool =
            Executors.newFixedThreadPool(
                Math.min(total, options.maxConcurrentAgentRequests()),
                work -> {
                  Thread thread = new Thread(work, "mesos-upgrade-cluster-agent");
                  thread.setDaemon(true);
                  return thread;
                });
        try {
          CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
          for (int i = 0; i < total; i++) {
            int index = i;
            Agent agent = agents.get(i);
            Future<Integer> unused =
                done.submit(
                    () -> {
                      try {
                        read.set(index, Optional.of(readAgent(leaderUrl, agent)));
                      } catch (Failure failure) {
                        failed.set(
                            index,
                            unread(
                                agent.id(),
                                agent.hostname(),
                                failure.url(URI.create(leaderUrl + "/master/state")),
                                failure));
                      }
                      return index;
                    });
          }
          for (int i = 1; i <= total; i++) {
            done.take().get();
            progress.agentsRead(i, total);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ClusterReadException(
              Reason.NO_AGENT_READ, "Interrupted while reading the agents.", unreadable, e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("reading an agent failed unexpectedly", e.getCause());
        } finally {
          pool.shutdownNow();
        }
      }
      List<DaemonState> states = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        read.get(i).ifPresent(states::add);
        UnreadDaemon unread = failed.get(i);
        if (unread != null) {
          unreadable.add(unread);
        }
      }
      for (Agent agent : leader.recovered()) {
        unreadable.add(
            new UnreadDaemon(
                Component.SLAVE,
                agent.id(),
                agent.hostname(),
                URI.create(leaderUrl + "/master/state"),
                UnreadDaemon.Reason.NOT_REGISTERED,
                "the leading master lists it among the recovered agents that have not"
                    + " re-registered since it failed over: read again once it has"));
      }
      return states;
    }

    private DaemonState readAgent(URI leaderUrl, Agent agent) throws Failure {
      String pid = agent.pid();
      Matcher matcher = PID.matcher(pid == null ? "" : pid);
      if (!matcher.matches()) {
        throw new Failure(
                UnreadDaemon.Reason.WRONG_SHAPE,
                "the leading master reports its pid as "
                    + Shown.quoted(String.valueOf(pid))
                    + ", not name@host:port")
            .at(URI.create(leaderUrl + "/master/state"));
      }
      URI base =
          URI.create(
              leaderUrl.getScheme()
                  + "://"
                  + matcher.group(2)
                  + ":"
                  + matcher.group(3)
                  + "/"
                  + matcher.group(1));
      String reported = agent.version();
      if (reported != null) {
        MesosVersion release = release(reported);
        if (!release.isBefore(FIRST_WITH_FLAGS_ENDPOINT)) {
          return daemon(release, flagsAt(URI.create(base + "/flags")));
        }
      }
      URI where = URI.create(base + "/state.json");
      Answer answer = answer(where);
      if (answer.status() == 404) {
        where = URI.create(base + "/state");
        answer = answer(where);
      }
      MesosJson.DaemonState state;
      try {
        state = MesosJson.daemonState(ok(where, answer));
      } catch (Failure failure) {
        throw failure.at(where);
      }
      String version = state.version();
      if (version == null) {
        throw new Failure(
                UnreadDaemon.Reason.VERSION_NOT_REPORTED,
                "the agent does not report its release (Mesos before 0.13.0 does not): add it to"
                    + " the state by hand")
            .at(where);
      }
      MesosVersion release;
      try {
        release = release(version);
      } catch (Failure failure) {
        throw failure.at(where);
      }
      Map<String, String> flags = state.flags();
      if (flags == null && !release.isBefore(FIRST_WITH_FLAGS_ENDPOINT)) {
        flags = flagsAt(URI.create(base + "/flags"));
      }
      return daemon(release, flags);
    }

    private Map<String, String> flagsAt(URI url) throws Failure {
      try {
        return MesosJson.flags(body(url));
      } catch (Failure failure) {
        throw failure.at(url);
      }
    }

    private byte[] body(URI url) throws Failure {
      return ok(url, answer(url));
    }

    private Answer answer(URI url) throws Failure {
      try {
        return fetcher.get(url);
      } catch (Failure failure) {
        throw failure.at(url);
      }
    }

    private byte[] ok(URI url, Answer answer) throws Failure {
      if (answer.status() != 200) {
        throw new Failure(statusReason(answer), status(answer)).at(url);
      }
      return answer.body();
    }
  }

  private static MesosVersion release(String version) throws Failure {
    Optional<MesosVersion> release = MesosVersion.tryParse(version);
    if (release.isEmpty()) {
      throw new Failure(
          UnreadDaemon.Reason.BAD_VERSION,
          "it reports release "
              + Shown.quoted(version)
              + ", not a major.minor.patch release such as 1.4.0");
    }
    return release.get();
  }

  private static DaemonState daemon(MesosVersion release, @Nullable Map<String, String> flags) {
    return DaemonState.builder()
        .installed(release)
        .running(release)
        .putAllFlags(flags == null ? Map.of() : flags)
        .build();
  }

  private static UnreadDaemon unread(
      @Nullable String id, @Nullable String hostname, URI url, Failure failure) {
    return new UnreadDaemon(
        id == null ? Component.MASTER : Component.SLAVE,
        id,
        hostname,
        url,
        failure.reason(),
        failure.getMessage() == null ? "" : failure.getMessage());
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String stripState(String location) {
    for (String suffix : new String[] {"/master/state.json", "/master/state", "/master/redirect"}) {
      if (location.endsWith(suffix)) {
        return location.substring(0, location.length() - suffix.length()) + "/";
      }
    }
    return location;
  }

  private static UnreadDaemon.Reason statusReason(Answer answer) {
    return switch (answer.status()) {
      case 401 -> UnreadDaemon.Reason.UNAUTHORIZED;
      case 403 -> UnreadDaemon.Reason.FORBIDDEN;
      default -> UnreadDaemon.Reason.HTTP_ERROR;
    };
  }

  private static String status(Answer answer) {
    return switch (answer.status()) {
      case 401 ->
          "answered 401 Unauthorized: give credentials it accepts"
              + " (ClusterReaderOptions.Builder.credentialsFile)";
      case 403 ->
          "answered 403 Forbidden: give the credentials of a principal its ACLs let view this"
              + " endpoint";
      case 404 -> "answered 404 Not Found: it does not serve this endpoint";
      default ->
          "answered "
              + answer.status()
              + (answer.status() >= 500 ? ": it failed to serve the request" : "")
              + (answer.body().length > 0
                  ? " ("
                      + Shown.quoted(
                          new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8))
                      + ")"
                  : "");
    };
  }
}
