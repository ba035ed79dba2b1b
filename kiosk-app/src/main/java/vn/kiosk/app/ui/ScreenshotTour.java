package vn.kiosk.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowEngine;
import vn.kiosk.app.flow.KeyEntry;
import vn.kiosk.app.flow.KioskState;
import vn.kiosk.app.flow.ReadStage;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.Text;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.app.keyboard.KeyPanel;
import vn.kiosk.app.runtime.KioskParts;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.personalise.Fault;

/**
 * Walks the demo kiosk through every screen, the way a citizen would (real card reads, real
 * backend answers), and saves each screen at 1920x1080 in Vietnamese and in English. The few
 * screens that only flash by (reading, waiting, the idle warning) are drawn from a made-up state.
 */
public final class ScreenshotTour {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Locale> LANGUAGES = List.of(Messages.VIETNAMESE, Locale.ENGLISH);

    private final KioskApp app;
    private final DemoWorld world;
    private final Path out;
    private final FlowEngine engine;
    private int number;
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ScreenshotTour(KioskApp app, DemoWorld world, Path out) {
        this.app = app;
        this.world = world;
        this.out = out;
        this.engine = app.runtime().engine();
    }

    /** @return how many PNG files were written */
    public int run() throws Exception {
        Files.createDirectories(out);
        DemoCard a = world.presets().get(0);
        DemoCard b = world.presets().get(1);

        shot("welcome", Step.Welcome.class);
        act(new Action.Start());
        shot("choose-service", Step.ChooseService.class);
        act(new Action.ChooseService(ServiceKind.PUBLIC_SERVICE));
        shot("identify-chip", Step.Identify.class);
        world.insert(a);
        shot("can", Step.EnterAccessKey.class);
        act(new Action.EnterCan(a.can().equals("000000") ? "111111" : "000000"));
        shot("can-wrong", Step.EnterAccessKey.class, s -> s.notice().isPresent());
        act(new Action.UseKeyEntry(KeyEntry.MRZ));
        shot("mrz", Step.EnterAccessKey.class, s -> s.entry() == KeyEntry.MRZ);
        preview("reading", new Step.Reading(ServiceKind.PUBLIC_SERVICE, 0, 55, ReadStage.PHOTO));
        act(new Action.UseKeyEntry(KeyEntry.CAN));
        await(Step.EnterAccessKey.class, s -> s.entry() == KeyEntry.CAN);
        act(new Action.EnterCan(a.can()));
        shot("confirm", Step.ConfirmIdentity.class);
        act(new Action.Confirm());
        shot("procedures", Step.ChooseProcedure.class);
        act(new Action.Search("ly lich"));
        shot("procedures-search", Step.ChooseProcedure.class, s -> !s.query().isEmpty());
        act(new Action.Search(""));
        Catalogue.Procedure birth = await(Step.ChooseProcedure.class, s -> s.query().isEmpty()).matches().stream()
                .filter(p -> p.code().equals("KHAI_SINH")).findFirst().orElseThrow();
        act(new Action.Choose(birth.code()));
        shot("form", Step.FillForm.class);
        act(new Action.Next());
        shot("form-problems", Step.FillForm.class, s -> !s.problems().isEmpty());
        for (Catalogue.FormField field : birth.extraFields()) {
            act(new Action.SetField(field.name(), DemoForms.sample(field)));
        }
        shotWithKeyboard("form-keyboard");
        act(new Action.Next());
        shot("review", Step.ReviewDossier.class);
        preview("working", new Step.Working(Text.key("working.submitting")));
        act(new Action.Submit());
        shot("receipt-dossier", Step.Receipt.class, r -> r.printed() != vn.kiosk.app.flow.PrintOutcome.PENDING);

        act(new Action.Home());
        world.remove();
        start(ServiceKind.CLINIC);
        shot("identify-qr", Step.Identify.class);
        world.insert(b);
        await(Step.EnterAccessKey.class);
        act(new Action.EnterCan(b.can()));
        await(Step.ConfirmIdentity.class);
        act(new Action.Confirm());
        shot("insurance", Step.InsuranceResult.class);
        act(new Action.Next());
        Step.ChooseDepartment departments = shot("departments", Step.ChooseDepartment.class);
        act(new Action.Choose(departments.departments().get(0).code()));
        shot("priority", Step.PriorityQuestions.class);
        act(new Action.Submit());
        shot("receipt-clinic", Step.Receipt.class, r -> r.printed() != vn.kiosk.app.flow.PrintOutcome.PENDING);

        act(new Action.Home());
        world.remove();
        start(ServiceKind.NOTARY);
        world.insert(a);
        await(Step.EnterAccessKey.class);
        act(new Action.EnterCan(a.can()));
        await(Step.ConfirmIdentity.class);
        act(new Action.Confirm());
        Step.ChooseRequestType types = shot("notary-types", Step.ChooseRequestType.class);
        act(new Action.Choose(types.types().stream().filter(t -> t.minParties() == 2).findFirst()
                .orElse(types.types().get(0)).code()));
        shot("parties-one", Step.Parties.class);
        act(new Action.AddParty());
        shot("identify-take-card", Step.Identify.class, s -> s.notice().isPresent());
        world.insert(b);
        await(Step.EnterAccessKey.class);
        act(new Action.EnterCan(b.can()));
        await(Step.ConfirmIdentity.class);
        act(new Action.Confirm());
        shot("parties-two", Step.Parties.class, p -> p.parties().size() == 2);
        act(new Action.Submit());
        shot("receipt-notary", Step.Receipt.class, r -> r.printed() != vn.kiosk.app.flow.PrintOutcome.PENDING);

        act(new Action.Home());
        world.remove();
        start(ServiceKind.NOTARY);
        DemoCard forged = world.card("FORGED", 9, List.of(new Fault.ForgedDataGroup(13)));
        world.insert(forged);
        await(Step.EnterAccessKey.class);
        act(new Action.EnterCan(forged.can()));
        shot("refused-forged", Step.IdentityRefused.class);
        act(new Action.Back());
        world.remove();
        await(Step.Identify.class, s -> s.notice().isEmpty());
        act(new Action.QrScanned("VNeID:eyJhbGciOiJIUzI1NiJ9.payload"));
        shot("refused-qr", Step.IdentityRefused.class);
        preview("failed", new Step.Failed(Text.key("failed.catalogue"), true));
        previewIdle("idle-warning");

        act(new Action.Home());
        start(ServiceKind.CLINIC);
        act(new Action.QrScanned(a.qrText()));
        await(Step.ConfirmIdentity.class);
        act(new Action.Confirm());
        await(Step.InsuranceResult.class);
        act(new Action.Next());
        Step.ChooseDepartment again = await(Step.ChooseDepartment.class, d -> true);
        act(new Action.Choose(again.departments().get(0).code()));
        await(Step.PriorityQuestions.class);
        world.backend().chaos().enable(ChaosMode.RESET);
        act(new Action.Submit());
        shot("receipt-queued", Step.Receipt.class, r -> r.receipt().queued()
                && r.printed() != vn.kiosk.app.flow.PrintOutcome.PENDING);
        world.backend().chaos().disableAll();
        act(new Action.Home());
        await(Step.Welcome.class);
        operator();
        outOfService();
        return number * LANGUAGES.size() + 1;
    }

