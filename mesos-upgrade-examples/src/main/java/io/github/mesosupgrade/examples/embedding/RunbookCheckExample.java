package io.github.mesosupgrade.examples.embedding;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.Necessity.IF_NECESSARY;
import static io.github.mesosupgrade.Necessity.REQUIRED;
import static io.github.mesosupgrade.StepAction.INSTALL_BINARIES;
import static io.github.mesosupgrade.StepAction.RELINK;
import static io.github.mesosupgrade.StepAction.RESTART;
import static io.github.mesosupgrade.StepAction.UPDATE_FRAMEWORK;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.Necessity;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.StepAction;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.ValidationReport;
import java.io.PrintStream;
import java.util.List;

/**
 * Checks a runbook written by hand from the upgrade guide's 0.14.0 to 0.15.0 section. The guide
 * says to enforce authentication with {@code --authentication=true}, a flag no Mesos release has;
 * the validator catches it as {@code FLAG_UNKNOWN}, and the same runbook with the real flag, {@code
 * --authenticate=true}, passes.
 *
 * <p>The runbook uses the library's step ids (as {@code mesos-upgrade plan 0.14.0 0.15.0 --format
 * json} lists them), so that the validator can match its steps to the hop's rules.
 */
public final class RunbookCheckExample {
  private static final MesosVersion FROM = MesosVersion.of(0, 14, 0);
  private static final MesosVersion TO = MesosVersion.of(0, 15, 0);
  private static final String SECTION = "Upgrading from 0.14.0 to 0.15.0";

  private RunbookCheckExample() {}

  /**
   * Validates the runbook as the guide writes it, then with the real flag, and prints both reports.
   */
  public static void main(String[] args) {
    check(System.out);
  }

  static void check(PrintStream out) {
    List<UpgradeStep> asTheGuideSays = runbook("authentication");
    ValidationReport report = PlanValidator.validate(FROM, TO, asTheGuideSays);
    out.println("The runbook as the upgrade guide writes it (--authentication=true):");
    out.println(report.describe());
    out.println();
    out.println("The same runbook with the real flag (--authenticate=true):");
    out.println(PlanValidator.validate(FROM, TO, runbook("authenticate")).describe());
  }

  /**
   * Returns the guide's 0.14.0 to 0.15.0 steps, enforcing authentication with {@code
   * --<flag>=true}.
   */
  static List<UpgradeStep> runbook(String authenticationFlag) {
    return List.of(
        step("install-masters", MASTER, INSTALL_BINARIES, REQUIRED, 1).build(),
        step("restart-masters-with-credentials", MASTER, RESTART, REQUIRED, 2)
            .addFlagChanges(FlagChange.set("credentials", "/etc/mesos/credentials"))
            .build(),
        step("install-slaves", SLAVE, INSTALL_BINARIES, REQUIRED, 4).build(),
        step("restart-slaves", SLAVE, RESTART, REQUIRED, 4).build(),
        step("relink-executors", EXECUTOR, RELINK, IF_NECESSARY, 5).build(),
        step("relink-schedulers", SCHEDULER, RELINK, IF_NECESSARY, 6).build(),
        step("use-credential-in-schedulers", SCHEDULER, UPDATE_FRAMEWORK, REQUIRED, 8)
            .frameworkChange(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
            .build(),
        step("restart-schedulers", SCHEDULER, RESTART, REQUIRED, 9).build(),
        step("restart-masters-with-authentication", MASTER, RESTART, REQUIRED, 10)
            .addFlagChanges(FlagChange.set(authenticationFlag, "true"))
            .build());
  }

  private static UpgradeStep.Builder step(
      String id, Component component, StepAction action, Necessity necessity, int bullet) {
    return UpgradeStep.builder()
        .id("0.14-0.15/" + id)
        .component(component)
        .action(action)
        .version(TO)
        .necessity(necessity)
        .source(Source.guide(SECTION, bullet));
  }
}
