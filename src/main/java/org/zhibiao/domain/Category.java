package org.zhibiao.domain;

/** The five groups of indicators of a quality plan, in the order the plans list them. */
public enum Category {
    PRODUCT, ENGINEERING, SERVICE, ENVIRONMENT, FOUNDATION
}
