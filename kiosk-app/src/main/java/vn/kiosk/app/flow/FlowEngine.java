package vn.kiosk.app.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.read.CardRead;

/**
 * The kiosk's state machine, without any JavaFX: actions go in through {@link #dispatch}, a new
 * {@link KioskState} comes out to every listener. All decisions happen on one "flow" thread, so
 * no lock is needed and the order of events is the order they arrived; card reads and backend
 * calls run on worker threads and report back to it. A result that arrives after its session
 * ended (idle wipe, "back", "home") is dropped: each session and each pending job has a
 * generation number, and only the current one may change the screen.
 */
public final class FlowEngine implements AutoCloseable {
    private final FlowContext context;
    private final Identification identification;
    private final BackendLists lists;
    private final ExecutorService flowThread;
    private final ExecutorService workers;
    private final List<Consumer<KioskState>> listeners = new CopyOnWriteArrayList<>();
    private volatile KioskState state;

    // confined to the flow thread
    private Session session;
    private long generation;
    private Instant lastActivity;
    private final Set<String> cardsPresent = new LinkedHashSet<>();

    private FlowEngine(FlowContext context) {
        this.context = context;
        this.identification = new Identification(context);
        this.lists = new BackendLists(context.backend());
        this.flowThread = Executors.newSingleThreadExecutor(daemon("kiosk-flow"));
        this.workers = Executors.newCachedThreadPool(daemon("kiosk-work"));
        this.lastActivity = context.clock().instant();
        FlowSettings settings = context.settings();
        this.state = new KioskState(new Step.Welcome(), settings.language(), settings.voice(), OptionalInt.empty());
    }

    public static FlowEngine start(FlowContext context) {
        return new FlowEngine(Objects.requireNonNull(context, "context"));
    }

    /** Queues an action; it is handled on the flow thread, after those queued before it. */
    public void dispatch(Action action) {
        Objects.requireNonNull(action, "action");
        if (!flowThread.isShutdown()) {
            flowThread.execute(() -> handle(action));
        }
    }

    public KioskState state() {
        return state;
    }

