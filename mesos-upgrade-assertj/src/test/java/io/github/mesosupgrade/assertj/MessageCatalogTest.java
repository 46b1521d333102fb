package io.github.mesosupgrade.assertj;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.StepAction;
import io.github.mesosupgrade.ViolationCode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prints every failure headline and argument message of the assertions, so that their wording can
 * be reviewed in one place: {@code src/test/resources/messages.txt} holds one message a line
 * ({@code Class.method: text}), sorted by the class and method that raise it, and this test fails
 * with the lines that differ when a message changes. Each message is a static method ending in
 * {@code Message} beside the assertion that raises it, and a second test checks by reflection that
 * every such method is printed here.
 *
 * <p>After changing a message on purpose, regenerate the file and review its diff:
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl mesos-upgrade-core,mesos-upgrade-assertj test -Dtest=MessageCatalogTest \
 *     -Dmessages.regenerate=true
 * git diff mesos-upgrade-assertj/src/test/resources/messages.txt
 * }</pre>
 */
class MessageCatalogTest {
  private static final Path GOLDEN = Path.of("src/test/resources/messages.txt");
  private static final Path CLASSES = Path.of("target/classes/io/github/mesosupgrade/assertj");

  /** A value as a person might give it by mistake: a control character and a quote. */
  private static final String HOSTILE = "auth\u001b[31m\"x\"\nnext";

  private static final String ID = "0.14-0.15/install-masters";
  private static final String REF = "step 2 (" + ID + ")";
  private static final String OTHER_REF = "step 5 (0.14-0.15/restart-masters)";
  private static final String MATCHER = "restart masters";
  private static final String OTHER_MATCHER = "install masters";

