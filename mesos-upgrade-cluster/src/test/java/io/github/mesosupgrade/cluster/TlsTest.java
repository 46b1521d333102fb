package io.github.mesosupgrade.cluster;

import static io.github.mesosupgrade.cluster.ClusterReaderTest.AGENT_FLAGS;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.MASTER_FLAGS;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.fast;
import static io.github.mesosupgrade.cluster.MesosAnswers.flags;
import static io.github.mesosupgrade.cluster.MesosAnswers.master1x;
import static io.github.mesosupgrade.cluster.MesosAnswers.slave1x;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a cluster over {@code https}, trusting a CA from a PEM file: a self-signed certificate for
 * 127.0.0.1 made once with the JDK's keytool.
 */
class TlsTest {
  @TempDir static Path keys;
  static SSLContext serverTls;
  static Path caPem;

  final List<FakeDaemon> daemons = new ArrayList<>();

  @BeforeAll
  static void makeACertificate() throws Exception {
    Path store = keys.resolve("server.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "san=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        store.toString(),
        "-storepass",
        "changeit");
    caPem = keys.resolve("ca.pem");
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "server",
        "-keystore",
        store.toString(),
        "-storepass",
        "changeit",
        "-file",
        caPem.toString());
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keyStore, "changeit".toCharArray());
    serverTls = SSLContext.getInstance("TLS");
    serverTls.init(keyManagers.getKeyManagers(), null, null);
  }

  static void keytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
  }

  @AfterEach
  void closeDaemons() {
    daemons.forEach(FakeDaemon::close);
  }

  FakeDaemon leader() throws IOException, GeneralSecurityException {
    FakeDaemon leader = new FakeDaemon(serverTls);
    FakeDaemon agent = new FakeDaemon(serverTls);
    daemons.add(leader);
    daemons.add(agent);
    agent.json("/slave(1)/flags", flags(AGENT_FLAGS));
    leader.json(
        "/master/state",
        master1x(
            "1.11.0",
            leader.pid("master"),
            MASTER_FLAGS,
            List.of(slave1x("S0", agent.pid("slave(1)"), "a0", "1.11.0")),
            List.of()));
    return leader;
  }

  @Test
  void readsMastersAndAgentsOverHttpsTrustingTheCaFile() throws Exception {
    FakeDaemon leader = leader();

    ClusterReaderOptions options = fast().caFile(caPem).build();
    ClusterReading reading = ClusterReader.create(options).read(List.of(leader.url()));

    assertThat(options.sslContext()).isPresent();
    assertThat(reading.isComplete()).isTrue();
    assertThat(reading.leader().getScheme()).isEqualTo("https");
    assertThat(daemons.get(1).requests()).containsExactly("/slave(1)/flags");
  }

  @Test
  void withoutTheCaTheMasterIsNotTrusted() throws Exception {
    FakeDaemon leader = leader();

    assertThatThrownBy(() -> ClusterReader.create(fast().build()).read(List.of(leader.url())))
        .isInstanceOfSatisfying(
            ClusterReadException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ClusterReadException.Reason.NO_MASTER_REACHABLE);
              assertThat(e.unreadable().get(0).detail())
                  .startsWith("TLS failed (")
                  .endsWith("): trust the cluster's CA with ClusterReaderOptions.Builder.caFile");
            });
  }

  @Test
  void refusesACaFileWithoutCertificates() throws IOException {
    Path empty = Files.writeString(keys.resolve("empty.pem"), "");
    Path text = Files.writeString(keys.resolve("text.pem"), "-----BEGIN CERTIFICATE-----\nno\n");
    Path missing = keys.resolve("missing.pem");

    assertThatThrownBy(() -> ClusterReaderOptions.builder().caFile(empty))
        .isInstanceOfSatisfying(
            ClusterReadException.class,
            e -> assertThat(e.reason()).isEqualTo(ClusterReadException.Reason.BAD_CA_FILE))
        .hasMessage("The CA file \"%s\" holds no certificate.", empty);
    assertThatThrownBy(() -> ClusterReaderOptions.builder().caFile(text))
        .hasMessageStartingWith("The CA file \"%s\" cannot be read as PEM certificates (", text);
    assertThatThrownBy(() -> ClusterReaderOptions.builder().caFile(missing))
        .hasMessage(
            "The CA file \"%s\" cannot be read as PEM certificates"
                + " (java.nio.file.NoSuchFileException: %s).",
            missing, missing);
  }
}
