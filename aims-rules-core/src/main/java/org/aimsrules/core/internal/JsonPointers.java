package org.aimsrules.core.internal;

/** RFC 6901 JSON Pointer helpers. */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * Appends one reference token, escaping '~' and '/'.
   *
   * @param pointer parent pointer ("" for the root)
   * @param token unescaped token
   * @return the child pointer
   */
  public static String append(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The parent of a pointer.
   *
   * @param pointer a pointer
   * @return the pointer without its last token ("" for top-level pointers)
   */
  public static String parent(String pointer) {
    int i = pointer.lastIndexOf('/');
    return i <= 0 ? "" : pointer.substring(0, i);
  }
}
