package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static final Source GUIDE = Source.guide("Upgrading from 0.14.0 to 0.15.0", 10);
  private static final Source FLAGS = Source.mesos("src/master/flags.hpp", "0.15.0");

  private static UpgradeStep.Builder restartMasters() {
    return UpgradeStep.builder()
        .id("0.14-0.15/restart-masters")
        .component(Component.MASTER)
        .action(StepAction.RESTART)
        .version(MesosVersion.of(0, 15, 0))
        .necessity(Necessity.REQUIRED)
        .source(GUIDE);
  }

  @Nested
  class Sources {
    @Test
    void citeTheGuideAndTheCode() {
      assertThat(GUIDE)
          .hasToString("upgrade guide, \"Upgrading from 0.14.0 to 0.15.0\", bullet 10");
      assertThat(GUIDE.url())
          .hasValue("https://github.com/apache/mesos/blob/0.15.0/docs/Upgrades.md");
      assertThat(GUIDE.kind()).isEqualTo(Source.Kind.GUIDE);
      assertThat(FLAGS).hasToString("apache/mesos src/master/flags.hpp at 0.15.0");
      assertThat(FLAGS.url())
          .hasValue("https://github.com/apache/mesos/blob/0.15.0/src/master/flags.hpp");
      assertThat(FLAGS.section()).isEmpty();
      assertThat(FLAGS.bullet()).isZero();
    }

    @Test
    void citeTheGuideAtALaterTag() {
      Source later = Source.guide("Upgrading from 1.7.x to 1.8.x", 1, "1.8.0");
      assertThat(later)
          .hasToString("upgrade guide at 1.8.0, \"Upgrading from 1.7.x to 1.8.x\", bullet 1");
      assertThat(later.url())
          .hasValue("https://github.com/apache/mesos/blob/1.8.0/docs/upgrades.md");
      assertThat(later.kind()).isEqualTo(Source.Kind.GUIDE);
      assertThat(later.bullet()).isEqualTo(1);
      assertThat(Source.guide("Upgrading from 0.14.0 to 0.15.0", 10, "0.15.0")).isEqualTo(GUIDE);
      assertThat(Source.guide("Upgrading from 0.15.x to 0.16.x", 2, "0.16.0").path())
          .isEqualTo("docs/upgrades.md");
    }

    @Test
    void rejectBadGuideCitationsAtATag() {
      assertThatThrownBy(() -> Source.guide("Upgrading", 1, "1.8"))
          .isInstanceOf(MalformedVersionException.class)
          .hasMessage(
              "\"1.8\" is not a Mesos version: expected major.minor.patch, three whole numbers"
                  + " such as 0.15.0");
      assertThatThrownBy(() -> Source.guide(" ", 1, "1.8.0"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source section must not be blank");
      assertThatThrownBy(() -> Source.guide("Upgrading", 0, "1.8.0"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("guide bullet must be 1 or more, got 0");
    }

    @Test
    void rejectBlankParts() {
      assertThatThrownBy(() -> Source.guide(" ", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source section must not be blank");
      assertThatThrownBy(() -> Source.guide("Upgrading", 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("guide bullet must be 1 or more, got 0");
      assertThatThrownBy(() -> Source.mesos("", "0.15.0"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source path must not be blank");
      assertThatThrownBy(() -> Source.mesos("src/master/flags.hpp", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source revision must not be blank");
    }

    @Test
    void citeAPageOfYourOwn() {
      Source page = Source.url("https://wiki.example.com/mesos/upgrade-0.15");
      assertThat(page.kind()).isEqualTo(Source.Kind.URL);
      assertThat(page).hasToString("https://wiki.example.com/mesos/upgrade-0.15");
      assertThat(page.url()).hasValue("https://wiki.example.com/mesos/upgrade-0.15");
      assertThat(page.path()).isEmpty();
      assertThat(page.revision()).isEmpty();
      assertThat(Source.url(URI.create("http://intranet/mesos?page=2#auth")))
          .hasToString("http://intranet/mesos?page=2#auth");
      assertThat(Source.url(URI.create("https://wiki.example.com/mesos/upgrade-0.15")))
          .isEqualTo(page);
    }

    @Test
    void citeADocumentAndLineOfYourOwn() {
      Source line = Source.document("runbooks/mesos-0.15.md", 42);
      assertThat(line.kind()).isEqualTo(Source.Kind.DOCUMENT);
      assertThat(line).hasToString("runbooks/mesos-0.15.md, line 42");
      assertThat(line.path()).isEqualTo("runbooks/mesos-0.15.md");
      assertThat(line.line()).isEqualTo(42);
      assertThat(line.url()).isEmpty();
      Source whole = Source.document("Ops handbook, chapter 7");
      assertThat(whole).hasToString("Ops handbook, chapter 7");
      assertThat(whole.line()).isZero();
      assertThat(whole.url()).isEmpty();
    }

    @Test
    void citeATicketWithOrWithoutItsLink() {
      Source linked = Source.ticket("JIRA", "OPS-1234", "https://jira.example.com/browse/OPS-1234");
      assertThat(linked.kind()).isEqualTo(Source.Kind.TICKET);
      assertThat(linked).hasToString("JIRA OPS-1234");
      assertThat(linked.system()).isEqualTo("JIRA");
      assertThat(linked.ticketId()).isEqualTo("OPS-1234");
      assertThat(linked.url()).hasValue("https://jira.example.com/browse/OPS-1234");
      Source bare = Source.ticket("ServiceNow", "CHG0042");
      assertThat(bare).hasToString("ServiceNow CHG0042");
      assertThat(bare.url()).isEmpty();
      assertThat(bare).isNotEqualTo(linked);
    }

    @Test
    void rejectLinksThatAreNotHttp() {
      String expected =
          " is not a link a source can cite: expected an absolute http or https URL with a"
              + " host, such as https://wiki.example.com/mesos/upgrade-0.15";
      assertThatThrownBy(() -> Source.url("ftp://files.example.com/runbook.txt"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"ftp://files.example.com/runbook.txt\"" + expected);
      assertThatThrownBy(() -> Source.url("wiki/mesos/upgrade"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"wiki/mesos/upgrade\"" + expected);
      assertThatThrownBy(() -> Source.url("https:///no-host"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"https:///no-host\"" + expected);
      assertThatThrownBy(() -> Source.url("https://wiki.example.com/a page"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"https://wiki.example.com/a page\"" + expected);
      assertThatThrownBy(() -> Source.url(URI.create("mailto:ops@example.com")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"mailto:ops@example.com\"" + expected);
      assertThatThrownBy(() -> Source.ticket("JIRA", "OPS-1", "jira/OPS-1\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("\"jira/OPS-1\\n\"" + expected);
    }

    @Test
    void rejectBadDocumentsAndTickets() {
      assertThatThrownBy(() -> Source.document("runbook.md", 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "document line must be 1 or more, got 0: count lines from 1, or cite the whole"
                  + " document with Source.document(path)");
      assertThatThrownBy(() -> Source.document(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source path must not be blank");
      assertThatThrownBy(() -> Source.document("run\tbook.md", 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "source path \"run\\tbook.md\" holds a control character: write it on one"
                  + " line, without tabs or line breaks");
      assertThatThrownBy(() -> Source.ticket("", "OPS-1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source system must not be blank");
      assertThatThrownBy(() -> Source.ticket("JIRA", "OPS-1\r\nOPS-2"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "source id \"OPS-1\\r\\nOPS-2\" holds a control character: write it on"
                  + " one line, without tabs or line breaks");
    }
  }

  @Nested
  class FlagChanges {
    @Test
    void renderForTheCommandLineAndTheEnvironment() {
      FlagChange set = FlagChange.set("authenticate", "true");
      assertThat(set.commandLine()).isEqualTo("--authenticate=true");
      assertThat(set.environmentVariable()).isEqualTo("MESOS_AUTHENTICATE=true");
      assertThat(set.isRemoval()).isFalse();
      assertThat(set.isPlaceholder()).isFalse();
      assertThat(set).hasToString("set --authenticate=true");
      FlagChange remove = FlagChange.remove("cgroups_hierarchy_root");
      assertThat(remove.commandLine()).isEqualTo("--cgroups_hierarchy_root");
      assertThat(remove.environmentVariable()).isEqualTo("MESOS_CGROUPS_HIERARCHY_ROOT");
      assertThat(remove.value()).isEmpty();
      assertThat(remove).hasToString("remove --cgroups_hierarchy_root");
      assertThat(FlagChange.set("credentials", "<path to credentials file>").isPlaceholder())
          .isTrue();
    }

    @Test
    void rejectBadNamesAndBlankValues() {
      assertThatThrownBy(() -> FlagChange.set("--authenticate", "true"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "\"--authenticate\" is not a flag name: expected lower-case letters, digits and"
                  + " underscores, without leading dashes, such as authenticate");
      assertThatThrownBy(() -> FlagChange.set("authenticate", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "flag authenticate needs a value: use FlagChange.remove(name) to take a flag away");
    }
  }

  @Nested
  class Steps {
    @Test
    void describeThemselves() {
      assertThat(restartMasters().build().describe()).isEqualTo("Restart every master on 0.15.0.");
      UpgradeStep step =
          restartMasters()
              .addFlagChanges(
                  FlagChange.set("authenticate", "true"),
                  FlagChange.set("credentials", "/etc/mesos/credentials"),
                  FlagChange.remove("conf"))
              .purpose("only authenticated frameworks may register")
              .build();
      assertThat(step.describe())
          .isEqualTo(
              "Restart every master on 0.15.0 with --authenticate=true,"
                  + " --credentials=/etc/mesos/credentials, after removing --conf: only"
                  + " authenticated frameworks may register.");
      assertThat(step.changesFlag("conf")).isTrue();
      assertThat(step.changesFlag("roles")).isFalse();
      assertThat(step).hasToString("0.14-0.15/restart-masters: " + step.describe());
      assertThat(restartMasters().addFlagChanges(FlagChange.remove("conf")).build().describe())
          .isEqualTo("Restart every master on 0.15.0 after removing --conf.");
    }

    @Test
    void sayHowBindingTheyAre() {
      UpgradeStep relink =
          UpgradeStep.builder()
              .id("0.14-0.15/relink-executors")
              .component(Component.EXECUTOR)
              .action(StepAction.RELINK)
              .version(MesosVersion.of(0, 15, 0))
              .necessity(Necessity.IF_NECESSARY)
              .source(GUIDE)
              .build();
      assertThat(relink.describe())
          .isEqualTo(
              "Relink the executors against the Mesos 0.15.0 native library and jar (if"
                  + " necessary).");
      UpgradeStep checkpoint =
          UpgradeStep.builder()
              .id("0.13-0.14/set-checkpoint")
              .component(Component.SCHEDULER)
              .action(StepAction.UPDATE_FRAMEWORK)
              .frameworkChange(FrameworkChange.SET_CHECKPOINT)
              .version(MesosVersion.of(0, 14, 0))
              .necessity(Necessity.RECOMMENDED)
              .source(GUIDE)
              .build();
      assertThat(checkpoint.describe())
          .isEqualTo("Change the schedulers to set FrameworkInfo.checkpoint = true (recommended).");
    }

    @Test
    void refuseImpossibleCombinations() {
      assertThatThrownBy(() -> restartMasters().build().withId("restart masters"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "step id \"restart masters\" is not of the form from-to/words, such as"
                  + " 0.14-0.15/install-masters");
      assertThatThrownBy(() -> restartMasters().build().withAction(StepAction.UPDATE_FRAMEWORK))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step 0.14-0.15/restart-masters: UPDATE_FRAMEWORK cannot be done to masters");
      assertThatThrownBy(
              () ->
                  restartMasters()
                      .addFlagChanges(FlagChange.set("authenticate", "true"))
                      .build()
                      .withComponent(Component.SCHEDULER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "step 0.14-0.15/restart-masters: only a restart of masters or slaves can change"
                  + " flags");
      assertThatThrownBy(
              () -> restartMasters().frameworkChange(FrameworkChange.SET_CHECKPOINT).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "step 0.14-0.15/restart-masters: a framework change is given exactly for"
                  + " UPDATE_FRAMEWORK steps");
      assertThatThrownBy(
              () ->
                  restartMasters()
                      .addFlagChanges(
                          FlagChange.set("authenticate", "true"), FlagChange.remove("authenticate"))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("step 0.14-0.15/restart-masters changes the same flag twice");
      assertThatThrownBy(() -> restartMasters().id("0.14-0.15/again"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Builder of UpgradeStep is strict, attribute is already set: id");
      assertThatThrownBy(() -> UpgradeStep.builder().id("0.14-0.15/x").build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "UpgradeStep needs component, action, version, necessity and source: call"
                  + " component(Component.MASTER), action(StepAction.RESTART),"
                  + " version(MesosVersion.parse(\"0.15.0\")), necessity(Necessity.REQUIRED) and"
                  + " source(Source.guide(...)) or another Source factory (mesos, url, document,"
                  + " ticket)");
    }
  }

  @Nested
  class NotesFlagsAndEndpoints {
    @Test
    void notesNeedTextAndASource() {
      Note note =
          Note.of(Note.Kind.GUIDE_NOTE, "The /vars endpoint has been removed.", GUIDE, FLAGS);
      assertThat(note)
          .hasToString(
              "The /vars endpoint has been removed. [upgrade guide, \"Upgrading from 0.14.0 to"
                  + " 0.15.0\", bullet 10; apache/mesos src/master/flags.hpp at 0.15.0]");
      assertThatThrownBy(() -> Note.of(Note.Kind.GUIDE_NOTE, "text"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("note \"text\" needs at least one source");
      assertThatThrownBy(() -> Note.of(Note.Kind.GUIDE_NOTE, " ", GUIDE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("note text must not be blank");
    }

    @Test
    void flagsAndEndpointsBelongToDaemons() {
      assertThatThrownBy(
              () ->
                  MesosFlag.builder()
                      .component(Component.SCHEDULER)
                      .name("checkpoint")
                      .type(FlagType.BOOLEAN)
                      .introducedIn(MesosVersion.of(0, 13, 0))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "flag checkpoint is given for the scheduler, but only masters and slaves take flags");
      assertThatThrownBy(
              () ->
                  MesosFlag.builder()
                      .component(Component.SLAVE)
                      .name("checkpoint")
                      .type(FlagType.BOOLEAN)
                      .introducedIn(MesosVersion.of(0, 13, 0))
                      .removedIn(MesosVersion.of(0, 13, 0))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "flag checkpoint is removed in 0.13.0, which is not after 0.13.0, the release it was introduced in");
      assertThatThrownBy(
              () ->
                  Endpoint.builder()
                      .component(Component.EXECUTOR)
                      .path("/vars")
                      .introducedIn(MesosVersion.of(0, 10, 0))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "endpoint /vars is given for the executor, but only masters and slaves serve endpoints");
      assertThatThrownBy(
              () ->
                  Endpoint.builder()
                      .component(Component.MASTER)
                      .path("vars")
                      .introducedIn(MesosVersion.of(0, 10, 0))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("endpoint path \"vars\" must start with /");
    }

    @Test
    void constraintsNeedTwoStepsAndAReason() {
      assertThatThrownBy(() -> OrderingConstraint.of("a/b", "a/b", "why", GUIDE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ordering constraint puts step a/b before itself");
      assertThatThrownBy(() -> OrderingConstraint.of("a/b", "a/c", "", GUIDE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ordering constraint a/b < a/c needs a reason");
      assertThat(OrderingConstraint.of("a/b", "a/c", "why", GUIDE)).hasToString("a/b < a/c");
    }
  }

  @Test
  void valuesAreEqualByTheirAttributes() {
    new EqualsTester()
        .addEqualityGroup(GUIDE, Source.guide("Upgrading from 0.14.0 to 0.15.0", 10))
        .addEqualityGroup(Source.guide("Upgrading from 0.14.0 to 0.15.0", 9))
        .addEqualityGroup(FLAGS, Source.mesos("src/master/flags.hpp", "0.15.0"))
        .addEqualityGroup(
            Source.url("https://wiki.example.com/a"), Source.url("https://wiki.example.com/a"))
        .addEqualityGroup(Source.document("runbook.md"), Source.document("runbook.md"))
        .addEqualityGroup(Source.document("runbook.md", 3), Source.document("runbook.md", 3))
        .addEqualityGroup(Source.ticket("JIRA", "OPS-1"), Source.ticket("JIRA", "OPS-1"))
        .addEqualityGroup(
            Source.ticket("JIRA", "OPS-1", "https://jira.example.com/browse/OPS-1"),
            Source.ticket("JIRA", "OPS-1", "https://jira.example.com/browse/OPS-1"))
        .addEqualityGroup(
            FlagChange.set("authenticate", "true"), FlagChange.set("authenticate", "true"))
        .addEqualityGroup(FlagChange.remove("authenticate"))
        .addEqualityGroup(
            Note.of(Note.Kind.GUIDE_NOTE, "x", GUIDE), Note.of(Note.Kind.GUIDE_NOTE, "x", GUIDE))
        .addEqualityGroup(Note.of(Note.Kind.GUIDE_CORRECTION, "x", GUIDE))
        .addEqualityGroup(restartMasters().build(), restartMasters().build())
        .addEqualityGroup(restartMasters().build().withNecessity(Necessity.RECOMMENDED))
        .addEqualityGroup(
            UpgradePlanner.plan("0.11.0", "0.12.0"), UpgradePlanner.plan("0.11.0", "0.12.0"))
        .addEqualityGroup(UpgradePlanner.plan("0.11.0", "0.12.1"))
        .testEquals();
  }

  @Test
  void publicMethodsRejectNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Source.class, GUIDE)
            .setDefault(MesosVersion.class, MesosVersion.of(0, 15, 0))
            .setDefault(ReleaseLine.class, ReleaseLine.of(0, 14))
            .setDefault(Component.class, Component.MASTER)
            .setDefault(UpgradeCatalog.class, UpgradeCatalog.builtIn())
            .setDefault(ClusterState.class, ClusterState.at(MesosVersion.of(0, 15, 0)))
            .setDefault(ClusterProfile.class, ClusterProfile.unknown());
    for (Class<?> type :
        new Class<?>[] {
          Source.class, Note.class, FlagChange.class, OrderingConstraint.class, Component.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(UpgradeCatalog.builtIn());
    tester.testAllPublicInstanceMethods(UpgradeCatalog.builtIn().flags().get(0));
    tester.testAllPublicInstanceMethods(UpgradeCatalog.builtIn().endpoints().get(0));
    tester.testAllPublicStaticMethods(PlanValidator.class);
    tester.testAllPublicInstanceMethods(UpgradePlanner.plan("0.11.0", "0.12.0"));
  }
}
