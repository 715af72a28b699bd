package org.aimsrules.core.model;

/** A model record with a stable id that other records refer to. */
public interface Entity extends AimsFact {
  /**
   * The entity's id, unique across the whole document.
   *
   * @return the id
   */
  String id();
}
