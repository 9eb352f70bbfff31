package org.zhibiao.domain;

/** A GB/T 2260 division; {@code parentCode} is null for the top region of a database. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
