package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogFlagDataTest {
  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  @Nested
  class FlagsOfMainAndLogging {
    @Test
    void mastersTakeIpPortZkAndTheLoggingFlags() {
      for (String name : new String[] {"ip", "port", "zk", "log_dir", "logbufsecs", "quiet"}) {
        assertThat(CATALOG.flag(Component.MASTER, name, v("0.11.0"))).as(name).isPresent();
        assertThat(CATALOG.flag(Component.MASTER, name, v("0.15.0"))).as(name).isPresent();
      }
    }

    @Test
    void slavesTakeMasterIsolationAndTheLoggingFlags() {
      for (String name :
          new String[] {"ip", "port", "master", "isolation", "log_dir", "logbufsecs", "quiet"}) {
        assertThat(CATALOG.flag(Component.SLAVE, name, v("0.15.0"))).as(name).isPresent();
      }
      assertThat(CATALOG.flag(Component.SLAVE, "zk", v("0.15.0"))).isEmpty();
      assertThat(CATALOG.flag(Component.MASTER, "master", v("0.15.0"))).isEmpty();
    }

    @Test
    void theMastersSlavesFlagWentAwayIn016() {
      assertThat(CATALOG.flag(Component.MASTER, "slaves", v("0.15.0"))).isPresent();
      assertThat(CATALOG.flag(Component.MASTER, "slaves", v("0.16.0"))).isEmpty();
    }
  }
}
