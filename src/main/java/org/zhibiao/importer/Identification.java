package org.zhibiao.importer;

import org.zhibiao.domain.Period;

/** Where a return says it comes from: one source's region code and period, either may be null. */
record Identification(Source source, String regionCode, Period period) {

    enum Source {
        META("import.source.meta"), HEADER("import.source.header"), FILE_NAME("import.source.fileName");

        private final String messageKey;

        Source(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
