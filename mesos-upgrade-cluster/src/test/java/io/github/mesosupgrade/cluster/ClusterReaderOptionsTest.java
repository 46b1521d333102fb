package io.github.mesosupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.internal.Shown;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The options' defaults, their checks, and the small value types around the reader. */
class ClusterReaderOptionsTest {
  @Test
  void defaults() {
    ClusterReaderOptions options = ClusterReaderOptions.defaults();

    assertThat(options.principal()).isEmpty();
    assertThat(options.sslContext()).isEmpty();
    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.maxConcurrentAgentRequests()).isEqualTo(8);
    assertThat(options.maxResponseBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(options.maxRedirects()).isEqualTo(5);
    assertThat(ClusterReader.create().options()).isSameAs(options);
  }

  @Test
  void refusesLimitsThatCannotWork() {
    ClusterReaderOptions.Builder builder = ClusterReaderOptions.builder();

    assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout (PT0S) must be positive");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ofMillis(-1)))
        .hasMessage("readTimeout (PT-0.001S) must be positive");
    assertThatThrownBy(() -> builder.maxConcurrentAgentRequests(0))
        .hasMessage("maxConcurrentAgentRequests (0) must be between 1 and 256");
    assertThatThrownBy(() -> builder.maxConcurrentAgentRequests(257))
        .hasMessage("maxConcurrentAgentRequests (257) must be between 1 and 256");
    assertThatThrownBy(() -> builder.maxResponseBytes(0))
        .hasMessage("maxResponseBytes (0) must be positive");
    assertThatThrownBy(() -> builder.maxRedirects(-1))
        .hasMessage("maxRedirects (-1) must be between 0 and 100");
    assertThatThrownBy(() -> builder.maxRedirects(101))
        .hasMessage("maxRedirects (101) must be between 0 and 100");
    assertThatThrownBy(() -> builder.credential("ops:admin", "s"))
        .hasMessage(
            "principal (\"ops:admin\") must be a non-empty name without a colon, as HTTP basic"
                + " authentication needs");
    assertThatThrownBy(() -> builder.credential("", "s"))
        .hasMessage(
            "principal (\"\") must be a non-empty name without a colon, as HTTP basic"
                + " authentication needs");
    assertThatThrownBy(() -> builder.progress(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("progress must not be null");
  }

  @Test
  void keepsACredentialGivenDirectly() {
    ClusterReaderOptions options = ClusterReaderOptions.builder().credential("ops", "s").build();

    assertThat(options.principal()).contains("ops");
    assertThat(new Credential("ops", "s3cret").toString()).isEqualTo("principal \"ops\"");
  }

  @Test
  void showsUserTextEscapedAndCut() {
    assertThat(Shown.quoted("a\nb\r\t\"\\\u0007\u200e"))
        .isEqualTo("\"a\\nb\\r\\t\\\"\\\\\\u0007\\u200e\"");
    assertThat(Shown.value("x".repeat(500))).isEqualTo("x".repeat(120) + "... (500 characters)");
    assertThat(Shown.value("x".repeat(120))).isEqualTo("x".repeat(120));
  }

  @Test
  void unreadDaemonsAreValues() {
    URI url = URI.create("http://127.0.0.1:5050/master/state");
    UnreadDaemon master =
        new UnreadDaemon(Component.MASTER, null, null, url, UnreadDaemon.Reason.TIMED_OUT, "late");
    UnreadDaemon same =
        new UnreadDaemon(Component.MASTER, null, null, url, UnreadDaemon.Reason.TIMED_OUT, "late");
    UnreadDaemon agent =
        new UnreadDaemon(Component.SLAVE, "S0", "a\n0", url, UnreadDaemon.Reason.TIMED_OUT, "late");

    assertThat(master).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(agent);
    assertThat(master.id()).isEmpty();
    assertThat(master.hostname()).isEmpty();
    assertThat(agent.id()).contains("S0");
    assertThat(agent.toString())
        .isEqualTo("agent S0 (a\\n0) at http://127.0.0.1:5050/master/state: late");
    assertThat(master.toString()).isEqualTo("master at http://127.0.0.1:5050/master/state: late");
  }
}
