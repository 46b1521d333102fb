package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.internal.Shown;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} of the commands that print a report: text for people, JSON for tools. */
enum ReportFormat {
  /** Lines a person reads (the default). */
  TEXT,
  /** A JSON document of schema version 1, described by a schema 'mesos-upgrade schema' prints. */
  JSON;

  /** Reads {@code --format}, naming the accepted values when the value is not one. */
  static final class Converter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return switch (value) {
        case "text" -> TEXT;
        case "json" -> JSON;
        default ->
            throw new TypeConversionException(
                "'" + Shown.value(value) + "' is not a format: expected text or json");
      };
    }
  }

  /** Returns the label {@code --format} takes: {@code text} or {@code json}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
