package org.zhibiao.domain;

import java.util.List;

/**
 * What a transfer copied, table by table: rows and a checksum on each side (SHA-256 over the rows,
 * values written alike whatever the store), and the archived originals it could not find.
 */
public record TransferReport(List<Table> tables, List<String> missingOriginals) {

    public TransferReport {
        tables = List.copyOf(tables);
        missingOriginals = List.copyOf(missingOriginals);
    }

    /** Whether every table has the same rows on both sides. */
    public boolean verified() {
        return tables.stream().allMatch(Table::matches);
    }

    public record Table(String name, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {

        public boolean matches() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }

    /** A transfer whose copy did not verify: nothing of it was kept. */
    public static final class NotVerifiedException extends ZhibiaoException {

        private final transient TransferReport report;

        public NotVerifiedException(TransferReport report, Object target) {
            super("transfer.error.verify", null, target);
            this.report = report;
        }

        public TransferReport report() {
            return report;
        }
    }
}
