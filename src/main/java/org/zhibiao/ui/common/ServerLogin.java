package org.zhibiao.ui.common;

import org.zhibiao.domain.ServerAddress;

/**
 * A database on a server and the password typed for it (empty: from {@code PGPASSWORD} or
 * {@code ~/.pgpass}). The password stays in memory: it is not part of the address, nor of
 * {@link #toString()}.
 */
public record ServerLogin(ServerAddress server, String password) {

    @Override
    public String toString() {
        return server.toString();
    }
}
