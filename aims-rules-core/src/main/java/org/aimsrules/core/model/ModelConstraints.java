package org.aimsrules.core.model;

import java.util.regex.Pattern;

/** Constants that constrain valid models; the JSON Schema states the same constraints. */
public final class ModelConstraints {
  /** The fact-model version this library reads. */
  public static final String SCHEMA_VERSION = "1.0";

  /** Pattern every entity id matches: a letter or digit, then letters, digits, '.', '_', ':' or '-'. */
  public static final String ID_REGEX = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

  /** Compiled {@link #ID_REGEX}. */
  public static final Pattern ID_PATTERN = Pattern.compile(ID_REGEX);

  private ModelConstraints() {}
}
