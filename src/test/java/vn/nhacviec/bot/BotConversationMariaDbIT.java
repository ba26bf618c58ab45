package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotConversationMariaDbIT extends BotConversationContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
