package org.zhibiao.report.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A4 portrait page set-up, the Heading 1/2 styles and the 第 X 页 共 Y 页 footer of a Word report. */
final class DocxLayout {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String FONT = "SimSun";
    static final String HEADING_FONT = "SimHei";

    private DocxLayout() {
    }

    static void pageSetup(XWPFDocument document) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setHeader(BigInteger.valueOf(720));
    }

    static void headingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(heading(styles, HEADING_1, "heading 1", 0, 32));
        styles.addStyle(heading(styles, HEADING_2, "heading 2", 1, 28));
    }

    private static XWPFStyle heading(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(level == 0 ? 240 : 160));
        spacing.setAfter(BigInteger.valueOf(120));
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        fonts.setAscii(HEADING_FONT);
        fonts.setHAnsi(HEADING_FONT);
        return new XWPFStyle(style, styles);
    }

    /** The footer: the text around the PAGE and NUMPAGES fields comes from {@code pattern} split at them. */
    static void pageNumbers(XWPFDocument document, String before, String between, String after) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, before);
        field(paragraph, "PAGE");
        text(paragraph, between);
        field(paragraph, "NUMPAGES");
        text(paragraph, after);
    }

    private static void text(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(9);
        run.setFontFamily(FONT);
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = paragraph.createRun();
        shown.setText("1");
        shown.setFontSize(9);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
