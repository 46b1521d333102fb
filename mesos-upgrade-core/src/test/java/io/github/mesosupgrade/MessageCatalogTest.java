package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prints every message the library raises, so that their wording can be reviewed in one place:
 * {@code src/test/resources/messages.txt} holds one message a line ({@code Class.method: text},
 * line breaks as {@code \n}), sorted by the class and method that raise it, and this test fails
 * with the lines that differ when a message changes. Each message is a static method named {@code
 * message} or ending in {@code Message} beside the code that detects the problem, and a second test
 * checks by reflection that every such method is printed here, so that no message skips review.
 *
 * <p>After changing a message on purpose, regenerate the file and review its diff:
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl mesos-upgrade-core test -Dtest=MessageCatalogTest -Dmessages.regenerate=true
 * git diff mesos-upgrade-core/src/test/resources/messages.txt
 * }</pre>
 */
class MessageCatalogTest {
  private static final Path GOLDEN = Path.of("src/test/resources/messages.txt");
  private static final Path CLASSES = Path.of("target/classes/io/github/mesosupgrade");

  /** A value as a file, a cluster or a person might give it: a control character and a quote. */
  private static final String HOSTILE = "auth\u001b[31m\"x\"\nnext";

  /** A value longer than a message shows. */
  private static final String LONG = "a".repeat(130);

  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();
  private static final MesosVersion V0140 = MesosVersion.of(0, 14, 0);
  private static final MesosVersion V0150 = MesosVersion.of(0, 15, 0);
  private static final MesosVersion V1000 = MesosVersion.of(1, 0, 0);
  private static final HopDefinition HOP =
      CATALOG.hopFrom(ReleaseLine.of(0, 14)).orElseThrow(AssertionError::new);
  private static final HopDefinition NEXT_HOP =
      CATALOG.hopFrom(ReleaseLine.of(0, 15)).orElseThrow(AssertionError::new);
  private static final UpgradeStep STEP = HOP.steps().get(0);
  private static final OrderingConstraint RULE = HOP.constraints().get(0);
  private static final MesosFlag FLAG =
      CATALOG.flag(MASTER, "authenticate", V0150).orElseThrow(AssertionError::new);
  private static final MesosFlag RENAMED =
      CATALOG.flags().stream()
          .filter(flag -> flag.renamedTo().isPresent())
          .findFirst()
          .orElseThrow(AssertionError::new);
  private static final MesosFlag REQUIRED =
      CATALOG.flags().stream()
          .filter(flag -> flag.requiredFrom().isPresent())
          .findFirst()
          .orElseThrow(AssertionError::new);
  private static final UnknownFlagHandling HANDLING = UnknownFlagHandling.stoutDefault();
  private static final Violation VIOLATION =
      Violation.of(ViolationCode.STEP_MISSING, PlanChecker.stepMissingMessage(STEP), STEP.id());
  private static final String ID = "0.14-0.15/install-masters";
  private static final String OTHER_ID = "0.14-0.15/restart-masters";
  private static final String WHO = "master 0.15.0";

  @Test
  void printsEveryMessageAsTheReviewFileHasIt() throws IOException {
    String actual = String.join("\n", lines()) + "\n";
    if (Boolean.getBoolean("messages.regenerate")) {
      Files.writeString(GOLDEN, actual, UTF_8);
      return;
    }
    List<String> expected = Files.readAllLines(GOLDEN, UTF_8);
    List<String> now = List.of(actual.split("\n"));
    List<String> diff = new ArrayList<>();
    expected.stream().filter(line -> !now.contains(line)).forEach(line -> diff.add("- " + line));
    now.stream().filter(line -> !expected.contains(line)).forEach(line -> diff.add("+ " + line));
    if (!diff.isEmpty() || !expected.equals(now)) {
      fail(
          "The messages differ from "
              + GOLDEN
              + " (- in the file, + now); review the change and regenerate the file with"
              + " -Dmessages.regenerate=true:\n"
              + (diff.isEmpty() ? "(the same lines in another order)" : String.join("\n", diff)));
    }
  }

