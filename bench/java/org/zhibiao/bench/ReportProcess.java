package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.app.Workspace;

/**
 * {@code java -jar target/zhibiao.jar report --db F --period 2015Q4 --out r.pdf|r.docx} as a fresh
 * process each time, on the demo database. Needs {@code mvn -q -DskipTests package} first.
 * Arguments: [warm-up runs] [measured runs].
 */
public final class ReportProcess {

    private ReportProcess() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PackagedJar.require();
        Path dir = Files.createTempDirectory("zhibiao-bench");
        Path db = dir.resolve("demo.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.init().initialise("220000", true);
            workspace.demo().generate();
        }
        System.out.println(Bench.header());
        for (String extension : List.of("pdf", "docx")) {
            String name = "report --period 2015Q4 --out r." + extension + ", fresh java -jar process";
            Path out = dir.resolve("r." + extension);
            List<Double> times = new Bench(name, warmUps, runs).measure(i -> { },
                    i -> PackagedJar.run("report", "--db", db.toString(), "--period", "2015Q4", "--out", out.toString()));
            System.out.println(Bench.row(name, times));
            System.err.printf("%s: %,d bytes%n", out.getFileName(), Files.size(out));
        }
    }
}
