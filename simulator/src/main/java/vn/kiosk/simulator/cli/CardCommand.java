package vn.kiosk.simulator.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.kiosk.simulator.card.RemovableCard;
import vn.kiosk.simulator.card.TimedCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.link.LinkModel;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.pki.TestPki;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.vpcd.VpcdClient;

/**
 * {@code simulator card --vpcd HOST:PORT}: a virtual CCCD in a running pcscd's vpcd reader until
 * killed. Lines on standard input steer it: {@code remove}, {@code insert}, {@code reinsert}.
 */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Puts a virtual CCCD into pcscd's vpcd virtual reader and serves it until killed.")
final class CardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--vpcd", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:35963",
            description = "The vpcd port of pcscd (default ${DEFAULT-VALUE}).")
    String vpcd;

    @Mixin
    CitizenSource citizenSource;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "cccd-2021",
            description = "cccd-2021, can-cuoc-2024 or bac-only (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--pki", paramLabel = "DIR",
            description = "Sign the card with the document signer 'simulator pki --out DIR' made (default: a fresh, untrusted one).")
    Path pki;

    @Option(names = "--link-model", paramLabel = "NAME", defaultValue = "ideal",
            description = "Contactless link timing: ideal, desktop, fast or slow (default ${DEFAULT-VALUE}).")
    String linkModel;

    @Option(names = "--fault", paramLabel = "NAME", description = "A fault to inject; may be repeated.")
    List<String> faults = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Citizen citizen = citizenSource.citizen();
        SecureRandom random = new SecureRandom();
        List<Fault> parsed;
        try {
            parsed = faults.stream().map(Fault::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        TestPki signers = pki == null ? TestPki.generate() : TestPki.load(pki);
        ChipContent content = new Personaliser(signers, random)
                .personalise(citizen, CardProfile.fromCliName(profile), parsed);
        VirtualChip chip = new VirtualChip(content, random);
        LinkModel link = parsed.stream().anyMatch(Fault.SlowLink.class::isInstance) ? LinkModel.SLOW : linkModel();
        VirtualCard onLink = link == LinkModel.IDEAL ? chip : new TimedCard(chip, link);
        Optional<RemovableCard> removable = parsed.stream().filter(Fault.RemoveAt.class::isInstance)
                .map(Fault.RemoveAt.class::cast).findFirst().map(f -> new RemovableCard(onLink, f.apdus()));
        VirtualCard served = removable.isPresent() ? removable.get() : onLink;
        try (VpcdClient client = new VpcdClient(served, VpcdClient.parseAddress(vpcd))) {
            removable.ifPresent(r -> r.onRemoval(client::remove));
            client.insert();
            System.err.println("card " + citizen.documentNumber().substring(5) + " (" + profile + ") in the vpcd reader at "
                    + vpcd + "; type remove, insert or reinsert; stop with Ctrl-C");
            steer(client);
        }
        return 0;
    }

    private LinkModel linkModel() {
        try {
            return LinkModel.named(linkModel);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Reads steering lines; without a usable standard input, serves until the process is killed. */
    private static void steer(VpcdClient client) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            switch (line.trim()) {
                case "remove" -> client.remove();
                case "insert" -> client.insert();
                case "reinsert" -> {
                    client.remove();
                    client.insert();
                }
                case "" -> { }
                default -> System.err.println("unknown command '" + line.trim() + "': remove, insert or reinsert");
            }
        }
        new CountDownLatch(1).await();
    }
}
