package ayni.cli;

import ayni.scenario.FileKind;
import ayni.scenario.ShippedFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni list",
        description = "List the shipped scenarios, what-ifs, experiments, hypotheses, pattern and calibration files with "
                + "their titles, each under the command that takes it.")
final class ListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "folder to list (default: scenarios/ here, else the one beside the Ayni jar)")
    Path dir;

    @Override
    public Integer call() {
        Path folder = dir != null ? dir : shippedFolder();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Main.BadInput("ayni list: no scenarios folder " + (dir != null ? "at " + dir : "here or beside the Ayni jar")
                    + "; fix: run from the Ayni folder or give --dir DIR");
        }
        List<ShippedFile> files = ShippedFile.under(folder);
        PrintWriter o = spec.commandLine().getOut();
        for (FileKind k : FileKind.values()) {
            List<ShippedFile> mine = files.stream().filter(f -> f.kind() == k).toList();
            if (mine.isEmpty()) continue;
            o.printf("%s (%d): %s%n", heading(k), mine.size(), k.command("FILE", com.fasterxml.jackson.databind.node.NullNode.getInstance()));
            int width = mine.stream().mapToInt(f -> f.path().toString().length()).max().orElse(0);
            for (ShippedFile f : mine) o.printf("  %-" + width + "s  %s%n", f.path(), f.title());
            o.println();
        }
        return 0;
    }

    private static String heading(FileKind k) {
        String w = k.word();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + "s";
    }

    /** scenarios/ in the working folder, else the one beside the jar (target/ayni.jar -> ../scenarios). */
    static Path shippedFolder() {
        Path here = Path.of("scenarios");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(), stop = p == null ? null : p.getParent(); p != null; p = p == stop ? null : stop) {
                if (Files.isDirectory(p.resolve("scenarios"))) return p.resolve("scenarios");
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
        return null;
    }
}
