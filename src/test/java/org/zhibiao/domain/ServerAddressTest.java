package org.zhibiao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What {@code --db} takes as a server and what stays a file path. */
class ServerAddressTest {

    @Test
    void theShortFormAndTheJdbcUrlNameTheSameDatabase() {
        ServerAddress plain = ServerAddress.parse("postgresql://db.office:5433/zhibiao?user=officer&sslmode=require");
        ServerAddress jdbc = ServerAddress.parse("jdbc:postgresql://db.office:5433/zhibiao?user=officer&sslmode=require");
        assertThat(jdbc).isEqualTo(plain);
        assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://db.office:5433/zhibiao?user=officer&sslmode=require");
        assertThat(plain).hasToString("postgresql://db.office:5433/zhibiao");
        assertThat(ServerAddress.parse("postgresql://officer@db.office/zhibiao").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.office:5432/zhibiao?user=officer");
    }

    @Test
    void filePathsAreNotServers() {
        assertThat(ServerAddress.isServer("/home/officer/postgresql/zhibiao.db")).isFalse();
        assertThat(ServerAddress.isServer("C:\\Users\\officer\\zhibiao.db")).isFalse();
        assertThat(ServerAddress.isServer("postgresql.db")).isFalse();
        assertThat(ServerAddress.isServer(null)).isFalse();
        assertThat(ServerAddress.isServer("PostgreSQL://db.office/zhibiao")).isTrue();
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        for (String address : new String[] {"postgresql://db.office/zhibiao?user=a&password=hunter2",
                "postgresql://a:hunter2@db.office/zhibiao", "jdbc:postgresql://db.office/zhibiao?PASSWORD=hunter2"}) {
            assertThatThrownBy(() -> ServerAddress.parse(address)).isInstanceOf(ZhibiaoException.class)
                    .satisfies(e -> assertThat(((ZhibiaoException) e).messageKey()).isEqualTo("storage.error.passwordInAddress"))
                    .satisfies(e -> assertThat(((ZhibiaoException) e).arguments().toString()).doesNotContain("hunter2"));
        }
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.office/")).isInstanceOf(ZhibiaoException.class)
                .satisfies(e -> assertThat(((ZhibiaoException) e).messageKey()).isEqualTo("storage.error.serverAddress"));
    }
}
