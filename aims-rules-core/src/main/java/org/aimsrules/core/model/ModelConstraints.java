package org.aimsrules.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Constants that constrain valid models; the JSON Schema states the same constraints. */
public final class ModelConstraints {
  /** The fact-model version this library writes and documents. */
  public static final String SCHEMA_VERSION = "1.1";

  /**
   * The fact-model versions this library reads: 1.1 only adds optional properties to 1.0, so every
   * 1.0 document is read as it is.
   */
  public static final List<String> SUPPORTED_SCHEMA_VERSIONS = List.of("1.0", "1.1");

  /** Earliest date a model may hold: records of an AIMS are not older. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** Latest date a model may hold: plans and expiry dates reach no further. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  /** Largest value of an integer property that declares no {@link Maximum} of its own. */
  public static final long INTEGER_MAXIMUM = 1_000_000L;

  /** Pattern every entity id matches: a letter or digit, then letters, digits, '.', '_', ':' or '-'. */
  public static final String ID_REGEX = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

  /** Compiled {@link #ID_REGEX}. */
  public static final Pattern ID_PATTERN = Pattern.compile(ID_REGEX);

  private ModelConstraints() {}
}
