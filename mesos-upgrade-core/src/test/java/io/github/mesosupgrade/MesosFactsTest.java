package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MesosFactsTest {
  private static final String RELEASES = "releases 0.14.0 0.14.1 0.14.2 0.15.0 1.0.0";

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private static MesosFacts parse(String... lines) {
    List<String> all = new ArrayList<>();
    all.add(RELEASES);
    all.addAll(List.of(lines));
    return MesosFacts.parse(all);
  }

  @Nested
  class Rows {
    @Test
    void endARunAtTheNextReleaseReadAndStartAgainWhenTheFlagComesBack() {
      MesosFacts facts =
          parse(
              "flag slave oom type=bytes default=128MB 0.14.1..0.14.1 src/slave/flags.hpp",
              "flag slave oom type=bytes default=128MB 0.15.0.. src/slave/flags.hpp");
      assertThat(facts.flags())
          .extracting(MesosFlag::toString)
          .containsExactly("slave --oom [0.14.1, 0.14.2)", "slave --oom [0.15.0, )");
      assertThat(facts.releases()).hasSize(5).startsWith(v("0.14.0"));
    }

    @Test
    void keepDefaultChangesInOneRowAndSourcesOfEveryLine() {
      MesosFacts facts =
          parse(
              "flag slave checkpoint type=bool default=false 0.14.0..0.14.2 src/slave/flags.hpp",
              "flag slave checkpoint type=bool default=true 0.15.0..0.15.0 src/slave/flags.hpp",
              "flag slave checkpoint type=bool default=true 1.0.0.. src/slave/flags.cpp");
      MesosFlag flag = facts.flags().get(0);
      assertThat(facts.flags()).hasSize(1);
      assertThat(flag.defaults()).isEqualTo(Map.of(v("0.14.0"), "false", v("0.15.0"), "true"));
      assertThat(flag.sources())
          .containsExactly(
              Source.mesos("src/slave/flags.hpp", "0.14.0"),
              Source.mesos("src/slave/flags.hpp", "0.15.0"),
              Source.mesos("src/slave/flags.cpp", "1.0.0"));
    }

    @Test
    void startANewRowWhenTheTypeChangesOrTheDefaultIsNoLongerAValue() {
      MesosFacts facts =
          parse(
              "flag master credentials type=string optional 0.14.0..0.14.2 a.hpp",
              "flag master credentials type=path optional 0.15.0.. a.hpp",
              "flag master dir type=string default=/tmp 0.14.0..0.14.2 a.hpp",
              "flag master dir type=string default-expr=\"path::join(os::temp(), \"\"x\"\")\""
                  + " 0.15.0.. a.hpp");
      assertThat(facts.flags())
          .extracting(MesosFlag::toString)
          .containsExactly(
              "master --credentials [0.14.0, 0.15.0)",
              "master --credentials [0.15.0, )",
              "master --dir [0.14.0, 0.15.0)",
              "master --dir [0.15.0, )");
      assertThat(facts.flags().get(3).defaults()).isEmpty();
    }

    @Test
    void deriveARenameFromAnAliasAndApplyTheOverlay() {
      MesosFacts facts =
          parse(
              "flag master authenticate type=bool default=false 0.15.0..0.15.0 f.hpp",
              "flag master authenticate_frameworks type=bool alias=authenticate default=false"
                  + " 1.0.0.. f.cpp",
              "flag slave old type=string 0.14.0..0.14.2 f.hpp",
              "flag slave new type=string 0.15.0.. f.hpp",
              "flag master work_dir type=string optional 0.14.0.. f.hpp",
              "renamed slave old new 0.15.0 f.hpp",
              "required master work_dir 0.15.0 main.cpp",
              "misspelled master authenticate authentication 0.15.0 docs/Upgrades.md",
              "describe master authenticate 0.15.0 f.hpp if true, only authenticated ones");
      MesosFlag authenticate = facts.flags().get(0);
      assertThat(authenticate.renamedTo()).contains("authenticate_frameworks");
      assertThat(authenticate.unacceptedSpellings()).containsExactly("authentication");
      assertThat(authenticate.description()).isEqualTo("if true, only authenticated ones");
      MesosFlag frameworks = facts.flags().get(1);
      assertThat(frameworks.renamedFrom()).contains("authenticate");
      assertThat(frameworks.deprecatedNames()).isEqualTo(Map.of("authenticate", v("1.0.0")));
      assertThat(facts.flags().get(2).requiredFrom()).contains(v("0.15.0"));
      assertThat(facts.flags().get(3).renamedFrom()).contains("old");
      assertThat(facts.flags().get(4).renamedTo()).contains("new");
    }

    @Test
    void mergeEndpointRunsThatFollowEachOther() {
      MesosFacts facts =
          parse(
              "endpoint slave /monitor/statistics 0.14.0..0.14.2 src/slave/monitor.cpp",
              "endpoint slave /monitor/statistics 0.15.0.. src/slave/slave.cpp",
              "endpoint master /tasks.json 0.14.0..0.14.0 src/master/master.cpp",
              "endpoint master /tasks.json 0.14.2..1.0.0 src/master/master.cpp");
      assertThat(facts.endpoints())
          .extracting(Endpoint::toString)
          .containsExactly(
              "slave /monitor/statistics [0.14.0, )",
              "master /tasks.json [0.14.0, 0.14.1)",
              "master /tasks.json [0.14.2, )");
      assertThat(facts.endpoints().get(0).sources()).hasSize(2);
    }
  }

  @Nested
  class Tokens {
    @Test
    void keepAQuotedValueWhole() {
      assertThat(MesosFacts.tokens("flag x default=\"a \"\"b\"\" c\" 1.0.0.. f"))
          .containsExactly("flag", "x", "default=a \"b\" c", "1.0.0..", "f");
    }

    @Test
    void splitEveryBuiltInLineAsTheQuoteAwareSplitDoes() {
      List<String> lines = builtInLines();
      assertThat(lines).hasSizeGreaterThan(500);
      for (String line : lines) {
        assertThat(MesosFacts.tokens(line)).as(line).isEqualTo(MesosFacts.quotedTokens(line));
      }
    }

    @Test
    void keepEmptyWordsBetweenTwoSpaces() {
      assertThat(MesosFacts.words("a  b ")).containsExactly("a", "", "b", "");
      assertThat(MesosFacts.tokens("a  b ")).isEqualTo(MesosFacts.quotedTokens("a  b "));
    }

    @Test
    void readTheBuiltInTextAsATrimmingSplitterThatDropsEmptyLinesWould() {
      Splitter splitter = Splitter.on('\n').omitEmptyStrings().trimResults();
      List<String> expected = new ArrayList<>();
      for (String part : BuiltInMesosFacts.parts()) {
        expected.addAll(splitter.splitToList(part));
      }
      expected.addAll(splitter.splitToList(BuiltInFlagOverlay.LINES));
      assertThat(builtInLines()).isEqualTo(expected);
      List<String> lines = new ArrayList<>();
      MesosFacts.addLines("\n  a b \n\n c\n", lines);
      assertThat(lines).containsExactly("a b", "c");
    }

    private List<String> builtInLines() {
      List<String> lines = new ArrayList<>();
      for (String part : BuiltInMesosFacts.parts()) {
        MesosFacts.addLines(part, lines);
      }
      MesosFacts.addLines(BuiltInFlagOverlay.LINES, lines);
      return lines;
    }
  }

  @Nested
  class BadLines {
    private void fails(String line, String message) {
      assertThatThrownBy(() -> parse(line))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("bad Mesos fact line: " + line + ": " + message);
    }

    private void failsAfter(String flags, String line, String message) {
      assertThatThrownBy(() -> parse(flags, line))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("bad Mesos fact line: " + line + ": " + message);
    }

    @Test
    void needAReleasesLineFirst() {
      assertThatThrownBy(() -> MesosFacts.parse(List.of("flag master x type=bool 0.14.0.. f")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("facts must start with a releases line");
    }

    @Test
    void nameWhatIsWrong() {
      fails("fact master x 0.14.0.. f", "unknown kind fact");
      fails("flag agent x type=bool 0.14.0.. f", "unknown daemon agent");
      fails("flag master x type=list 0.14.0.. f", "unknown flag type list");
      fails("flag master x type=bool color=red 0.14.0.. f", "unknown attribute color");
      fails("flag master x default=1 0.14.0.. f", "flag x has no type");
      fails("flag master x type=bool 0.14.0 f", "range 0.14.0 needs A..B or A..");
      fails("flag master x type=bool 0.13.0.. f", "0.13.0 is not a release read");
      fails(
          "flag master x type=bool 0.15.0..0.14.0 f", "range 0.15.0..0.14.0 ends before it starts");
      fails("flag master x type=bool default=\"a 0.14.0.. f", "unterminated quote");
      fails("endpoint master /x 0.14.0..", "endpoint lines have 5 fields");
      fails("required master x 0.14.0 main.cpp", "master --x is not defined at 0.14.0");
      fails("describe master x 0.14.0 f.hpp text", "master --x is not defined at 0.14.0");
    }

    @Test
    void nameABadOverlay() {
      failsAfter(
          "flag slave a type=bool 0.14.0.. f",
          "renamed slave a a 0.15.0 f",
          "a does not end at 0.15.0");
      failsAfter(
          "flag slave a type=bool 0.14.0.. f",
          "renamed slave z a 0.14.0 f",
          "no release before 0.14.0");
    }
  }
}
