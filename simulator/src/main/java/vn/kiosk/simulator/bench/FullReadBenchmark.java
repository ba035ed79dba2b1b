package vn.kiosk.simulator.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.transport.Terminals;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.TestPki;
import vn.kiosk.simulator.vpcd.VpcdClient;

/**
 * A full read (PACE, EF.SOD, DG1, DG13, DG14 + CA, DG15 + AA, DG2, passive authentication) of a
 * simulated CCCD through the real pcscd and vpcd, with and without extended length. Prints APDU
 * count, bytes each way, wall time and the time until the identity is available. Not a test: run
 * it with {@code mvn -Pbench -pl simulator verify} while pcscd is running.
 */
public final class FullReadBenchmark {
    private static final int WARM_UP = 3;
    private static final int RUNS = 10;
    private static final String READER = "Virtual PCD 00 00";

    private FullReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Terminals.usePcscLibraryIfNeeded();
        TerminalFactory factory = Terminals.pcsc();
        CardTerminal terminal = Terminals.find(factory, READER);
        TestPki pki = TestPki.generate();
        TrustStore trust = TrustStore.of(List.of(pki.csca().certificate()), List.of(pki.crl()));
        Citizen citizen = CitizenGenerator.generate(1);

        System.out.printf(Locale.ROOT, "Full read through pcscd + vpcd (%s), %d runs after %d warm-up, JDK %s%n", READER,
                RUNS, WARM_UP, System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-16s %7s %9s %9s %12s %14s%n", "link", "APDUs", "bytes in", "bytes out",
                "wall ms", "identity ms");
        for (boolean extended : new boolean[] {true, false}) {
            ChipContent content = new Personaliser(pki, new SecureRandom())
                    .personalise(citizen, CardProfile.CCCD_2021, List.of()).withExtendedLength(extended);
            try (VpcdClient card = new VpcdClient(new VirtualChip(content, new SecureRandom()))) {
                card.insert();
                if (!terminal.waitForCardPresent(10_000)) {
                    throw new IllegalStateException("pcscd did not see the virtual card");
                }
                List<long[]> samples = new ArrayList<>();
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long[] sample = readOnce(terminal, citizen, trust);
                    if (i >= WARM_UP) {
                        samples.add(sample);
                    }
                }
                long[] first = samples.get(0);
                System.out.printf(Locale.ROOT, "%-16s %7d %9d %9d %12.1f %14.1f%n",
                        extended ? "extended length" : "short APDUs", first[0], first[1], first[2],
                        median(samples, 3), median(samples, 4));
            }
            terminal.waitForCardAbsent(5_000);
        }
    }

    /** APDUs, bytes in, bytes out, then wall time and time to identity in microseconds. */
    private static long[] readOnce(CardTerminal terminal, Citizen citizen, TrustStore trust) throws Exception {
        long start = System.nanoTime();
        AtomicLong identityAt = new AtomicLong();
        CardRead read = new IdCardReader(new SecureRandom()).read(terminal, AccessKey.can(citizen.can()),
                ReadOptions.of(trust), event -> {
                    if (event instanceof ReadEvent.IdentityRead) {
                        identityAt.set(System.nanoTime());
                    }
                });
        long end = System.nanoTime();
        if (read.verification().assurance() != vn.kiosk.reader.identity.Assurance.CHIP_CLONE_CHECKED) {
            throw new IllegalStateException("the benchmark card did not verify: " + read.verification().problems());
        }
        return new long[] {read.stats().apdus(), read.stats().bytesIn(), read.stats().bytesOut(),
            (end - start) / 1000, (identityAt.get() - start) / 1000};
    }

    private static double median(List<long[]> samples, int column) {
        long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
        return values[values.length / 2] / 1000.0;
    }
}
