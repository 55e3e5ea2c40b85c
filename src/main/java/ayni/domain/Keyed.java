package ayni.domain;

/** An enum whose constants have the lower-camel-case key used in scenario files and CSV columns. */
public interface Keyed {
    String key();

    /** Finds the constant with the given key, or null. */
    static <E extends Enum<E> & Keyed> E byKey(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) return e;
        }
        return null;
    }

    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.key());
        }
        return sb.toString();
    }

    /** lowerCamelCase of an UPPER_SNAKE constant name. */
    static String camel(String constant) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : constant.toLowerCase().toCharArray()) {
            if (c == '_') { up = true; continue; }
            sb.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return sb.toString();
    }
}
