package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotMessagesH2IT extends BotMessagesContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