    /** The screen of a kiosk whose configuration cannot be used: one shot, both languages are on it. */
    private void outOfService() throws Exception {
        String shot = String.format("%02d-out-of-service", number + 1);
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        onFx(() -> {
            Scene scene = new Scene(OutOfServiceScreen.view(List.of(
                    "/etc/cccd-kiosk/kiosk.properties: backend.ca: /etc/cccd-kiosk/backend-ca.pem: file not found")),
                    KioskWindow.WIDTH, KioskWindow.HEIGHT);
            image.complete(scene.snapshot(null));
            LayoutCheck.problems(scene.getRoot()).forEach(p -> problems.add(shot + ": " + p));
        });
        write(image.get(), out.resolve(shot + ".png"));
    }

    /** The operator's PIN and status screens (the demo's PIN). */
    private void operator() throws Exception {
        number++;
        for (Locale language : LANGUAGES) {
            act(new Action.SetLanguage(language));
            awaitState(s -> s.language().equals(language));
            onFx(() -> app.view().openOperator());
            save("operator-pin", language);
        }
        number++;
        for (Locale language : LANGUAGES) {
            act(new Action.SetLanguage(language));
            awaitState(s -> s.language().equals(language));
            onFx(() -> {
                app.view().openOperator();
                KeyPanel keypad = (KeyPanel) app.view().root().lookup(".kbd");
                keypad.setText(KioskParts.DEMO_OPERATOR_PIN);
                keypad.keyButton("done").fire();
            });
            awaitFx(() -> app.view().root().lookup(".rows") != null);
            save("operator-status", language);
            onFx(() -> app.view().setOperatorOverlay(null));
        }
    }

