package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotMessagesMariaDbIT extends BotMessagesContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
