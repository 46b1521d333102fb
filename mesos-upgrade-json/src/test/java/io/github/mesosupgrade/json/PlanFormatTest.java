package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanFormatTest {
  private final UpgradePlan plan = UpgradePlanner.plan("0.13.0", "0.14.2");

  @Nested
  class Labels {
    @Test
    void areTheLowerCaseNames() {
      assertThat(PlanFormat.TEXT.label()).isEqualTo("text");
      assertThat(PlanFormat.MARKDOWN.label()).isEqualTo("markdown");
      assertThat(PlanFormat.JSON.label()).isEqualTo("json");
    }

    @Test
    void areReadIgnoringCase() {
      assertThat(PlanFormat.fromLabel("Markdown")).contains(PlanFormat.MARKDOWN);
      assertThat(PlanFormat.fromLabel(" json ")).contains(PlanFormat.JSON);
    }

    @Test
    void otherTextIsNoFormat() {
      assertThat(PlanFormat.fromLabel("xml")).isEmpty();
    }
  }

  @Nested
  class Rendering {
    @Test
    void textIsTheNumberedListingOfThePlan() {
      assertThat(PlanFormat.TEXT.render(plan)).isEqualTo(plan.describe());
    }

    @Test
    void markdownIsTheRunbook() {
      assertThat(PlanFormat.MARKDOWN.render(plan)).isEqualTo(PlanMarkdown.render(plan));
    }

    @Test
    void jsonIsTheSchemaVersion1Document() {
      assertThat(PlanFormat.JSON.render(plan)).isEqualTo(PlanJson.write(plan));
    }
  }
}