    private static void awaitFx(java.util.function.BooleanSupplier shown) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            onFx(() -> now.complete(shown.getAsBoolean()));
            if (now.get()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the tour stalled waiting for a screen");
    }

    private void start(ServiceKind service) {
        await(Step.Welcome.class);
        act(new Action.Start());
        await(Step.ChooseService.class);
        act(new Action.ChooseService(service));
        await(Step.Identify.class);
    }

    private void act(Action action) {
        engine.dispatch(action);
    }

    private <T extends Step> T shot(String name, Class<T> type) throws Exception {
        return shot(name, type, s -> true);
    }

    private <T extends Step> T shot(String name, Class<T> type, Predicate<T> matches) throws Exception {
        T step = await(type, matches);
        number++;
        for (Locale language : LANGUAGES) {
            act(new Action.SetLanguage(language));
            awaitState(s -> s.language().equals(language) && s.step() == step);
            save(name, language);
        }
        return step;
    }

    /** The form with the on-screen keyboard open on its first text field. */
    private void shotWithKeyboard(String name) throws Exception {
        await(Step.FillForm.class, f -> f.values().values().stream().noneMatch(String::isEmpty));
        number++;
        for (Locale language : LANGUAGES) {
            act(new Action.SetLanguage(language));
            awaitState(s -> s.language().equals(language));
            onFx(() -> {
                Node box = app.view().root().lookup(".field-box");
                if (box instanceof Button) {
                    ((Button) box).fire();
                }
            });
            save(name, language);
        }
    }

    private void preview(String name, Step step) throws Exception {
        number++;
        for (Locale language : LANGUAGES) {
            KioskState made = new KioskState(step, language, true, OptionalInt.empty());
            onFx(() -> app.view().preview(made));
            save(name, language);
        }
        onFx(() -> app.view().preview(engine.state()));
    }

    private void previewIdle(String name) throws Exception {
        number++;
        for (Locale language : LANGUAGES) {
            KioskState made = new KioskState(engine.state().step(), language, true, OptionalInt.of(15));
            onFx(() -> app.view().preview(made));
            save(name, language);
        }
        onFx(() -> app.view().preview(engine.state()));
    }

    private <T extends Step> T await(Class<T> type, Predicate<T> matches) {
        KioskState state = awaitState(s -> type.isInstance(s.step()) && matches.test(type.cast(s.step())));
        return type.cast(state.step());
    }

    private <T extends Step> T await(Class<T> type) {
        return await(type, s -> true);
    }

    private KioskState awaitState(Predicate<KioskState> matches) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            KioskState state = engine.state();
            if (matches.test(state)) {
                return state;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the tour stalled at " + engine.state().step().getClass().getSimpleName());
    }

    /** Runs on the JavaFX thread after the renders already queued there, and waits for it. */
    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }));
        done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private void save(String name, Locale language) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        String shot = String.format("%02d-%s-%s", number, name, language.getLanguage());
        onFx(() -> {
            image.complete(app.stage().getScene().snapshot(null));
            LayoutCheck.problems(app.stage().getScene().getRoot()).forEach(p -> problems.add(shot + ": " + p));
        });
        write(image.get(), out.resolve(shot + ".png"));
    }

    /** What {@link LayoutCheck} found on the screens shot so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            png.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