    /** {@code listener} hears every new state, on the flow thread; it must hand UI work elsewhere. */
    public void addListener(Consumer<KioskState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    // --- handling ---

    private void handle(Action action) {
        try {
            route(action);
        } catch (RuntimeException e) {
            // a flow bug must not leave a citizen stuck on a dead screen; nothing of theirs is logged
            System.getLogger("kiosk.flow").log(System.Logger.Level.ERROR,
                    "flow error on " + action.getClass().getSimpleName() + ": " + e.getClass().getName());
            moveTo(new Step.Failed(Text.key("failed.unexpected"), false));
        }
    }

    private void route(Action action) {
        if (!(action instanceof Action.Tick || action instanceof Action.CardInserted
                || action instanceof Action.CardRemoved)) {
            lastActivity = context.clock().instant();
        }
        Step current = state.step();
        if (action instanceof Action.Tick) {
            checkIdle(current);
            return;
        }
        if (action instanceof Action.CardInserted) {
            cardsPresent.add(((Action.CardInserted) action).terminal());
        } else if (action instanceof Action.CardRemoved) {
            String terminal = ((Action.CardRemoved) action).terminal();
            cardsPresent.remove(terminal);
            if (session != null) {
                session.usedTerminals.remove(terminal);
            }
        }
        if (action instanceof Action.SetLanguage) {
            publish(current, ((Action.SetLanguage) action).language(), state.voice());
        } else if (action instanceof Action.SetVoice) {
            publish(current, state.language(), ((Action.SetVoice) action).on());
        } else if (action instanceof Action.Touch) {
            publish(current, state.language(), state.voice());
        } else if (action instanceof Action.Home) {
            endSession();
        } else if (action instanceof Action.Back) {
            back(current);
        } else if (action instanceof Action.Start && current instanceof Step.Welcome) {
            List<ServiceKind> services = context.settings().services();
            if (services.size() == 1) {
                beginSession(services.get(0));
            } else {
                moveTo(new Step.ChooseService(services));
            }
        } else if (action instanceof Action.ChooseService
                && (current instanceof Step.ChooseService || current instanceof Step.Welcome)) {
            ServiceKind kind = ((Action.ChooseService) action).service();
            if (context.settings().services().contains(kind)) {
                beginSession(kind);
            }
        } else if (session == null) {
            publish(current, state.language(), state.voice());
        } else if (Identification.owns(current)) {
            apply(identification.on(action, current, session, cardsPresent));
        } else if (!(action instanceof Action.CardInserted || action instanceof Action.CardRemoved
                || action instanceof Action.QrScanned)) {
            apply(session.flow.on(action, current));
        }
    }

    private void beginSession(ServiceKind kind) {
        endSessionQuietly();
        session = new Session(kind, newFlow(kind));
        apply(identification.enter(session, cardsPresent, Optional.empty()));
    }

    private ServiceFlow newFlow(ServiceKind kind) {
        switch (kind) {
            case PUBLIC_SERVICE:
                return new PublicServiceFlow(context, lists);
            case CLINIC:
                return new ClinicFlow(context, lists);
            case NOTARY:
                return new NotaryFlow(context, lists);
            default:
                throw new IllegalArgumentException("no flow for " + kind);
        }
    }

    private void back(Step current) {
        if (session == null || current instanceof Step.Receipt) {
            endSession();
            return;
        }
        generation++; // whatever was in flight for this screen no longer matters
        if (Identification.owns(current) && !(current instanceof Step.Identify)) {
            session.candidate.ifPresent(Identified::wipe);
            apply(identification.enter(session, cardsPresent, Optional.empty()));
            return;
        }
        Step previous = session.history.poll();
        if (previous == null) {
            endSession();
        } else {
            show(previous);
        }
    }

    private void apply(Transition transition) {
        if (transition instanceof Transition.Go) {
            moveTo(((Transition.Go) transition).step());
        } else if (transition instanceof Transition.Work) {
            runWork((Transition.Work<?>) transition);
        } else if (transition instanceof Transition.ReadChip) {
            readChip((Transition.ReadChip) transition);
        } else if (transition instanceof Transition.IdentifyAnother) {
            apply(identification.enter(session, cardsPresent, Optional.empty()));
        }
    }

    private <T> void runWork(Transition.Work<T> work) {
        moveTo(new Step.Working(work.busy()));
        long mine = generation;
        workers.execute(() -> {
            T result;
            try {
                result = work.job().call();
            } catch (Exception | LinkageError e) {
                later(mine, () -> moveTo(new Step.Failed(Text.key("failed.unexpected"), true)));
                return;
            }
            later(mine, () -> apply(work.then().apply(result)));
        });
    }

    private void readChip(Transition.ReadChip read) {
        Session reading = session;
        moveTo(new Step.Reading(reading.service, reading.party(), 0, ReadStage.OPENING));
        long mine = generation;
        ReadProgress progress = new ReadProgress();
        workers.execute(() -> {
            try {
                CardRead result = context.cards().read(read.terminal(), read.key(), event -> {
                    if (progress.on(event)) {
                        int percent = progress.percent();
                        ReadStage stage = progress.stage();
                        later(mine, () -> {
                            if (state.step() instanceof Step.Reading) {
                                show(new Step.Reading(reading.service, reading.party(), percent, stage));
                            }
                        });
                    }
                });
                later(mine, () -> apply(identification.readSucceeded(reading, read.terminal(), result)));
            } catch (ReaderException e) {
                later(mine, () -> apply(identification.readFailed(reading, e, read.keyFromQr())));
            } catch (RuntimeException e) {
                ReaderException unexpected = new LinkException("the read failed unexpectedly", e);
                later(mine, () -> apply(identification.readFailed(reading, unexpected, read.keyFromQr())));
            }
        });
    }

    /** Runs {@code change} on the flow thread if nothing has moved the session on since {@code expected}. */
    private void later(long expected, Runnable change) {
        if (flowThread.isShutdown()) {
            return;
        }
        flowThread.execute(() -> {
            if (expected == generation) {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    handleLateFailure(e);
                }
            }
        });
    }

