package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text);
  }

  @Test
  void showsObjectsArraysAndScalarsCuttingLongText() throws Exception {
    assertThat(JsonValues.show(json("{\"a\": 1, \"b\": 2}"))).isEqualTo("an object with a, b");
    assertThat(JsonValues.show(json("{}"))).isEqualTo("an empty object");
    assertThat(JsonValues.show(json("[]"))).isEqualTo("an empty array");
    assertThat(JsonValues.show(json("[1, 2, 3]"))).isEqualTo("an array of 3");
    assertThat(JsonValues.show(json("\"x\""))).isEqualTo("\"x\"");
    String longText = "\"" + "y".repeat(100) + "\"";
    assertThat(JsonValues.show(json(longText))).isEqualTo("\"" + "y".repeat(76) + "...");
  }

  @Test
  void putsTextOnOneLine() {
    assertThat(JsonValues.oneLine("  first\n    second\r\nthird  "))
        .isEqualTo("first second third");
  }

  @Test
  void namesEverySchemaVersionProblem() throws Exception {
    assertThat(JsonValues.schemaVersionProblem(json("{\"schemaVersion\": 1}"), 1)).isEmpty();
    assertThat(JsonValues.schemaVersionProblem(json("{}"), 1))
        .contains("schemaVersion is missing: expected the number 1");
    assertThat(JsonValues.schemaVersionProblem(json("{\"schemaVersion\": \"1\"}"), 1))
        .contains("schemaVersion is \"1\": expected the number 1");
    assertThat(JsonValues.schemaVersionProblem(json("{\"schemaVersion\": 0}"), 1))
        .contains("schemaVersion is 0: expected the number 1");
    assertThat(JsonValues.schemaVersionProblem(json("{\"schemaVersion\": 2}"), 1))
        .contains(
            "schemaVersion is 2, newer than this reader, which reads schema version 1: use a"
                + " mesos-upgrade release that reads version 2");
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> JsonValues.show(null))
        .withMessage("value must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> JsonValues.names(null))
        .withMessage("object must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> JsonValues.oneLine(null))
        .withMessage("text must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> JsonValues.schemaVersionProblem(null, 1))
        .withMessage("root must not be null");
  }
}
