package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentTest {
  @ParameterizedTest
  @CsvSource({
    "master, MASTER",
    "Masters, MASTER",
    "slave, SLAVE",
    "agent, SLAVE",
    "AGENTS, SLAVE",
    "' executor ', EXECUTOR",
    "schedulers, SCHEDULER"
  })
  void parsesNamesAndTheAgentAlias(String name, Component expected) {
    assertThat(Component.parse(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "framework", "mesos-master"})
  void rejectsOtherNames(String name) {
    assertThatThrownBy(() -> Component.parse(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\""
                + name
                + "\" is not a Mesos component: expected master, slave (or agent), executor or"
                + " scheduler");
  }

  @ParameterizedTest
  @CsvSource({
    "MASTER, true, INSTALL_BINARIES RESTART RELINK RECONFIGURE",
    "SLAVE, true, INSTALL_BINARIES RESTART RELINK RECONFIGURE",
    "EXECUTOR, false, RELINK UPDATE_FRAMEWORK",
    "SCHEDULER, false, RESTART RELINK UPDATE_FRAMEWORK"
  })
  void knowsWhatCanBeDoneToIt(Component component, boolean daemon, String actions) {
    assertThat(component.isDaemon()).isEqualTo(daemon);
    StringBuilder applicable = new StringBuilder();
    for (StepAction action : StepAction.values()) {
      if (action.appliesTo(component)) {
        applicable.append(applicable.length() == 0 ? "" : " ").append(action);
      }
    }
    assertThat(applicable).hasToString(actions);
  }

  @ParameterizedTest
  @CsvSource({
    "MASTER, master, masters",
    "SLAVE, slave, slaves",
    "SCHEDULER, scheduler, schedulers"
  })
  void hasSingularAndPluralNames(Component component, String singular, String plural) {
    assertThat(component.singular()).isEqualTo(singular);
    assertThat(component.plural()).isEqualTo(plural);
  }

  @ParameterizedTest
  @CsvSource({
    "SLAVE, 0.28.3, slave, slaves, mesos-slave",
    "SLAVE, 1.0.0, agent, agents, mesos-agent",
    "SLAVE, 1.11.0, agent, agents, mesos-agent",
    "MASTER, 0.11.0, master, masters, mesos-master",
    "MASTER, 1.11.0, master, masters, mesos-master"
  })
  void namesTheSlaveAnAgentFromMesos10(
      Component component, String release, String name, String plural, String binary) {
    MesosVersion version = MesosVersion.parse(release);

    assertThat(component.nameAt(version)).isEqualTo(name);
    assertThat(component.pluralAt(version)).isEqualTo(plural);
    assertThat(component.binaryAt(version)).isEqualTo(binary);
    assertThat(Component.agentNameSince()).isEqualTo(MesosVersion.of(1, 0, 0));
  }

  @ParameterizedTest
  @CsvSource({"EXECUTOR, executor, executors", "SCHEDULER, scheduler, schedulers"})
  void keepsTheNamesOfFrameworkCodeWhichHasNoBinary(
      Component component, String name, String plural) {
    MesosVersion version = MesosVersion.of(1, 11, 0);

    assertThat(component.nameAt(version)).isEqualTo(name);
    assertThat(component.pluralAt(version)).isEqualTo(plural);
    assertThatThrownBy(() -> component.binaryAt(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            plural
                + " are framework code and have no Mesos binary: only master and slave (agent)"
                + " do");
  }
}
