package vn.nhacviec.reminder.outbox;

import vn.nhacviec.testsupport.TestDatabase;

class ReminderOutageH2IT extends ReminderOutageContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