    private void handleLateFailure(RuntimeException e) {
        System.getLogger("kiosk.flow").log(System.Logger.Level.ERROR, "flow error: " + e.getClass().getName());
        moveTo(new Step.Failed(Text.key("failed.unexpected"), false));
    }

    // --- screens ---

    /** Moves forward to {@code next}, remembering the current screen for "back" when it is one to return to. */
    private void moveTo(Step next) {
        Step current = state.step();
        if (session != null && next != current && current.getClass() != next.getClass() && returnable(current)) {
            session.history.push(current);
        }
        show(next);
    }

    private static boolean returnable(Step step) {
        return !(Identification.owns(step) || step instanceof Step.Working || step instanceof Step.Failed
                || step instanceof Step.Receipt || step instanceof Step.Welcome);
    }

    private void show(Step next) {
        publish(next, state.language(), state.voice());
        if (next instanceof Step.Receipt && ((Step.Receipt) next).printed() == PrintOutcome.PENDING) {
            print((Step.Receipt) next);
        }
    }

    private void print(Step.Receipt receipt) {
        long mine = generation;
        Locale language = state.language();
        workers.execute(() -> {
            PrintOutcome outcome;
            try {
                outcome = context.printer().print(receipt.receipt(), language);
            } catch (RuntimeException e) {
                outcome = PrintOutcome.FAILED;
            }
            PrintOutcome printed = outcome;
            later(mine, () -> {
                if (state.step() == receipt) {
                    show(new Step.Receipt(receipt.service(), receipt.receipt(), printed));
                }
            });
        });
    }

    private void publish(Step step, Locale language, boolean voice) {
        publish(new KioskState(step, language, voice, OptionalInt.empty()));
    }

    private void publish(KioskState next) {
        state = next;
        for (Consumer<KioskState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                System.getLogger("kiosk.flow").log(System.Logger.Level.WARNING,
                        "a state listener failed: " + e.getClass().getName());
            }
        }
    }

    // --- idle ---

    private void checkIdle(Step current) {
        if (!current.holdsCitizenData() || current instanceof Step.Reading || current instanceof Step.Working) {
            return;
        }
        FlowSettings settings = context.settings();
        Instant now = context.clock().instant();
        if (now.isBefore(lastActivity)) {
            // the clock was set back (an NTP step): idle time counts from now, or a session could
            // stay on screen until the clock caught up with the last touch
            lastActivity = now;
        }
        Duration idle = Duration.between(lastActivity, now);
        Duration timeout = current instanceof Step.Receipt ? settings.receiptTimeout() : settings.idleTimeout();
        if (idle.compareTo(timeout) >= 0) {
            endSession();
            return;
        }
        Duration left = timeout.minus(idle);
        if (!(current instanceof Step.Receipt) && left.compareTo(settings.idleWarning()) <= 0) {
            int seconds = (int) Math.max(1, (left.toMillis() + 999) / 1000);
            if (state.idleWarning().orElse(-1) != seconds) {
                publish(new KioskState(current, state.language(), state.voice(), OptionalInt.of(seconds)));
            }
        }
    }

    private void endSession() {
        endSessionQuietly();
        FlowSettings settings = context.settings();
        // the next citizen starts in the kiosk's own language, with the voice as configured
        publish(new Step.Welcome(), settings.language(), settings.voice());
    }

    private void endSessionQuietly() {
        generation++;
        if (session != null) {
            session.wipe();
            session = null;
        }
    }

    @Override
    public void close() {
        flowThread.shutdown();
        workers.shutdownNow();
        try {
            flowThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