  @Test
  void printsEveryMessageMethodOfTheLibrary() throws Exception {
    Set<String> printed = new TreeSet<>();
    for (String line : lines()) {
      printed.add(line.substring(0, line.indexOf(':')));
    }
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.list(CLASSES)) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.startsWith("Immutable") || name.contains("-")) {
          continue;
        }
        Class<?> type =
            Class.forName("io.github.mesosupgrade." + name.substring(0, name.length() - 6));
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isStatic(method.getModifiers())
              && !method.isSynthetic()
              && method.getReturnType() == String.class
              && (method.getName().equals("message") || method.getName().endsWith("Message"))) {
            declared.add(type.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertThat(declared).hasSizeGreaterThan(100);
    assertThat(printed).containsExactlyElementsOf(declared);
  }

  /** Every message with representative arguments, sorted by class and method. */
  private static List<String> lines() {
    List<String[]> all = new ArrayList<>();
    Printer p = (type, method, message) -> all.add(new String[] {type, method, message});

    p.print(
        "CatalogChecks",
        "constraintContradictsMessage",
        CatalogChecks.constraintContradictsMessage(HOP, RULE));
    p.print(
        "CatalogChecks",
        "constraintCycleMessage",
        CatalogChecks.constraintCycleMessage(HOP, List.of(ID, OTHER_ID, ID)));
    p.print(
        "CatalogChecks",
        "constraintUnknownStepMessage",
        CatalogChecks.constraintUnknownStepMessage(HOP, RULE, HOSTILE));
    p.print(
        "CatalogChecks",
        "endpointOverlapMessage",
        CatalogChecks.endpointOverlapMessage(CATALOG.endpoints().get(0)));
    p.print(
        "CatalogChecks",
        "flagAliasClashMessage",
        CatalogChecks.flagAliasClashMessage(FLAG, "authenticate_frameworks", V0150, FLAG));
    p.print("CatalogChecks", "flagOverlapMessage", CatalogChecks.flagOverlapMessage(FLAG));
    p.print(
        "CatalogChecks",
        "flagRemovedUnknownMessage",
        CatalogChecks.flagRemovedUnknownMessage(HOP, STEP, HOSTILE));
    p.print(
        "CatalogChecks",
        "flagRenameMissingMessage",
        CatalogChecks.flagRenameMissingMessage(FLAG, "authenticate_frameworks", V0150));
    p.print(
        "CatalogChecks",
        "flagRenamedFromUnknownMessage",
        CatalogChecks.flagRenamedFromUnknownMessage(FLAG, "authenticate_old"));
    p.print(
        "CatalogChecks",
        "flagSetUnacceptedMessage",
        CatalogChecks.flagSetUnacceptedMessage(HOP, STEP, "authenticate", V0140));
    p.print("CatalogChecks", "hopBackwardsMessage", CatalogChecks.hopBackwardsMessage(HOP));
    p.print("CatalogChecks", "hopDuplicateMessage", CatalogChecks.hopDuplicateMessage(HOP, HOP));
    p.print("CatalogChecks", "hopEmptyMessage", CatalogChecks.hopEmptyMessage(HOP));
    p.print("CatalogChecks", "hopGapMessage", CatalogChecks.hopGapMessage(NEXT_HOP, HOP));
    p.print(
        "CatalogChecks",
        "hopNotNextLineMessage",
        CatalogChecks.hopNotNextLineMessage(HOP, "0.15, 0.16"));
    p.print(
        "CatalogChecks",
        "lineUnreleasedMessage",
        CatalogChecks.lineUnreleasedMessage(HOP, ReleaseLine.of(0, 15)));
    p.print("CatalogChecks", "noHopsMessage", CatalogChecks.noHopsMessage());
    p.print(
        "CatalogChecks",
        "selfCheckMessage",
        CatalogChecks.selfCheckMessage(V0140, V0150, VIOLATION));
    p.print("CatalogChecks", "stepDuplicateMessage", CatalogChecks.stepDuplicateMessage(ID));
    p.print("CatalogChecks", "stepPrefixMessage", CatalogChecks.stepPrefixMessage(HOP, HOSTILE));
    p.print(
        "CatalogChecks", "stepVersionMessage", CatalogChecks.stepVersionMessage(NEXT_HOP, STEP));

    p.print(
        "ClusterModel",
        "endStateMessage",
        ClusterModel.endStateMessage(SLAVE, V0140, V0140, V1000));
    p.print(
        "ClusterModel",
        "flagRequiredMessage",
        ClusterModel.flagRequiredMessage(ID, V1000, MASTER, V1000, REQUIRED));
    p.print(
        "ClusterModel",
        "frameworkApiMissingMessage",
        ClusterModel.frameworkApiMissingMessage(
            ID, SCHEDULER, FrameworkChange.SET_CHECKPOINT, MesosVersion.of(0, 12, 0)));
    p.print(
        "ClusterModel",
        "notInstalledMessage",
        ClusterModel.notInstalledMessage(ID, MASTER, V0150, V0140));

    MesosVersion v0210 = MesosVersion.of(0, 21, 0);
    MesosVersion v0220 = MesosVersion.of(0, 22, 0);
    MesosVersion v0240 = MesosVersion.of(0, 24, 0);
    p.print(
        "ClusterRule",
        "authenticationWithoutCredentialsMessage",
        ClusterRule.authenticationWithoutCredentialsMessage(ID, "authenticate", "credentials"));
    p.print(
        "ClusterRule",
        "authenticationWithoutCredentialsRefusalMessage",
        ClusterRule.authenticationWithoutCredentialsRefusalMessage(
            V0150, "authenticate", "credentials"));
    p.print(
        "ClusterRule",
        "checkpointBeforeSlavesMessage",
        ClusterRule.checkpointBeforeSlavesMessage(ID, "checkpoint"));
    p.print(
        "ClusterRule",
        "checkpointBeforeSlavesRefusalMessage",
        ClusterRule.checkpointBeforeSlavesRefusalMessage(V0140, "checkpoint"));
    p.print(
        "ClusterRule",
        "credentialRefusedMessage",
        ClusterRule.credentialRefusedMessage(ID, true, V0150, "credentials"));
    p.print(
        "ClusterRule",
        "credentialRefusedMessage",
        ClusterRule.credentialRefusedMessage(ID, false, V0140, "credentials"));
    p.print(
        "ClusterRule",
        "credentialRefusedRefusalMessage",
        ClusterRule.credentialRefusedRefusalMessage(V0150, true, V0150, V0150, "credentials"));
    p.print(
        "ClusterRule",
        "credentialRefusedRefusalMessage",
        ClusterRule.credentialRefusedRefusalMessage(V0150, false, V0140, V0150, "credentials"));
    p.print("ClusterRule", "lockedOutMessage", ClusterRule.lockedOutMessage(ID));
    p.print(
        "ClusterRule",
        "lockedOutRefusalMessage",
        ClusterRule.lockedOutRefusalMessage(V0150, "authenticate", V0140));
    p.print(
        "ClusterRule",
        "lockedOutUnknownRefusalMessage",
        ClusterRule.lockedOutUnknownRefusalMessage(V0150, "authenticate"));
    p.print("ClusterRule", "oldMastersMessage", ClusterRule.oldMastersMessage(V0140));
    p.print(
        "ClusterRule",
        "schedulerLibraryTooOldMessage",
        ClusterRule.schedulerLibraryTooOldMessage(ID, v0240, v0210, v0220, v0240));
    p.print(
        "ClusterRule",
        "schedulerLibraryTooOldRefusalMessage",
        ClusterRule.schedulerLibraryTooOldRefusalMessage(v0240, v0210, v0220));
    p.print(
        "ClusterRule",
        "slavesIgnoredMessage",
        ClusterRule.slavesIgnoredMessage(
            ID,
            V1000,
            MesosVersion.of(0, 27, 0),
            V1000,
            MesosVersion.of(0, 28, 0),
            MesosVersion.of(0, 28, 2)));
    p.print(
        "ClusterRule",
        "slavesIgnoredRefusalMessage",
        ClusterRule.slavesIgnoredRefusalMessage(
            V1000, MesosVersion.of(0, 27, 0), V1000, MesosVersion.of(0, 28, 0)));
    p.print(
        "ClusterRule",
        "versionSkewMessage",
        ClusterRule.versionSkewMessage(ID, V0150, MesosVersion.of(0, 13, 0), V1000));
    p.print(
        "ClusterRule",
        "versionSkewRefusalMessage",
        ClusterRule.versionSkewRefusalMessage(V0150, MesosVersion.of(0, 13, 0), V1000));

    p.print("ClusterState", "noDaemonsMessage", ClusterState.noDaemonsMessage(SLAVE));
    p.print("ClusterState", "notADaemonMessage", ClusterState.notADaemonMessage(EXECUTOR));
    p.print("ClusterState", "notAFrameworkMessage", ClusterState.notAFrameworkMessage(MASTER));

    p.print("Component", "noBinaryMessage", Component.noBinaryMessage(SCHEDULER));
    p.print("Component", "unknownMessage", Component.unknownMessage(HOSTILE));
    p.print("Component", "unknownMessage", Component.unknownMessage(LONG));

    p.print(
        "ConfigLinter",
        "defaultChangedMessage",
        ConfigLinter.defaultChangedMessage(
            "registry", "in_memory", V0150, "replicated_log", V1000));
    p.print("ConfigLinter", "twoConfigsMessage", ConfigLinter.twoConfigsMessage(SLAVE));
    p.print(
        "ConfigLinter",
        "versionOutOfRangeMessage",
        ConfigLinter.versionOutOfRangeMessage(V0140, V1000, MesosVersion.of(0, 14, 9), false));
    p.print(
        "ConfigLinter",
        "versionOutOfRangeMessage",
        ConfigLinter.versionOutOfRangeMessage(V0150, V1000, V0140, true));

    p.print("DaemonConfig", "notADaemonMessage", DaemonConfig.notADaemonMessage(SCHEDULER));
    p.print(
        "DaemonState",
        "runningAfterInstalledMessage",
        DaemonState.runningAfterInstalledMessage(V0150, V0140));
    p.print("Endpoint", "notOnDaemonMessage", Endpoint.notOnDaemonMessage(HOSTILE, EXECUTOR));
    p.print("Endpoint", "pathMessage", Endpoint.pathMessage(HOSTILE));
    p.print("FlagChange", "valueBlankMessage", FlagChange.valueBlankMessage("zk"));

    Optional<MesosFlag> noSpelling = Optional.empty();
    p.print(
        "FlagRule",
        "goneMessage",
        FlagRule.goneMessage(ID, SLAVE, V1000, HOSTILE, RENAMED, HANDLING));
    p.print(
        "FlagRule",
        "goneRefusalMessage",
        FlagRule.goneRefusalMessage(SLAVE, V1000, HOSTILE, RENAMED));
    p.print(
        "FlagRule",
        "notYetMessage",
        FlagRule.notYetMessage(ID, MASTER, V0140, "authenticate", V0150, HANDLING));
    p.print(
        "FlagRule",
        "notYetRefusalMessage",
        FlagRule.notYetRefusalMessage(MASTER, V0140, "authenticate", V0150));
    p.print(
        "FlagRule",
        "unknownMessage",
        FlagRule.unknownMessage(ID, MASTER, V0150, "authenticat", Optional.of(FLAG), HANDLING));
    p.print(
        "FlagRule",
        "unknownMessage",
        FlagRule.unknownMessage(
            ID,
            MASTER,
            V1000,
            HOSTILE,
            noSpelling,
            UnknownFlagHandling.of(
                UnknownFlagHandling.Behaviour.IGNORED,
                UnknownFlagHandling.Behaviour.FATAL,
                Source.mesos("3rdparty/stout/include/stout/flags/flags.hpp", "1.0.0"))));
    p.print(
        "FlagRule",
        "unknownRefusalMessage",
        FlagRule.unknownRefusalMessage(MASTER, V0150, HOSTILE, noSpelling, HANDLING));

    p.print(
        "FrameworkState",
        "changeRunningNotMadeMessage",
        FrameworkState.changeRunningNotMadeMessage(
            Set.of(FrameworkChange.SET_CHECKPOINT), Set.of()));
    p.print(
        "FrameworkState",
        "runningAfterLinkedMessage",
        FrameworkState.runningAfterLinkedMessage(V0150, V0140));

    p.print(
        "HopPlanner", "mergeMismatchMessage", HopPlanner.mergeMismatchMessage(ID, HOSTILE, HOP));
    p.print("HopPlanner", "mergeOrderMessage", HopPlanner.mergeOrderMessage(HOP, ID, OTHER_ID));
    p.print(
        "HopPlanner",
        "neverReleasedInLineMessage",
        HopPlanner.neverReleasedInLineMessage("to", MesosVersion.of(0, 15, 9), "0.15.0, 0.15.1"));
    p.print(
        "HopPlanner",
        "neverReleasedMessage",
        HopPlanner.neverReleasedMessage("from", MesosVersion.of(0, 99, 0), "0.11.0", "1.11.0"));
    p.print(
        "HopPlanner",
        "outOfRangeMessage",
        HopPlanner.outOfRangeMessage("from", MesosVersion.of(0, 10, 0), "0.11.0", "1.11.0"));

    p.print(
        "InvalidCatalogException",
        "message",
        InvalidCatalogException.message(
            List.of(CatalogChecks.noHopsMessage(), CatalogChecks.stepDuplicateMessage(ID))));

    Source source = Source.mesos("src/master/flags.cpp", "1.0.0");
    p.print(
        "Lint",
        "authenticateWithoutCredentialsMessage",
        Lint.authenticateWithoutCredentialsMessage("--authenticate", WHO));
    p.print("Lint", "credentialsBlankMessage", Lint.credentialsBlankMessage(WHO));
    p.print(
        "Lint", "credentialsCarriageReturnMessage", Lint.credentialsCarriageReturnMessage(2, WHO));
    p.print(
        "Lint",
        "credentialsEmptyFatalMessage",
        Lint.credentialsEmptyFatalMessage(WHO, "{\"credentials\": [...]}"));
    p.print("Lint", "credentialsEmptyMessage", Lint.credentialsEmptyMessage(WHO));
    p.print("Lint", "credentialsLineMessage", Lint.credentialsLineMessage(3, 1, true, WHO, 2));
    p.print(
        "Lint",
        "credentialsNotJsonMessage",
        Lint.credentialsNotJsonMessage("credential", "agent 1.0.0", V1000, "{\"principal\": ...}"));
    p.print(
        "Lint", "duplicateMessage", Lint.duplicateMessage("--no-quiet", "quiet", WHO, "no-quiet"));
    p.print(
        "Lint",
        "invalidBooleanMessage",
        Lint.invalidBooleanMessage("--quiet=" + HOSTILE, "quiet", HOSTILE, WHO));
    p.print(
        "Lint",
        "invalidTypedValueMessage",
        Lint.invalidTypedValueMessage(
            "--port=" + LONG,
            "port",
            LONG,
            FlagType.NUMBER,
            new ValueSyntax.Refusal("a decimal number", "5050", source),
            WHO));
    p.print("Lint", "missingValueMessage", Lint.missingValueMessage("--zk", "zk", WHO));
    p.print(
        "Lint",
        "misspelledCommandLineMessage",
        Lint.misspelledCommandLineMessage(
            "--authenticate_slaves", "authenticate_slaves", WHO, "authenticate_agents", "true"));
    p.print(
        "Lint",
        "misspelledVariableFatalMessage",
        Lint.misspelledVariableFatalMessage(
            "MESOS_AUTHENTICATE_SLAVES=true",
            "authenticate_slaves",
            WHO,
            "authenticate_agents",
            "true"));
    p.print(
        "Lint",
        "misspelledVariableMessage",
        Lint.misspelledVariableMessage(
            "MESOS_AUTHENTICATE_SLAVES=true",
            "authenticate_slaves",
            WHO,
            "authenticate_agents",
            Optional.of("false"),
            "true"));
    p.print(
        "Lint", "negatedNonBooleanMessage", Lint.negatedNonBooleanMessage("--no-zk", "zk", WHO));
    p.print(
        "Lint",
        "negatedWithValueMessage",
        Lint.negatedWithValueMessage("--no-quiet=1", "quiet", WHO));
    p.print("Lint", "notAFlagMessage", Lint.notAFlagMessage(HOSTILE, WHO));
    p.print(
        "Lint",
        "notYetCommandLineMessage",
        Lint.notYetCommandLineMessage(
            "--authenticate", "master 0.14.0", "authenticate", MASTER, V0150));
    p.print(
        "Lint",
        "notYetIgnoredMessage",
        Lint.notYetIgnoredMessage(
            "MESOS_AUTHENTICATE=true", "master 0.14.0", "authenticate", V0150));
    p.print("Lint", "otherComponentHintMessage", Lint.otherComponentHintMessage("agent"));
    p.print(
        "Lint",
        "removedCommandLineMessage",
        Lint.removedCommandLineMessage("--conf=/etc/mesos", WHO, "conf", V0150, true, true));
    p.print(
        "Lint",
        "removedIgnoredMessage",
        Lint.removedIgnoredMessage("MESOS_OLD=1", WHO, "old", V0150, false, false));
    p.print(
        "Lint",
        "removedIgnoredMessage",
        Lint.removedIgnoredMessage("--old=1", WHO, "old", V0150, false, true));
    p.print(
        "Lint",
        "renamedCommandLineMessage",
        Lint.renamedCommandLineMessage(
            "--cgroups_hierarchy_root=/cgroup",
            "slave 0.15.0",
            "cgroups_hierarchy_root",
            V0150,
            "cgroups_hierarchy",
            "slave",
            "/cgroup",
            Optional.of("/cgroup"),
            Optional.of("/sys/fs/cgroup")));
    p.print(
        "Lint",
        "renamedIgnoredMessage",
        Lint.renamedIgnoredMessage(
            "MESOS_CGROUPS_HIERARCHY_ROOT=/cgroup",
            "slave 0.15.0",
            "cgroups_hierarchy_root",
            V0150,
            "cgroups_hierarchy",
            "/cgroup",
            Optional.empty()));
    p.print(
        "Lint",
        "renamedVariableFatalMessage",
        Lint.renamedVariableFatalMessage(
            "MESOS_CGROUPS_HIERARCHY_ROOT=/cgroup",
            "agent 1.0.0",
            "cgroups_hierarchy_root",
            V0150,
            "cgroups_hierarchy",
            "agent",
            "/cgroup",
            Optional.empty(),
            Optional.of("/sys/fs/cgroup")));
    p.print(
        "Lint",
        "unknownFlagIgnoredMessage",
        Lint.unknownFlagIgnoredMessage("--frobnicate", "master 0.14.0", "frobnicate", ""));
    p.print(
        "Lint",
        "unknownFlagMessage",
        Lint.unknownFlagMessage("--checkpoint", WHO, "checkpoint", " (it is a slave flag)"));
    p.print(
        "Lint",
        "unknownFlagOldMessage",
        Lint.unknownFlagOldMessage(
            "--frobnicate", "master 0.14.0", "frobnicate", "", MASTER, MesosVersion.of(0, 19, 0)));
    p.print(
        "Lint",
        "unknownVariableFatalMessage",
        Lint.unknownVariableFatalMessage("MESOS_FROBNICATE=1", WHO, "frobnicate", ""));
    p.print(
        "Lint",
        "unknownVariableMessage",
        Lint.unknownVariableMessage("MESOS_FROBNICATE=1", WHO, "frobnicate", ""));

    p.print("MalformedVersionException", "message", MalformedVersionException.message(HOSTILE));
    p.print(
        "MalformedVersionException", "message", MalformedVersionException.message("from", "1.x"));

    p.print(
        "MesosFlag",
        "aliasOutsideMessage",
        MesosFlag.aliasOutsideMessage(FLAG, "authenticate_frameworks", V0140));
    p.print("MesosFlag", "aliasOwnNameMessage", MesosFlag.aliasOwnNameMessage("authenticate"));
    p.print("MesosFlag", "invalidNameMessage", MesosFlag.invalidNameMessage("--" + HOSTILE));
    p.print(
        "MesosFlag", "notOnDaemonMessage", MesosFlag.notOnDaemonMessage("authenticate", SCHEDULER));
    p.print(
        "MesosFlag",
        "removedBeforeIntroducedMessage",
        MesosFlag.removedBeforeIntroducedMessage("authenticate", V0140, V0150));
    p.print("MesosFlag", "requiredOutsideMessage", MesosFlag.requiredOutsideMessage(FLAG, V0140));
    p.print("MesosVersion", "negativePartsMessage", MesosVersion.negativePartsMessage(1, -1, 0));

    p.print("Note", "blankMessage", Note.blankMessage());
    p.print("Note", "noSourceMessage", Note.noSourceMessage(HOSTILE));
    p.print(
        "OrderingConstraint",
        "reasonBlankMessage",
        OrderingConstraint.reasonBlankMessage(ID, OTHER_ID));
    p.print("OrderingConstraint", "selfMessage", OrderingConstraint.selfMessage(HOSTILE));

    String label = PlanChecker.stepLabelMessage("my-" + HOSTILE, 3, ID);
    p.print("PlanChecker", "duplicateStepMessage", PlanChecker.duplicateStepMessage(ID, 2));
    p.print(
        "PlanChecker",
        "hopOrderMessage",
        PlanChecker.hopOrderMessage(label, planHop(1), ID, planHop(0)));
    p.print(
        "PlanChecker",
        "orderingRuleMessage",
        PlanChecker.orderingRuleMessage(label, OTHER_ID, RULE, RULE.before()));
    p.print("PlanChecker", "stepAlreadyDoneMessage", PlanChecker.stepAlreadyDoneMessage(label));
    p.print("PlanChecker", "stepLabelMessage", PlanChecker.stepLabelMessage(ID, 1, ID));
    p.print("PlanChecker", "stepLabelMessage", label);
    p.print("PlanChecker", "stepMissingMessage", PlanChecker.stepMissingMessage(STEP));
    p.print(
        "PlanChecker", "unknownStepMessage", PlanChecker.unknownStepMessage(HOSTILE, V0140, V0150));

    p.print("ProfileResolver", "authFlagNoMessage", ProfileResolver.authFlagNoMessage());
    p.print("ProfileResolver", "authFlagYesMessage", ProfileResolver.authFlagYesMessage());
    p.print(
        "ProfileResolver",
        "authenticationUnknownMessage",
        ProfileResolver.authenticationUnknownMessage());
    p.print("ProfileResolver", "cgroupsNoMessage", ProfileResolver.cgroupsNoMessage());
    p.print("ProfileResolver", "cgroupsStepNoMessage", ProfileResolver.cgroupsStepNoMessage());
    p.print(
        "ProfileResolver",
        "cgroupsStepUnknownMessage",
        ProfileResolver.cgroupsStepUnknownMessage());
    p.print("ProfileResolver", "cgroupsStepYesMessage", ProfileResolver.cgroupsStepYesMessage());
    p.print(
        "ProfileResolver",
        "cgroupsUnknownMessage",
        ProfileResolver.cgroupsUnknownMessage(
            "cgroups_hierarchy", "/cgroup", "cgroups_hierarchy_root"));
    p.print(
        "ProfileResolver",
        "cgroupsYesMessage",
        ProfileResolver.cgroupsYesMessage(
            "cgroups_hierarchy_root", "cgroups_hierarchy", "/sys/fs/cgroup", HOSTILE));
    p.print(
        "ProfileResolver",
        "checkpointDefaultNoMessage",
        ProfileResolver.checkpointDefaultNoMessage(V1000));
    p.print(
        "ProfileResolver",
        "checkpointDefaultUnknownMessage",
        ProfileResolver.checkpointDefaultUnknownMessage(V1000));
    p.print(
        "ProfileResolver",
        "checkpointDefaultYesMessage",
        ProfileResolver.checkpointDefaultYesMessage(V1000));
    p.print(
        "ProfileResolver", "checkpointFlagNoMessage", ProfileResolver.checkpointFlagNoMessage());
    p.print(
        "ProfileResolver",
        "checkpointFlagUnknownMessage",
        ProfileResolver.checkpointFlagUnknownMessage());
    p.print(
        "ProfileResolver", "checkpointFlagYesMessage", ProfileResolver.checkpointFlagYesMessage());
    p.print("ProfileResolver", "credentialNoMessage", ProfileResolver.credentialNoMessage());
    p.print("ProfileResolver", "credentialYesMessage", ProfileResolver.credentialYesMessage());
    p.print("ProfileResolver", "relinkNoMessage", ProfileResolver.relinkNoMessage());
    p.print(
        "ProfileResolver", "relinkUnknownMessage", ProfileResolver.relinkUnknownMessage(SCHEDULER));
    p.print(
        "ProfileResolver", "relinkYesMessage", ProfileResolver.relinkYesMessage(EXECUTOR, V0150));
    p.print(
        "ProfileResolver",
        "restartOnlyForFlagsMessage",
        ProfileResolver.restartOnlyForFlagsMessage(SLAVE, V1000));
    p.print("ProfileResolver", "setCheckpointNoMessage", ProfileResolver.setCheckpointNoMessage());
    p.print(
        "ProfileResolver",
        "setCheckpointUnknownMessage",
        ProfileResolver.setCheckpointUnknownMessage());
    p.print(
        "ProfileResolver", "setCheckpointYesMessage", ProfileResolver.setCheckpointYesMessage());

    p.print("ReleaseLine", "negativePartsMessage", ReleaseLine.negativePartsMessage(-1, 0));
    p.print(
        "Resume",
        "notOnPlanMessage",
        Resume.notOnPlanMessage(
            V0150, V0140, Optional.empty(), MASTER, "running 0.14.0", "[running 0.15.0]"));
    p.print(
        "Resume",
        "notOnPlanMessage",
        Resume.notOnPlanMessage(
            V0150,
            V0140,
            Optional.of(ID),
            SLAVE,
            "running 0.14.0",
            "[running 0.14.0, --zk=" + HOSTILE + "]"));
    p.print("Source", "blankMessage", Source.blankMessage("section"));
    p.print("Source", "bulletMessage", Source.bulletMessage(0));

    p.print("StateChecks", "downgradeMessage", StateChecks.downgradeMessage(V0140, SLAVE, V0150));
    p.print(
        "StateChecks",
        "frameworkApiMissingMessage",
        StateChecks.frameworkApiMissingMessage(FrameworkChange.SET_CHECKPOINT, V0140));
    p.print(
        "StateChecks",
        "versionOutOfRangeMessage",
        StateChecks.versionOutOfRangeMessage(
            "masters run 0.10.0", MesosVersion.of(0, 11, 0), V1000));
    p.print(
        "StateChecks",
        "versionUnknownInLineMessage",
        StateChecks.versionUnknownInLineMessage(
            "masters run 0.15.9", ReleaseLine.of(0, 15), "0.15.0, 0.15.1"));
    p.print(
        "StateChecks",
        "versionUnknownMessage",
        StateChecks.versionUnknownMessage("masters run 0.99.0", MesosVersion.of(0, 11, 0), V1000));

    p.print(
        "UnknownFlagHandling", "noSourceMessage", UnknownFlagHandling.noSourceMessage(HANDLING));
    p.print(
        "UnknownFlagHandling",
        "notADaemonMessage",
        UnknownFlagHandling.notADaemonMessage(EXECUTOR));
    p.print("UpgradePlan", "downgradeMessage", UpgradePlan.downgradeMessage(V0150, V0140));
    p.print("UpgradePlan", "hopGapMessage", UpgradePlan.hopGapMessage(0, planHop(1), V0140));
    p.print("UpgradePlan", "hopGapMessage", UpgradePlan.hopGapMessage(1, planHop(0), V0150));
    p.print(
        "UpgradePlan",
        "hopsEndMessage",
        UpgradePlan.hopsEndMessage(V0140, MesosVersion.of(0, 16, 0), V0140, true));
    p.print(
        "UpgradePlan",
        "hopsEndMessage",
        UpgradePlan.hopsEndMessage(V0140, MesosVersion.of(0, 16, 0), V0150, false));
    p.print(
        "UpgradePlanner", "planFailsMessage", UpgradePlanner.planFailsMessage(V1000, VIOLATION));

    p.print(
        "UpgradeStep",
        "actionNotApplicableMessage",
        UpgradeStep.actionNotApplicableMessage(ID, StepAction.RELINK, MASTER));
    p.print("UpgradeStep", "flagTwiceMessage", UpgradeStep.flagTwiceMessage(ID));
    p.print("UpgradeStep", "flagsNotApplicableMessage", UpgradeStep.flagsNotApplicableMessage(ID));
    p.print("UpgradeStep", "frameworkChangeMessage", UpgradeStep.frameworkChangeMessage(ID));
    p.print("UpgradeStep", "idInvalidMessage", UpgradeStep.idInvalidMessage(HOSTILE));

    return all.stream()
        .sorted(Comparator.comparing((String[] line) -> line[0]).thenComparing(line -> line[1]))
        .map(
            line ->
                line[0] + "." + line[1] + ": " + line[2].replace("\r", "\\r").replace("\n", "\\n"))
        .collect(Collectors.toList());
  }

  private static UpgradeHop planHop(int index) {
    return UpgradePlanner.plan(V0140, MesosVersion.of(0, 16, 0)).hops().get(index);
  }

  /** Collects one message with the class and method that raise it. */
  @FunctionalInterface
  private interface Printer {
    void print(String type, String method, String message);
  }
}
