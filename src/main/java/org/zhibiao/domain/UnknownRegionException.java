package org.zhibiao.domain;

/** A region code that is not in the database was asked for: the request is wrong, not the data. */
public final class UnknownRegionException extends ZhibiaoException {

    public UnknownRegionException(String code) {
        super("common.error.unknownRegion", null, code);
    }
}
