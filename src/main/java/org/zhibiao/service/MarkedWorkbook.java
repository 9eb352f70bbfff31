package org.zhibiao.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.zhibiao.domain.ZhibiaoException;

/** A copy of a workbook with some cells coloured and commented; the original is only read. */
final class MarkedWorkbook {

    /** A cell of a sheet, e.g. 指标报表 and E23. */
    record Place(String sheet, String cell) {
    }

    private static final int COMMENT_COLUMNS = 4;
    private static final int COMMENT_ROWS = 5;

    private MarkedWorkbook() {
    }

    /**
     * Writes the copy to {@code out} (through a temporary file, so no half-written copy is left);
     * false when the original cannot be opened as a workbook, and nothing is written then.
     */
    static boolean write(Path original, Map<Place, String> comments, String author, Path out) {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(original)) {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | EncryptedDocumentException | org.apache.poi.UnsupportedFileFormatException e) {
            return false;
        }
        try (workbook) {
            Map<Short, CellStyle> marked = new HashMap<>();
            comments.forEach((place, text) -> mark(workbook, place, text, author, marked));
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                workbook.write(stream);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new ZhibiaoException("receipt.error.write", e, out);
        }
    }

    private static void mark(Workbook workbook, Place place, String text, String author, Map<Short, CellStyle> marked) {
        Sheet sheet = workbook.getSheet(place.sheet());
        if (sheet == null) {
            return;
        }
        CellReference ref = new CellReference(place.cell());
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        cell.setCellStyle(marked.computeIfAbsent(cell.getCellStyle().getIndex(), i -> highlighted(workbook, cell)));
        CreationHelper helper = workbook.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 1 + COMMENT_COLUMNS);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + COMMENT_ROWS);
        cell.removeCellComment();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(author);
        cell.setCellComment(comment);
    }

    private static CellStyle highlighted(Workbook workbook, Cell cell) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
