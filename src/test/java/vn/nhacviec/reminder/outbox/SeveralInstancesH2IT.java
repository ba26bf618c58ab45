package vn.nhacviec.reminder.outbox;

import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.nio.file.Path;

/** Two `serve` processes on one H2 file: the first opens it, the second (and the test) reach it through AUTO_SERVER. */
class SeveralInstancesH2IT extends SeveralInstancesContract {

    @Override
    protected DispatchHarness harness(Path dir, FakeTelegram telegram) {
        return new DispatchHarness(dir, telegram, DispatchKillIT.DURABLE);
    }
}
