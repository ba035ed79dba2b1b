package vn.kiosk.app.flow;

import vn.kiosk.reader.read.ReadEvent;

/**
 * Turns the reader's events into a progress bar that only moves forward. The weights follow where
 * the time goes on a real card: the photo is most of the bytes. Synchronised: the identity's
 * early verification reports from its own thread.
 */
final class ReadProgress {
    private int percent;
    private ReadStage stage = ReadStage.OPENING;

    /** @return whether the bar moved */
    synchronized boolean on(ReadEvent event) {
        int before = percent;
        if (event instanceof ReadEvent.ChannelOpened) {
            advance(15, ReadStage.IDENTITY);
        } else if (event instanceof ReadEvent.FileRead) {
            int group = ((ReadEvent.FileRead) event).dataGroup();
            if (group == 2) {
                advance(85, ReadStage.PHOTO);
            } else {
                advance(Math.min(percent + 8, 80), stage);
            }
        } else if (event instanceof ReadEvent.IdentityRead || event instanceof ReadEvent.IdentityVerified) {
            advance(40, ReadStage.CLONE_CHECK);
        } else if (event instanceof ReadEvent.ChipAuthenticated || event instanceof ReadEvent.ActiveAuthenticated) {
            advance(55, ReadStage.PHOTO);
        } else if (event instanceof ReadEvent.PhotoRead) {
            advance(90, ReadStage.VERIFYING);
        } else if (event instanceof ReadEvent.PassiveVerified) {
            advance(98, ReadStage.VERIFYING);
        }
        return percent != before;
    }

    private void advance(int to, ReadStage next) {
        if (to > percent) {
            percent = to;
            if (next.ordinal() > stage.ordinal()) {
                stage = next;
            }
        }
    }

    synchronized int percent() {
        return percent;
    }

    synchronized ReadStage stage() {
        return stage;
    }
}
