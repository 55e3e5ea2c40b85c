package ayni.model;

import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import ayni.scenario.Specs.SmeGroupSpec;

/**
 * An estimate, made before a run starts, of the Java heap the run needs, so that a scenario that will not fit is
 * refused up front instead of failing hours in. Per actor about {@link #BYTES_PER_ACTOR} bytes (most of it the
 * actor's own Mersenne Twister stream, 624 ints), per tie about {@link #BYTES_PER_TIE} bytes (its columns with the
 * arrays' growth room, its look-up entry, and the arrays the yearly network measures build), with
 * {@link #TIES_PER_SME} ties per SME (the national scenario ended with about 8 live ties per SME at 50,000 SMEs,
 * docs/ODD.md 10.1a); the dynamic network file adds its recorded weights. The constants are measured, the result an
 * estimate.
 */
public record MemoryEstimate(long actors, long ties, long bytes) {
    static final long BASE_BYTES = 128L << 20;
    static final long BYTES_PER_ACTOR = 3_100;
    static final long BYTES_PER_TIE = 450;
    static final long TIES_PER_SME = 8;
    /** Recorded weight (month and value) and its share of a tie's edge record in the dynamic network file. */
    static final long BYTES_PER_RECORDING = 16;

    /** @param gexfInterval months between recorded tie weights for the dynamic network file (0: none) */
    public static MemoryEstimate of(Scenario s, Parameters p, int steps, int gexfInterval) {
        long smes = 0;
        for (SmeGroupSpec g : s.smeGroups(p.getSmeCount())) smes += g.count();
        long named = s.donors().size() + s.ngos().size() + s.platforms().size() + s.governments().size()
                + s.companies().size();
        long actors = named + smes;
        long ties = TIES_PER_SME * smes + s.ties().size() + 20 * named;
        long bytes = BASE_BYTES + actors * BYTES_PER_ACTOR + ties * BYTES_PER_TIE;
        if (gexfInterval > 0) bytes += ties * (1 + steps / gexfInterval) * BYTES_PER_RECORDING;
        return new MemoryEstimate(actors, ties, bytes);
    }

    /** The -Xmx to ask for: the estimate with a quarter more for the collector, in whole gigabytes. */
    public int heapGigabytes() {
        return (int) Math.ceil(bytes * 1.25 / (1L << 30));
    }

    public String describe() {
        return String.format(java.util.Locale.ROOT, "about %.1f GB (estimate: %,d actors, about %,d ties)",
                bytes / (double) (1L << 30), actors, ties);
    }
}
