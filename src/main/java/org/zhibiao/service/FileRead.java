package org.zhibiao.service;

import java.nio.file.Path;
import org.zhibiao.importer.ParsedReturn;

/** What one return file says on its own, before the database is asked: its bytes' hash and size, its parse. */
record FileRead(Path file, String sha256, long sizeBytes, ParsedReturn parsed) {
}
