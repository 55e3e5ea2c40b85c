package ayni.cli;

/** A program of one line, packed into a jar by {@link LauncherArchiveTest} to try the launcher's archive options on a real Java. */
public final class CdsProbe {
    private CdsProbe() {}

    public static void main(String[] args) {
        System.out.println("probe");
    }
}
