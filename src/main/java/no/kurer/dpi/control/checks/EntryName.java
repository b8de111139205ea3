package no.kurer.dpi.control.checks;

import java.util.regex.Pattern;

/** The names an ASiC-E entry may not have: any that could land outside the folder it is extracted to. */
final class EntryName {

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private EntryName() {}

    static void check(String name) {
        if (name.isEmpty()) {
            throw AsicECheck.invalid("an entry has an empty name");
        }
        if (name.indexOf('\\') >= 0) {
            throw AsicECheck.invalid("the entry name '" + name + "' contains a backslash");
        }
        if (name.startsWith("/")) {
            throw AsicECheck.invalid("the entry name '" + name + "' is an absolute path");
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            throw AsicECheck.invalid("the entry name '" + name + "' starts with a drive letter");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw AsicECheck.invalid("the entry name '" + name + "' contains a '..' segment");
            }
        }
    }
}
