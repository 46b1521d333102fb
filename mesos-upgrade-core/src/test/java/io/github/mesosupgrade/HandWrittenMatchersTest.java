package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Step ids, flag names and guide headings are checked with loops rather than regular expressions,
 * so that the first plan compiles no pattern; these loops accept exactly what the patterns they
 * replace accepted, on the library's own values and on random text made of the characters that
 * matter.
 */
class HandWrittenMatchersTest {
  private static final Pattern ID =
      Pattern.compile(
          "[0-9]+\\.[0-9]+(\\.[0-9]+)?-[0-9]+\\.[0-9]+(\\.[0-9]+)?/[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern SECTION =
      Pattern.compile("Upgrading from \\S+ to (\\d+)\\.(\\d+)\\.(?:\\d+|x)\\.?");

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String section(String heading) {
    Matcher matcher = SECTION.matcher(heading);
    return matcher.matches() ? matcher.group(1) + "." + matcher.group(2) : null;
  }

  @Test
  void stepIdsAreThoseOfThePattern() {
    for (HopDefinition hop : UpgradeCatalog.builtIn().hops()) {
      for (UpgradeStep step : hop.steps()) {
        assertThat(UpgradeStep.isValidId(step.id())).as(step.id()).isTrue();
      }
    }
    for (String id :
        List.of(
            "",
            "/",
            "0.1-0.2/",
            "0.1-0.2/a-",
            "0.1-0.2/-a",
            "0.1-0.2/a--b",
            "0-0.2/a",
            "0.1.2.3-0.2/a",
            "0.1-0.2/a/b",
            "0.1-0.2-0.3/a",
            "0.1.-0.2/a",
            "a-b/c",
            "1.4.3-1.5.0/x")) {
      assertThat(UpgradeStep.isValidId(id)).as(id).isEqualTo(ID.matcher(id).matches());
    }
    Random random = new Random(20261201);
    for (int i = 0; i < 200_000; i++) {
      String id = random(random, "0123456789.-/az_A ", 14);
      assertThat(UpgradeStep.isValidId(id)).as(id).isEqualTo(ID.matcher(id).matches());
    }
  }

  @Test
  void flagNamesAreThoseOfThePattern() {
    for (MesosFlag flag : UpgradeCatalog.builtIn().flags()) {
      assertThat(MesosFlag.isValidName(flag.name())).as(flag.name()).isTrue();
    }
    Random random = new Random(20261201);
    for (int i = 0; i < 100_000; i++) {
      String name = random(random, "az09_A-. ", 6);
      assertThat(MesosFlag.isValidName(name)).as(name).isEqualTo(NAME.matcher(name).matches());
    }
  }

  @Test
  void guideHeadingsAreThoseOfThePattern() {
    for (String heading :
        List.of(
            "Upgrading from 0.14.0 to 0.15.0",
            "Upgrading from 0.21.x to 0.22.x.",
            "Upgrading from 1.7.x to 1.8.x",
            "Upgrading from 0.28.x to 1.0.x",
            "Upgrading from x to 00.022.1",
            "Upgrading from  to 0.22.x",
            "Upgrading from a\tb to 0.22.x",
            "Upgrading from a to 0.22",
            "Upgrading from a to 0.22.",
            "Upgrading from a to 0.22.x..",
            "Upgrading from a to 0.22.y",
            "Upgrading from a to .22.1",
            "Upgrading from a to 0..1",
            "Upgrading from a",
            "Upgrading to 0.22.x")) {
      assertThat(Source.sectionTarget(heading)).as(heading).isEqualTo(section(heading));
    }
    Random random = new Random(20261201);
    for (int i = 0; i < 200_000; i++) {
      String heading = "Upgrading from " + random(random, "0.x \tto1", 12);
      assertThat(Source.sectionTarget(heading)).as(heading).isEqualTo(section(heading));
    }
  }
}
