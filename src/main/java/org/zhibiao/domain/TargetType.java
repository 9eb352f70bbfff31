package org.zhibiao.domain;

import java.util.Locale;

/** 约束性 (binding) or 预期性 (expected). */
public enum TargetType {
    BINDING, EXPECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetType fromCode(String code) {
        return code == null || code.isBlank() ? EXPECTED : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
