package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class data sharing archive (docs/ODD.md 10.1): the first {@code run} after a build writes
 * target/ayni.jsa, later commands map it, a newer jar makes it be written again, a failed run leaves none, and an
 * archive Java cannot use (stale or damaged) changes nothing a user sees.
 */
class LauncherArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstRunWritesTheArchiveLaterCommandsUseItAndANewerJarRewritesIt() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path home = home();
        Path jar = home.resolve("target/ayni.jar"), archive = home.resolve("target/ayni.jsa");
        // no archive yet: a run writes one under its own name, moved into place after it succeeded
        String first = launch(home, "0", "run", "x.yaml");
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + archive + "."), first);
        assertTrue(Files.exists(archive), "no archive after the first run");
        try (var s = Files.list(home.resolve("target"))) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".part")).count(), "a partial archive was left");
        }
        // present and newer than the jar: every batch command maps it, quietly
        String second = launch(home, "0", "validate", "x.yaml");
        assertTrue(second.contains("-XX:SharedArchiveFile=" + archive), second);
        assertTrue(second.contains("-Xlog:cds=off") && second.contains("-Xlog:cds+dynamic=off"), second);
        assertFalse(second.contains("ArchiveClassesAtExit"), second);
        // a rebuilt jar makes the archive stale: not used, and the next run writes it again
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 60_000));
        assertFalse(launch(home, "0", "list").contains("SharedArchiveFile"));
        Files.delete(archive);
        // a run that fails leaves no archive (it would hold only the classes of the failure) and keeps its exit code
        assertEquals("3", launchCode(home, "3", "run", "x.yaml"));
        assertFalse(Files.exists(archive));
        // AYNI_CDS=0 turns it off
        assertFalse(launch(home, "0", "run", "x.yaml", "AYNI_CDS=0").contains("Archive"));
    }

    @Test
    void anArchiveJavaCannotUseChangesNothingAUserSees() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        // the options the launcher gives Java with an archive, taken from the launcher itself
        Path home = home();
        Files.writeString(home.resolve("target/ayni.jsa"), "x");
        List<String> opts = new ArrayList<>();
        for (String a : launch(home, "0", "list").strip().split(" ")) {
            if (a.startsWith("-Xshare") || a.startsWith("-Xlog")) opts.add(a);
        }
        assertTrue(opts.size() >= 2, opts.toString());
        Path probe = probeJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a real archive of the probe, made stale by a newer jar; then a damaged one; then none
        Path stale = tmp.resolve("stale.jsa");
        List<String> dump = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + stale));
        dump.addAll(opts);
        dump.addAll(List.of("-jar", probe.toString()));
        assertEquals("probe\n", run(dump));
        Files.setLastModifiedTime(probe, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
        Path damaged = Files.writeString(tmp.resolve("damaged.jsa"), "not an archive");
        for (Path archive : List.of(stale, damaged, tmp.resolve("missing.jsa"))) {
            List<String> use = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive));
            use.addAll(opts);
            use.addAll(List.of("-jar", probe.toString()));
            assertEquals("probe\n", run(use), archive.getFileName().toString());
        }
    }

    /** A copy of the launcher with a jar newer than its sources, and stand-ins for Java (records its arguments). */
    private Path home() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("ayni-copy"));
        Files.copy(Path.of("ayni"), home.resolve("ayni"));
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(Files.createDirectories(home.resolve("src/main")), FileTime.fromMillis(now - 120_000));
        Files.setLastModifiedTime(Files.writeString(home.resolve("pom.xml"), ""), FileTime.fromMillis(now - 120_000));
        Files.createDirectories(home.resolve("target"));
        Files.setLastModifiedTime(Files.writeString(home.resolve("target/ayni.jar"), ""), FileTime.fromMillis(now - 60_000));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        // (the stand-in is the launcher's Java, older than any archive written after it)
        // the stand-in writes the archive it is asked to write at exit, and exits with $JAVA_RC
        Path fake = bin.resolve("java");
        Files.writeString(fake, "#!/bin/bash\necho \"java $*\"\nfor a in \"$@\"; do case \"$a\" in "
                + "-XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\";; esac; done\nexit \"${JAVA_RC:-0}\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        Files.setLastModifiedTime(fake, FileTime.fromMillis(now - 60_000));
        return home;
    }

    private String launch(Path home, String rc, String... args) throws Exception {
        return exec(home, rc, args)[1];
    }

    private String launchCode(Path home, String rc, String... args) throws Exception {
        return exec(home, rc, args)[0];
    }

    /** Exit code and standard output; an argument NAME=VALUE sets the environment instead. */
    private String[] exec(Path home, String rc, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", home.resolve("ayni").toString()));
        ProcessBuilder pb = new ProcessBuilder();
        for (String a : args) {
            if (a.matches("[A-Z_]+=.*")) pb.environment().put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            else cmd.add(a);
        }
        pb.command(cmd);
        pb.environment().put("PATH", tmp.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("JAVA_RC", rc);
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        int code = pb.start().waitFor();
        return new String[] {String.valueOf(code), Files.readString(tmp.resolve("out"))};
    }

    /** Standard output of a real Java, which must also exit 0 and print nothing on standard error. */
    private String run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(tmp.resolve("jout").toFile()).redirectError(tmp.resolve("jerr").toFile());
        int code = pb.start().waitFor();
        assertEquals(0, code, Files.readString(tmp.resolve("jerr")));
        assertEquals("", Files.readString(tmp.resolve("jerr")), cmd.toString());
        return Files.readString(tmp.resolve("jout"));
    }

    /** A jar holding {@link CdsProbe} as its main class. */
    private Path probeJar() throws Exception {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, CdsProbe.class.getName());
        Path jar = tmp.resolve("probe.jar");
        String entry = CdsProbe.class.getName().replace('.', '/') + ".class";
        try (var in = CdsProbe.class.getClassLoader().getResourceAsStream(entry);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(in.readAllBytes());
            out.closeEntry();
        }
        return jar;
    }
}
