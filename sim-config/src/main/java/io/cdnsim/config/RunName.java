package io.cdnsim.config;

/**
 * The name of a run (a scenario's {@code name}, replay's {@code --name}), which names its output folder: letters,
 * digits, '.', '_' and '-', not only dots, at most {@link #MAX_LENGTH} characters.
 */
final class RunName {

    /** Longest name: a folder name of {@code out/<name>} with room for cdnsim's own suffixes. */
    static final int MAX_LENGTH = 100;

    private RunName() {
    }

    /**
     * @param name a name
     * @return what is wrong with it as a folder name, or null
     */
    static String problem(String name) {
        if (name.length() > MAX_LENGTH) {
            return "at most " + MAX_LENGTH + " characters (it names the output folder), found " + name.length()
                    + " characters: '" + name.substring(0, 40) + "...'";
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            return "use letters, digits, '.', '_' and '-' only (it names the output folder), found '" + name + "'";
        }
        if (name.matches("\\.+")) {
            return "use letters, digits, '.', '_' and '-', not only dots (it names the output folder, and '"
                    + name + "' is a folder already), found '" + name + "'";
        }
        return null;
    }
}
