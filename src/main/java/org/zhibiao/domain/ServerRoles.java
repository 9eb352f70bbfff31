package org.zhibiao.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two group roles of a database on a server: the writer's members (statistics officers)
 * import, lock and edit the catalogue; the reader's members (supervisors, city bureaus) only read.
 * By default they are named after the database, {@code <database>_writer} and
 * {@code <database>_reader}; an administrator makes a login a member with
 * {@code CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE <database>_writer}.
 */
public record ServerRoles(String writer, String reader) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ServerRoles {
        for (String name : new String[] {writer, reader}) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new ZhibiaoException("server.error.roleName", null, name);
            }
        }
        if (writer.equals(reader)) {
            throw new ZhibiaoException("server.error.sameRoles", null, writer);
        }
    }

    /** The roles of a database, named after it unless given. */
    public static ServerRoles of(ServerAddress server, String writer, String reader) {
        String stem = server.database().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (!Character.isLetter(stem.charAt(0)) && stem.charAt(0) != '_') {
            stem = "_" + stem;
        }
        stem = stem.substring(0, Math.min(stem.length(), 56));
        return new ServerRoles(writer != null ? writer : stem + "_writer", reader != null ? reader : stem + "_reader");
    }
}
