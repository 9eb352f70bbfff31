package org.zhibiao.domain;

import java.util.Optional;

public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);
}
