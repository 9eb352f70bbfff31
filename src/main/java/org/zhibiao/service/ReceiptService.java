package org.zhibiao.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.i18n.Messages;
import org.zhibiao.importer.ParsedReturn;
import org.zhibiao.report.Letter;
import org.zhibiao.report.docx.DocxLetterWriter;
import org.zhibiao.report.pdf.PdfLetterWriter;

/**
 * Refusal receipts (退回通知) for a refused return, ready to send back: a copy of the region's own
 * workbook with each problem cell coloured and commented, and a one-page letter listing the
 * problems by indicator, as PDF (and, when asked, as a Word document to edit). The return itself is
 * only read.
 */
public final class ReceiptService {

    private final RegionRepository regions;
    private final CatalogueRepository catalogue;

    ReceiptService(RegionRepository regions, CatalogueRepository catalogue) {
        this.regions = regions;
        this.catalogue = catalogue;
    }

    /**
     * Writes the receipts of a refused return into {@code folder}: the marked workbook and the PDF
     * letter, and with {@code wordLetter} the letter as a Word document as well; returns the files written.
     */
    public List<Path> write(FilePreview refused, Path folder, Messages messages, boolean wordLetter) {
        String stem = stem(refused.fileName());
        List<Path> written = new ArrayList<>();
        Path marked = folder.resolve(messages.get("receipt.file.marked", stem) + extension(refused.fileName()));
        if (MarkedWorkbook.write(refused.file(), comments(refused, messages), messages.get("receipt.author"), marked)) {
            written.add(marked);
        }
        Letter text = letter(refused, messages);
        Path letter = folder.resolve(messages.get("receipt.file.letter", stem) + ".pdf");
        PdfLetterWriter.write(text, letter);
        written.add(letter);
        if (wordLetter) {
            Path word = folder.resolve(messages.get("receipt.file.letter", stem) + ".docx");
            DocxLetterWriter.write(text, word);
            written.add(word);
        }
        return written;
    }

    /** The comment of each problem cell, by sheet and cell: what is wrong, and what is expected. */
    private static Map<MarkedWorkbook.Place, String> comments(FilePreview refused, Messages messages) {
        Map<MarkedWorkbook.Place, String> out = new LinkedHashMap<>();
        for (ImportIssue issue : refused.errors()) {
            if (!issue.sheet().isEmpty() && !issue.cell().isEmpty()) {
                String text = messages.get("receipt.comment", IssueMessages.message(messages, issue),
                        expected(issue, messages));
                out.merge(new MarkedWorkbook.Place(issue.sheet(), issue.cell()), text, (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    private Letter letter(FilePreview refused, Messages messages) {
        ParsedReturn parsed = refused.parsed();
        String region = parsed.regionCode() == null ? refused.fileName()
                : regions.find(parsed.regionCode()).map(Region::name).orElse(parsed.regionCode());
        String period = parsed.period() == null ? "—" : parsed.period().toString();
        String home = regions.home().map(Region::name).orElse("");
        return new Letter(messages.get("receipt.title"), messages.get("receipt.addressee", region),
                List.of(messages.get("receipt.opening", period, refused.fileName(), refused.errors().size())),
                groups(refused, messages), messages.get("report.defaultUnit", home),
                DateTimeFormatter.ofPattern(messages.get("receipt.datePattern"), messages.locale()).format(LocalDate.now()));
    }

    /** The problems by indicator, in the order they were found; problems of the whole file first. */
    private List<Letter.Group> groups(FilePreview refused, Messages messages) {
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.indicators().forEach(i -> names.put(i.code(), i.code() + " " + name(i, messages)));
        Map<String, List<String>> byIndicator = new LinkedHashMap<>();
        byIndicator.put("", new ArrayList<>());
        for (ImportIssue issue : refused.errors()) {
            String line = messages.get("receipt.line", IssueMessages.located(messages, issue),
                    expected(issue, messages));
            byIndicator.computeIfAbsent(issue.indicatorCode(), c -> new ArrayList<>()).add(line);
        }
        List<Letter.Group> groups = new ArrayList<>();
        byIndicator.forEach((code, lines) -> {
            if (!lines.isEmpty()) {
                String heading = code.isEmpty() ? messages.get("receipt.group.file") : names.getOrDefault(code, code);
                groups.add(new Letter.Group(heading, lines));
            }
        });
        return groups;
    }

    /** What the region should put instead, for the problems that need saying. */
    private static String expected(ImportIssue issue, Messages messages) {
        String key = "receipt.expected." + issue.messageKey();
        return messages.has(key) ? messages.get(key) : messages.get("receipt.expected.other");
    }

    private static String name(Indicator indicator, Messages messages) {
        return indicator.name(messages.chinese());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot);
    }
}