  @Test
  void printsEveryMessageAsTheReviewFileHasIt() throws IOException {
    String actual = String.join("\n", lines()) + "\n";
    if (Boolean.getBoolean("messages.regenerate")) {
      Files.createDirectories(GOLDEN.getParent());
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
  void printsEveryMessageMethodOfTheAssertions() throws Exception {
    Set<String> printed = new TreeSet<>();
    for (String line : lines()) {
      printed.add(line.substring(0, line.indexOf(':')));
    }
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.list(CLASSES)) {
      for (Path file : files.collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("-")) {
          continue;
        }
        Class<?> type =
            Class.forName("io.github.mesosupgrade.assertj." + name.substring(0, name.length() - 6));
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isStatic(method.getModifiers())
              && !method.isSynthetic()
              && method.getReturnType() == String.class
              && method.getName().endsWith("Message")) {
            declared.add(type.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertThat(declared).hasSizeGreaterThan(20);
    assertThat(printed).containsExactlyElementsOf(declared);
  }

  /** Every message with representative arguments, sorted by class and method. */
  private static List<String> lines() {
    List<String[]> all = new ArrayList<>();
    Printer p = (type, method, message) -> all.add(new String[] {type, method, message});

    p.print("HopName", "invalidMessage", HopName.invalidMessage("inHop", HOSTILE));

    FlagChange set = FlagChange.set("authenticate", "true");
    p.print("PlanStepAssert", "flagChangesMessage", PlanStepAssert.flagChangesMessage(List.of()));
    p.print(
        "PlanStepAssert",
        "flagChangesMessage",
        PlanStepAssert.flagChangesMessage(List.of(set, FlagChange.remove("quiet"))));
    p.print("PlanStepAssert", "noPlanMessage", PlanStepAssert.noPlanMessage("isBefore(...)"));
    p.print(
        "PlanStepAssert",
        "orderGapMessage",
        PlanStepAssert.orderGapMessage(MATCHER, "right after", OTHER_MATCHER, 1, OTHER_REF, REF));
    p.print(
        "PlanStepAssert",
        "orderGapMessage",
        PlanStepAssert.orderGapMessage(MATCHER, "right after", OTHER_MATCHER, 3, OTHER_REF, REF));
    p.print(
        "PlanStepAssert",
        "orderMessage",
        PlanStepAssert.orderMessage(MATCHER, "before", OTHER_MATCHER, "after", OTHER_REF, REF));
    p.print(
        "PlanStepAssert",
        "orderSameMessage",
        PlanStepAssert.orderSameMessage(MATCHER, "before", OTHER_MATCHER, REF));
    p.print(
        "PlanStepAssert",
        "removesFlagMessage",
        PlanStepAssert.removesFlagMessage(REF, FlagChange.remove("quiet"), List.of(set)));
    p.print(
        "PlanStepAssert", "setsFlagMessage", PlanStepAssert.setsFlagMessage(REF, set, List.of()));

    p.print(
        "PlanSteps",
        "nullArgumentMessage",
        PlanSteps.nullArgumentMessage(
            "setsFlag(null, true)", "the flag name", PlanSteps.Wanted.FLAG_NAME));
    for (PlanSteps.Wanted wanted : PlanSteps.Wanted.values()) {
      p.print(
          "PlanSteps",
          "nullArgumentMessage",
          PlanSteps.nullArgumentMessage("method(null)", "the argument", wanted));
    }
    p.print(
        "PlanSteps",
        "nullElementMessage",
        PlanSteps.nullElementMessage("hasHops", "hops", 1, PlanSteps.Wanted.HOP));
    p.print("PlanSteps", "onlyOneNoneMessage", PlanSteps.onlyOneNoneMessage(MATCHER));
    p.print(
        "PlanSteps",
        "onlyOneSeveralMessage",
        PlanSteps.onlyOneSeveralMessage(MATCHER, 2, REF + ", " + OTHER_REF));

    p.print(
        "StepMatcher",
        "noFlagsMessage",
        StepMatcher.noFlagsMessage("install masters", "--" + HOSTILE));
    p.print(
        "StepMatchers",
        "neverMatchesMessage",
        StepMatchers.neverMatchesMessage(
            "relink", Component.MASTER, StepAction.RELINK, "executors and schedulers"));
    p.print("StepMatchers", "stepIdMessage", StepMatchers.stepIdMessage(HOSTILE));

    p.print("UpgradePlanAssert", "exactlyCountMessage", UpgradePlanAssert.exactlyCountMessage(1));
    p.print(
        "UpgradePlanAssert",
        "exactlyMessage",
        UpgradePlanAssert.exactlyMessage(
            2,
            MATCHER + ", " + OTHER_MATCHER,
            List.of(
                UpgradePlanAssert.exactlyCountMessage(3),
                UpgradePlanAssert.exactlyMismatchMessage(REF, MATCHER))));
    p.print(
        "UpgradePlanAssert",
        "exactlyMismatchMessage",
        UpgradePlanAssert.exactlyMismatchMessage(REF, MATCHER));
    p.print(
        "UpgradePlanAssert", "exactlyNoStepsMessage", UpgradePlanAssert.exactlyNoStepsMessage(4));
    p.print(
        "UpgradePlanAssert",
        "hopCountMessage",
        UpgradePlanAssert.hopCountMessage(1, List.of("0.14.0 -> 0.15.0", "0.15.0 -> 0.16.0")));
    p.print(
        "UpgradePlanAssert",
        "hopsMessage",
        UpgradePlanAssert.hopsMessage(
            List.of(HopName.parse("1.10-1.11").orElseThrow(AssertionError::new)),
            List.of("1.9.0 -> 1.10.0")));
    p.print(
        "UpgradePlanAssert",
        "inOrderNoneMessage",
        UpgradePlanAssert.inOrderNoneMessage(MATCHER + ", " + OTHER_MATCHER, OTHER_MATCHER));
    p.print(
        "UpgradePlanAssert",
        "inOrderTooEarlyMessage",
        UpgradePlanAssert.inOrderTooEarlyMessage(
            MATCHER + ", " + OTHER_MATCHER, OTHER_MATCHER, OTHER_REF, MATCHER, REF));
    p.print(
        "UpgradePlanAssert", "negativeCountMessage", UpgradePlanAssert.negativeCountMessage(-1));
    p.print(
        "UpgradePlanAssert",
        "noMatchersMessage",
        UpgradePlanAssert.noMatchersMessage("containsStepsInOrder"));
    p.print(
        "UpgradePlanAssert",
        "notContainMessage",
        UpgradePlanAssert.notContainMessage(MATCHER, 1, REF));

    p.print(
        "ValidationReportAssert",
        "hasViolationForStepMessage",
        ValidationReportAssert.hasViolationForStepMessage(ViolationCode.HOP_ORDER, HOSTILE));
    p.print(
        "ValidationReportAssert",
        "hasViolationMessage",
        ValidationReportAssert.hasViolationMessage(ViolationCode.FLAG_UNKNOWN));
    p.print(
        "ValidationReportAssert",
        "hasViolationOtherStepsMessage",
        ValidationReportAssert.hasViolationOtherStepsMessage(
            ViolationCode.HOP_ORDER, ID, List.of("0.15-0.16/install-masters")));
    p.print("ValidationReportAssert", "noCodesMessage", ValidationReportAssert.noCodesMessage());
    p.print(
        "ValidationReportAssert",
        "onlyViolationsMessage",
        ValidationReportAssert.onlyViolationsMessage(
            EnumSet.of(ViolationCode.HOP_ORDER),
            EnumSet.of(ViolationCode.FLAG_UNKNOWN),
            EnumSet.noneOf(ViolationCode.class)));
    p.print(
        "ValidationReportAssert",
        "onlyViolationsMessage",
        ValidationReportAssert.onlyViolationsMessage(
            EnumSet.of(ViolationCode.HOP_ORDER, ViolationCode.STEP_MISSING),
            EnumSet.of(ViolationCode.FLAG_UNKNOWN),
            EnumSet.of(ViolationCode.STEP_MISSING)));
    p.print("ValidationReportAssert", "validMessage", ValidationReportAssert.validMessage(1));

    return all.stream()
        .sorted(Comparator.comparing((String[] line) -> line[0]).thenComparing(line -> line[1]))
        .map(line -> line[0] + "." + line[1] + ": " + line[2].replace("\n", "\\n"))
        .collect(Collectors.toList());
  }

  /** Collects one message with the class and method that raise it. */
  @FunctionalInterface
  private interface Printer {
    void print(String type, String method, String message);
  }
}
